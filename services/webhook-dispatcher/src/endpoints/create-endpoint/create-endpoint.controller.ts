import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { WebhookEndpointStore } from '@sitrep/db';
import { randomUUID } from 'node:crypto';
import { RequestValidationPipe } from '../../http/request-validation.pipe';
import { SecretBox } from '../../secrets/secret-box';
import { newWebhookSecret } from '../../secrets/webhook-secret';
import { DestinationGuard } from '../../ssrf/destination-guard';
import { toEndpointFilter } from '../endpoint-filter.request';
import { acceptableUrl, requestKeyId } from '../endpoint-http';
import { CreateEndpointRequest } from './create-endpoint.request';

@Controller('v1/webhooks')
export class CreateEndpointController {
  constructor(
    private readonly endpoints: WebhookEndpointStore,
    private readonly box: SecretBox,
    private readonly guard: DestinationGuard,
  ) {}

  /**
   * 201 { endpoint, secret }: the signing secret (`whsec_…`) is shown here once and never again
   * (it is stored encrypted). 400 at `url` when the SSRF guard refuses it, before any connection.
   */
  @Post()
  @HttpCode(201)
  async create(@Body(new RequestValidationPipe(CreateEndpointRequest)) request: CreateEndpointRequest, @Req() req: unknown) {
    const url = await acceptableUrl(this.guard, request.url);
    const id = randomUUID();
    const secret = newWebhookSecret();
    const endpoint = await this.endpoints.create({
      id,
      url,
      description: request.description ?? '',
      filter: toEndpointFilter(request.filter),
      secretSealed: this.box.seal(secret, id),
      createdBy: requestKeyId(req),
    });
    return { endpoint, secret };
  }
}
