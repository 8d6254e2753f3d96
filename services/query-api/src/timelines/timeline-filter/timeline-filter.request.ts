import { ApiPropertyOptional } from '@nestjs/swagger';
import { CATEGORIES } from '@sitrep/contracts';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, Length, Min } from 'class-validator';
import { ParsedBy } from '../../http/parsed-by.validator';
import { resolveAdmin1 } from '../../reference-data/resolve-names';
import { parseBbox } from './parse-bbox';
import { parseMinGrade } from './parse-grade';
import { parseEnd, parseStart } from './parse-instant';

export const STATUS_FILTERS = ['active', 'retracted', 'merged', 'all'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

const asArray = ({ value }: { value: unknown }) => (value === undefined || Array.isArray(value) ? value : [value]);

/** The filters every timeline-shaped endpoint shares (timeline, exports, live stream, places). */
export class TimelineFilterRequest {
  @ApiPropertyOptional({ description: 'Occurred on or after: ISO date (start of that UTC day) or date-time.', example: '2022-01-20' })
  @IsOptional()
  @ParsedBy(parseStart)
  from?: string;

  @ApiPropertyOptional({ description: 'Occurred on or before: ISO date (the whole UTC day included) or date-time.', example: '2022-01-22' })
  @IsOptional()
  @ParsedBy(parseEnd)
  to?: string;

  @ApiPropertyOptional({ description: 'Governorate in any spelling or Arabic, or its ISO 3166-2 id.', example: 'Hassakah' })
  @IsOptional()
  @ParsedBy(resolveAdmin1)
  admin1?: string;

  @ApiPropertyOptional({ description: 'District (admin2), case-insensitive equality.', example: 'Ras al Ain' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  admin2?: string;

  @ApiPropertyOptional({ description: 'Place name contains this text (case-insensitive).', example: 'prison' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  place?: string;

  @ApiPropertyOptional({ description: 'minLon,minLat,maxLon,maxLat (EPSG:4326); incidents without a point never match.', example: '39.5,36.0,42.4,37.4' })
  @IsOptional()
  @ParsedBy(parseBbox)
  bbox?: string;

  @ApiPropertyOptional({
    description: 'Canonical actor id (ucdp:234), any registered name or alias (ISIS, Daesh, داعش), or an unresolved actor key (name:<folded name>).',
    example: 'Daesh',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  actor?: string;

  @ApiPropertyOptional({ description: 'ACLED event type, case-insensitive.', example: 'Explosions/Remote violence' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  eventType?: string;

  @ApiPropertyOptional({ description: 'ACLED sub-event type, case-insensitive.', example: 'Shelling/artillery/missile attack' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  subEventType?: string;

  @ApiPropertyOptional({ description: 'Our coarse category.', enum: CATEGORIES })
  @IsOptional()
  @IsIn(CATEGORIES)
  category?: string;

  @ApiPropertyOptional({ description: 'Least Admiralty grade of the best source: B3 = reliability A–B and credibility 1–3.', example: 'B3' })
  @IsOptional()
  @ParsedBy(parseMinGrade)
  minGrade?: string;

  @ApiPropertyOptional({ description: 'Best fatality estimate at least this.', minimum: 0, example: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  minFatalities?: number;

  @ApiPropertyOptional({ description: 'Tag; repeat for several (an incident must carry all of them).', type: [String], example: ['prison break'] })
  @IsOptional()
  @Transform(asArray)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  tag?: string[];

  @ApiPropertyOptional({ description: 'Free text over place, governorate, type, actor names, tags and notes (websearch syntax: "quoted phrase", -not, or).', example: 'prison -Raqqa' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  q?: string;

  @ApiPropertyOptional({ description: 'Incident status; `all` for every status.', enum: STATUS_FILTERS, default: 'active' })
  @IsOptional()
  @IsIn(STATUS_FILTERS)
  status?: StatusFilter;
}

/** The `asOf` parameter, shared by every endpoint that can answer from the past. */
export const AS_OF_DESCRIPTION =
  'Answer as we knew it at this instant (ISO date = the end of that UTC day, or date-time), from the incident versions valid then.';

export class AsOfRequest {
  @ApiPropertyOptional({ description: AS_OF_DESCRIPTION, example: '2022-01-21' })
  @IsOptional()
  @ParsedBy(parseEnd)
  asOf?: string;
}
