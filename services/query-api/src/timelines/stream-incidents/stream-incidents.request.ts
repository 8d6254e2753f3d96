import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { STATUS_FILTERS, TimelineFilterRequest, type StatusFilter } from '../timeline-filter/timeline-filter.request';

/** The timeline's filters (status defaults to all, so retractions and merges are seen too). */
export class StreamIncidentsRequest extends TimelineFilterRequest {
  @ApiPropertyOptional({ description: 'Incident status; a stream sends every status by default.', enum: STATUS_FILTERS, default: 'all' })
  @IsOptional()
  @IsIn(STATUS_FILTERS)
  declare status?: StatusFilter;

  @ApiPropertyOptional({
    description: 'Resume after this event id, for clients that cannot send the Last-Event-ID header (which wins when both are given).',
  })
  @IsOptional()
  @IsString()
  @Length(1, 400)
  lastEventId?: string;
}
