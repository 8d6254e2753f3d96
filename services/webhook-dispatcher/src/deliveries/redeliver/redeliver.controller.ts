import { ConflictException, Controller, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { NOTIFICATION_ID_PATTERN, WebhookDeliveryStore } from '@sitrep/db';
import { WebhookDispatcher } from '../../delivery/webhook.dispatcher';
import { endpointIdPipe } from '../../endpoints/endpoint-http';

@Controller('v1/webhooks')
export class RedeliverController {
  constructor(
    private readonly deliveries: WebhookDeliveryStore,
    private readonly dispatcher: WebhookDispatcher,
  ) {}

  /**
   * 202: sent again soon with the same `webhook-id` and a fresh retry schedule (also to an
   * endpoint that never had this notification). 409 while a dispatcher is sending it; 404 when
   * the endpoint or the notification is unknown.
   */
  @Post(':id/deliveries/:notificationId/redeliver')
  @HttpCode(202)
  async redeliver(@Param('id', endpointIdPipe()) id: string, @Param('notificationId') notificationId: string) {
    const outcome = NOTIFICATION_ID_PATTERN.test(notificationId) ? await this.deliveries.redeliver(notificationId, id) : 'not_found';
    if (outcome === 'not_found') throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: 'No such webhook endpoint or notification' });
    if (outcome === 'in_flight') throw new ConflictException({ statusCode: 409, error: 'Conflict', message: 'A dispatcher is sending this delivery right now; see its delivery log' });
    this.dispatcher.nudge();
    return { notificationId, endpointId: id, status: 'queued' };
  }
}
