import { Controller, Get, Param } from '@nestjs/common';
import { WebhookEndpointStore } from '@sitrep/db';
import { endpointIdPipe, endpointNotFound } from '../endpoint-http';

/** Endpoints as registered, never with their secrets. */
@Controller('v1/webhooks')
export class ReadEndpointsController {
  constructor(private readonly endpoints: WebhookEndpointStore) {}

  @Get()
  async list() {
    return { endpoints: await this.endpoints.list() };
  }

  @Get(':id')
  async get(@Param('id', endpointIdPipe()) id: string) {
    const endpoint = await this.endpoints.get(id);
    if (!endpoint) throw endpointNotFound();
    return { endpoint };
  }
}
