import { Controller, Delete, HttpCode, Param } from '@nestjs/common';
import { WebhookEndpointStore } from '@sitrep/db';
import { endpointIdPipe, endpointNotFound } from '../endpoint-http';

@Controller('v1/webhooks')
export class DeleteEndpointController {
  constructor(private readonly endpoints: WebhookEndpointStore) {}

  /** 204; its pending deliveries are dropped with it, and its delivery log too. */
  @Delete(':id')
  @HttpCode(204)
  async delete(@Param('id', endpointIdPipe()) id: string): Promise<void> {
    if (!(await this.endpoints.delete(id))) throw endpointNotFound();
  }
}
