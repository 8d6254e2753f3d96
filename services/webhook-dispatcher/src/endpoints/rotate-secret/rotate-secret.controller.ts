import { Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { WebhookEndpointStore } from '@sitrep/db';
import { SecretBox } from '../../secrets/secret-box';
import { newWebhookSecret } from '../../secrets/webhook-secret';
import { WEBHOOK_SETTINGS, type WebhookSettings } from '../../webhook-settings';
import { endpointIdPipe, endpointNotFound } from '../endpoint-http';

@Controller('v1/webhooks')
export class RotateSecretController {
  constructor(
    private readonly endpoints: WebhookEndpointStore,
    private readonly box: SecretBox,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
  ) {}

  /**
   * 200 { endpoint, secret, previousSecretValidUntil }: the new secret, shown once. Until then
   * deliveries carry two signatures (new and previous), so receivers can switch at their pace.
   */
  @Post(':id/rotate-secret')
  @HttpCode(200)
  async rotate(@Param('id', endpointIdPipe()) id: string) {
    const secret = newWebhookSecret();
    const endpoint = await this.endpoints.rotateSecret(id, this.box.seal(secret, id), this.settings.secretGraceSeconds);
    if (!endpoint) throw endpointNotFound();
    return { endpoint, secret, previousSecretValidUntil: endpoint.previousSecretValidUntil };
  }
}
