import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CATEGORIES, GEO_PRECISIONS, TIME_PRECISIONS } from '@sitrep/contracts';

export class OccurredResponse {
  @ApiProperty({ description: 'Earliest start any standing report gave (ISO date or date-time).', example: '2022-01-20' })
  start!: string;
  @ApiProperty({ example: '2022-01-20' })
  end!: string;
  @ApiProperty({ enum: TIME_PRECISIONS, description: 'The finest time precision reported.' })
  precision!: string;
}

export class PointResponse {
  @ApiProperty({ example: 36.476929 })
  lat!: number;
  @ApiProperty({ example: 40.762153 })
  lon!: number;
}

export class LocationResponse {
  @ApiProperty({ example: { iso3: 'SYR', name: 'Syria' } })
  country!: { iso3: string; name?: string };
  @ApiPropertyOptional({ description: 'Canonical governorate.', example: 'Al Hasakah' })
  admin1?: string;
  @ApiPropertyOptional({ description: 'ISO 3166-2 id of the governorate.', example: 'SY-HA' })
  admin1Id?: string;
  @ApiPropertyOptional({ description: 'Governorate as the source spelled it.', example: 'الحسكة' })
  admin1AsReported?: string;
  @ApiPropertyOptional({ example: 'Al Hasakah' })
  admin2?: string;
  @ApiPropertyOptional({ example: "Al-Sina'a Prison (Ghwayran)" })
  placeName?: string;
  @ApiPropertyOptional({ type: PointResponse })
  point?: PointResponse;
  @ApiProperty({ enum: GEO_PRECISIONS })
  precision!: string;
}

export class IncidentActorResponse {
  @ApiProperty({ description: 'Canonical actor id, or name:<folded name> for an unresolved actor.', example: 'ucdp:234' })
  key!: string;
  @ApiProperty({ description: 'Name as first reported.', example: 'Islamic State (ISIS)' })
  name!: string;
  @ApiProperty({ type: [String], example: ['actor1'] })
  roles!: string[];
}

export class FatalitiesResponse {
  @ApiPropertyOptional({ description: 'Lowest best estimate among standing reports (conservative).' })
  best?: number;
  @ApiPropertyOptional()
  low?: number;
  @ApiPropertyOptional()
  high?: number;
}

/** One incident as timelines, exports and the live stream list it. */
export class IncidentSummary {
  @ApiProperty({ example: 'inc-01HQ2Z…' })
  id!: string;
  @ApiProperty({ enum: ['active', 'retracted', 'merged'] })
  status!: string;
  @ApiPropertyOptional({ description: 'For a merged incident: the incident it lives on in.' })
  mergedInto?: string;
  @ApiProperty({ description: '1 when opened; +1 per change.' })
  version!: number;
  @ApiProperty({ type: OccurredResponse })
  occurred!: OccurredResponse;
  @ApiProperty({ type: LocationResponse })
  location!: LocationResponse;
  @ApiPropertyOptional({ example: 'Battles' })
  eventType?: string;
  @ApiPropertyOptional({ example: 'Armed clash' })
  subEventType?: string;
  @ApiProperty({ enum: CATEGORIES })
  category!: string;
  @ApiProperty({ type: [IncidentActorResponse] })
  actors!: IncidentActorResponse[];
  @ApiProperty({ type: FatalitiesResponse })
  fatalities!: FatalitiesResponse;
  @ApiProperty({ type: [String] })
  tags!: string[];
  @ApiPropertyOptional({ description: 'Best reliability and, independently, best credibility among the sources (Admiralty).', example: 'B2' })
  bestSourceGrade?: string;
  @ApiProperty({ description: 'Standing reports.' })
  reportCount!: number;
  @ApiProperty({ description: 'Distinct sources behind the standing reports.' })
  sourceCount!: number;
  @ApiProperty({ description: 'When Sitrep received the first report.', example: '2022-01-20T19:05:00Z' })
  firstReportedAt!: string;
  @ApiProperty({ description: 'When Sitrep received the record behind the latest change.', example: '2022-01-21T08:30:00Z' })
  lastUpdatedAt!: string;
}
