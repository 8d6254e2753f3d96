import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { AlertSilenceStore } from '@sitrep/db';
import { randomUUID } from 'node:crypto';
import { badRequest, notFound, requestKeyId } from '../../http/http-errors';
import { readSilenceRequest } from './silence-request';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Controller('v1/alerts/silences')
export class SilencesController {
  constructor(private readonly silences: AlertSilenceStore) {}

  /**
   * 201 with the silence. Muted alerts still fire and are recorded (their events say which silence
   * muted them); only their notifications are held back, until `until`.
   */
  @Post()
  @HttpCode(201)
  async create(@Body() body: unknown, @Req() req: unknown) {
    const request = readSilenceRequest(body, { id: randomUUID(), createdBy: requestKeyId(req) ?? 'anonymous', now: new Date().toISOString() });
    if (!request.ok) throw badRequest(request.issues);
    return this.silences.create(request.silence);
  }

  /** Silences in force (not lifted, not ended); `?all=true` lists every one ever made. */
  @Get()
  async list(@Query('all') all: string | undefined) {
    if (all !== undefined && all !== 'true' && all !== 'false') throw badRequest([{ path: 'all', reason: 'must be true or false' }]);
    return { silences: await this.silences.list(new Date().toISOString(), all === 'true') };
  }

  /** 204: lifted (kept for the record, with who lifted it). */
  @Delete(':id')
  @HttpCode(204)
  async lift(@Param('id') id: string, @Req() req: unknown): Promise<void> {
    if (!UUID.test(id) || !(await this.silences.lift(id, requestKeyId(req) ?? 'anonymous'))) throw notFound('No silence in force with this id');
  }
}
