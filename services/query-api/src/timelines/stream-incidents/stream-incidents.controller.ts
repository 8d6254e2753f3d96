import { Controller, Get, Headers, Query, Res, UsePipes } from '@nestjs/common';
import { ApiBadRequestResponse, ApiHeader, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { badParameter } from '../../http/bad-parameter';
import { queryValidationPipe } from '../../http/query-validation.pipe';
import { decodeCursor } from '../timeline-cursor';
import { TimelineFilterResolver } from '../timeline-filter/timeline-filter.resolver';
import { IncidentStreamService } from './incident-stream.service';
import { StreamIncidentsRequest } from './stream-incidents.request';

@ApiTags('stream')
@Controller('v1/stream')
@UsePipes(queryValidationPipe())
export class StreamIncidentsController {
  constructor(
    private readonly streams: IncidentStreamService,
    private readonly filters: TimelineFilterResolver,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Live stream of new and changed incidents (Server-Sent Events)',
    description:
      'Each change is `event: incident` with the incident summary as `data` and an `id` to resume from (Last-Event-ID). ' +
      'Changes are found by polling about every 500 ms; a `: heartbeat` comment comes every 15 s. Takes the timeline filters; ' +
      'a change is sent when the incident matches them after the change.',
  })
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'Resume after this event id (browsers send it on reconnect).' })
  @ApiProduces('text/event-stream')
  @ApiResponse({ status: 200, description: 'text/event-stream, open until the client leaves.' })
  @ApiBadRequestResponse({ description: 'A parameter is invalid or unknown, or Last-Event-ID is not one of ours.' })
  async stream(
    @Query() request: StreamIncidentsRequest,
    @Headers('last-event-id') lastEventIdHeader: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const { lastEventId: lastEventIdParam, ...filterParams } = request;
    const filter = this.filters.resolve(filterParams, 'all');
    const lastEventId = lastEventIdHeader ?? lastEventIdParam;
    let resumeAfter = null;
    if (lastEventId !== undefined) {
      const decoded = decodeCursor(lastEventId, 'updated_asc');
      if (!decoded.ok) throw badParameter('Last-Event-ID', `Last-Event-ID ${decoded.reason}`);
      resumeAfter = decoded.value;
    }
    await this.streams.open(res, filter, resumeAfter);
  }
}
