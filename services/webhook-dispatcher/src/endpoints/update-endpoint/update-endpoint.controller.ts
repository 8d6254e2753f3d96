import { Body, Controller, Param, Patch } from '@nestjs/common';
import { WebhookEndpointStore } from '@sitrep/db';
import { RequestValidationPipe } from '../../http/request-validation.pipe';
import { DestinationGuard } from '../../ssrf/destination-guard';
import { toEndpointFilter } from '../endpoint-filter.request';
import { acceptableUrl, endpointIdPipe, endpointNotFound } from '../endpoint-http';
import { UpdateEndpointRequest } from './update-endpoint.request';

@Controller('v1/webhooks')
export class UpdateEndpointController {
  constructor(
    private readonly endpoints: WebhookEndpointStore,
    private readonly guard: DestinationGuard,
  ) {}

  /** 200 { endpoint }; a new URL passes the same SSRF check as on create (400 at `url`). */
  @Patch(':id')
  async update(@Param('id', endpointIdPipe()) id: string, @Body(new RequestValidationPipe(UpdateEndpointRequest)) request: UpdateEndpointRequest) {
    const url = request.url === undefined ? undefined : await acceptableUrl(this.guard, request.url);
    const endpoint = await this.endpoints.update(id, {
      url,
      description: request.description,
      filter: request.filter === undefined ? undefined : toEndpointFilter(request.filter),
      enabled: request.enabled,
      disabledReason: request.disabledReason,
    });
    if (!endpoint) throw endpointNotFound();
    return { endpoint };
  }
}
