import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { TIMELINE_ORDERS, type TimelineOrder } from '@sitrep/db';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { AsOfRequest, TimelineFilterRequest } from '../timeline-filter/timeline-filter.request';

export const MAX_PAGE = 500;

export class GetTimelineRequest extends IntersectionType(TimelineFilterRequest, AsOfRequest) {
  @ApiPropertyOptional({
    description: 'occurred_desc (default): latest happenings first; occurred_asc; updated_desc: newest changes first; updated_asc.',
    enum: TIMELINE_ORDERS,
    default: 'occurred_desc',
  })
  @IsOptional()
  @IsIn(TIMELINE_ORDERS)
  order?: TimelineOrder;

  @ApiPropertyOptional({ description: 'Page size.', minimum: 1, maximum: MAX_PAGE, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page, with the same order and filters. Opaque.' })
  @IsOptional()
  @IsString()
  @Length(1, 400)
  cursor?: string;
}
