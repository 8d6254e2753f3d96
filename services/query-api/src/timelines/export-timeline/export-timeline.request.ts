import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { TIMELINE_ORDERS, type TimelineOrder } from '@sitrep/db';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { AsOfRequest, TimelineFilterRequest } from '../timeline-filter/timeline-filter.request';

/** An export holds at most this many incidents; narrow the filters for more. */
export const MAX_EXPORT = 100_000;

export class ExportTimelineRequest extends IntersectionType(TimelineFilterRequest, AsOfRequest) {
  @ApiPropertyOptional({ description: 'As for GET /v1/timeline: occurred_desc, occurred_asc, updated_desc or updated_asc.', enum: TIMELINE_ORDERS, default: 'occurred_desc' })
  @IsOptional()
  @IsIn(TIMELINE_ORDERS)
  order?: TimelineOrder;

  @ApiPropertyOptional({ description: `Most incidents exported (no paging: the whole answer streams).`, minimum: 1, maximum: MAX_EXPORT, default: MAX_EXPORT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_EXPORT)
  limit?: number;
}

export class ExportCsvRequest extends ExportTimelineRequest {
  @ApiPropertyOptional({ description: 'Start with a UTF-8 byte order mark, for spreadsheet programs that need one to read Arabic.', enum: ['true', 'false'], default: 'false' })
  @IsOptional()
  @IsIn(['true', 'false'])
  bom?: 'true' | 'false';
}
