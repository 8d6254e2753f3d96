import { ApiPropertyOptional } from '@nestjs/swagger';
import { GRANULARITIES, type Granularity } from '@sitrep/db';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { ParsedBy } from '../../http/parsed-by.validator';
import { resolveAdmin1 } from '../../reference-data/resolve-names';
import { parseDay } from '../../timelines/timeline-filter/parse-instant';
import { parseWindow } from './activity-window';

export class GetActorActivityRequest {
  @ApiPropertyOptional({ description: 'Bucket size; weeks start on Monday, a period is named by its first day.', enum: GRANULARITIES, default: 'day' })
  @IsOptional()
  @IsIn(GRANULARITIES)
  granularity?: Granularity;

  @ApiPropertyOptional({ description: 'First occurred day (inclusive).', example: '2022-01-01' })
  @IsOptional()
  @ParsedBy(parseDay)
  from?: string;

  @ApiPropertyOptional({ description: 'Last occurred day (inclusive); also where the current window ends (default: the latest day with activity).', example: '2022-01-31' })
  @IsOptional()
  @ParsedBy(parseDay)
  to?: string;

  @ApiPropertyOptional({ description: 'Governorate in any spelling or by ISO 3166-2 id.', example: 'SY-HA' })
  @IsOptional()
  @ParsedBy(resolveAdmin1)
  admin1?: string;

  @ApiPropertyOptional({ description: 'ACLED event type (our category when the source has none); not applied to interactions.', example: 'Battles' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  eventType?: string;

  @ApiPropertyOptional({ description: 'Current window compared with the 30 days before it.', default: '7d', example: '7d' })
  @IsOptional()
  @ParsedBy(parseWindow)
  window?: string;
}
