import { ConflictException, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { WebhookDeliveryStore, WebhookEndpointStore } from '@sitrep/db';
import { randomBytes } from 'node:crypto';
import { WebhookDispatcher } from '../../delivery/webhook.dispatcher';
import { endpointIdPipe, endpointNotFound } from '../../endpoints/endpoint-http';

@Controller('v1/webhooks')
export class TestFireController {
  constructor(
    private readonly endpoints: WebhookEndpointStore,
    private readonly deliveries: WebhookDeliveryStore,
    private readonly dispatcher: WebhookDispatcher,
  ) {}

  /**
   * 202 { notificationId }: a `test` notification to this endpoint only, signed and retried like
   * any other; its outcome shows in the delivery log. 409 when the endpoint is disabled.
   */
  @Post(':id/test')
  @HttpCode(202)
  async fire(@Param('id', endpointIdPipe()) id: string) {
    const endpoint = await this.endpoints.get(id);
    if (!endpoint) throw endpointNotFound();
    if (!endpoint.enabled) throw new ConflictException({ statusCode: 409, error: 'Conflict', message: 'The endpoint is disabled; enable it (PATCH enabled: true) first' });
    const notificationId = `msg_test_${randomBytes(18).toString('base64url')}`;
    const timestamp = new Date().toISOString();
    const payload = { type: 'test', timestamp, data: { endpointId: id, message: 'A test notification from Sitrep: your endpoint receives and verifies webhooks.' } };
    await this.deliveries.enqueue({ id: notificationId, type: 'test', payload, endpointId: id });
    this.dispatcher.nudge();
    return { notificationId };
  }
}
