import { Controller, Get, Param, Query } from '@nestjs/common';
import { DeliveryLogStore, WebhookEndpointStore } from '@sitrep/db';
import { badRequest } from '../../http/request-validation.pipe';
import { endpointIdPipe, endpointNotFound } from '../../endpoints/endpoint-http';

const MAX_LIMIT = 200;

@Controller('v1/webhooks')
export class ListDeliveriesController {
  constructor(
    private readonly endpoints: WebhookEndpointStore,
    private readonly log: DeliveryLogStore,
  ) {}

  /** The endpoint's delivery log, newest first: state, and every attempt (status, latency, error, response snippet). */
  @Get(':id/deliveries')
  async list(@Param('id', endpointIdPipe()) id: string, @Query('limit') limit?: string) {
    const count = limit === undefined ? 50 : Number(limit);
    if (!Number.isInteger(count) || count < 1 || count > MAX_LIMIT) throw badRequest([{ path: 'limit', reason: `limit must be an integer from 1 to ${MAX_LIMIT}` }]);
    if (!(await this.endpoints.get(id))) throw endpointNotFound();
    return { deliveries: await this.log.forEndpoint(id, { limit: count }) };
  }
}
