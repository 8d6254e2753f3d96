import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { badRequest } from '../../http/http-errors';
import { AlertStreamService } from './alert-stream.service';
import { readLastEventId } from './sse-format';

@Controller('v1/alerts/stream')
export class StreamAlertsController {
  constructor(private readonly streams: AlertStreamService) {}

  /**
   * Alert events as they are recorded (`event: alert`, `id` = event id), found by polling about
   * every 500 ms, with a heartbeat comment every 15 s. Resumes after `Last-Event-ID` (header, or
   * `?lastEventId=`), else starts from now.
   */
  @Get()
  async stream(@Headers('last-event-id') header: string | undefined, @Query('lastEventId') param: string | undefined, @Res() res: Response): Promise<void> {
    const resume = readLastEventId(header ?? param);
    if (!resume.ok) throw badRequest([{ path: 'Last-Event-ID', reason: 'must be an alert event id from this stream' }]);
    await this.streams.open(res, resume.id);
  }
}
