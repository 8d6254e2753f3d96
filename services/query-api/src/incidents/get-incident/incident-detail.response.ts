import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REPORT_OPS, RETRACT_REASONS, SOURCE_SYSTEMS } from '@sitrep/contracts';
import { IncidentSummary } from '../../timelines/timeline-filter/incident-summary.response';

export class SourceResponse {
  @ApiProperty({ example: 'Rudaw' })
  name!: string;
  @ApiPropertyOptional()
  publisher?: string;
  @ApiPropertyOptional({ example: 'https://www.rudaw.net/english/…' })
  url?: string;
  @ApiPropertyOptional({ description: 'Archived copy.' })
  archiveUrl?: string;
  @ApiPropertyOptional()
  publishedAt?: string;
  @ApiPropertyOptional()
  language?: string;
  @ApiProperty({ description: 'Admiralty grade: source reliability A–F and information credibility 1–6.', example: 'B2' })
  grade!: string;
  @ApiProperty({ example: 'Usually reliable; probably true' })
  gradeLabel!: string;
}

export class ReportResponse {
  @ApiProperty()
  reportId!: string;
  @ApiProperty({ enum: ['current', 'superseded', 'retracted'], description: 'Whether its claim still stands.' })
  state!: string;
  @ApiProperty({ enum: REPORT_OPS })
  op!: string;
  @ApiProperty({ enum: SOURCE_SYSTEMS })
  sourceSystem!: string;
  @ApiProperty({ description: "The source's own id (ACLED event_id_cnty, UCDP id, GDELT GLOBALEVENTID, Airwars code)." })
  nativeId!: string;
  @ApiPropertyOptional({ description: "The source's revision of that record." })
  nativeRevision?: string;
  @ApiProperty({ description: 'When the source published it.' })
  reportedAt!: string;
  @ApiProperty({ description: 'When Sitrep received it.' })
  receivedAt!: string;
  @ApiPropertyOptional({ description: 'The report that corrected this one.' })
  supersededBy?: string;
  @ApiPropertyOptional({ description: 'The retract record that withdrew this one.' })
  retractedBy?: string;
  @ApiPropertyOptional({ enum: RETRACT_REASONS })
  retractReason?: string;
  @ApiPropertyOptional({ type: [String], description: 'For supersede and retract records: the reports corrected or withdrawn.' })
  supersedes?: string[];
  @ApiProperty({ type: [SourceResponse] })
  sources!: SourceResponse[];
  @ApiProperty({ example: { spdx: 'CC-BY-4.0', attribution: 'UCDP GED 22.1', redistributable: true } })
  license!: object;
  @ApiPropertyOptional({ description: 'What the report claims happened (absent on retract records).', type: Object })
  claim?: object;
}

export class FieldChangeResponse {
  @ApiProperty({ example: 'fatalities.best' })
  field!: string;
  @ApiProperty({ nullable: true, example: 20 })
  before!: unknown;
  @ApiProperty({ nullable: true, example: 28 })
  after!: unknown;
}

export class VersionResponse {
  @ApiProperty()
  version!: number;
  @ApiProperty({ description: 'When Sitrep received the record that made this version.' })
  validFrom!: string;
  @ApiProperty({ type: String, nullable: true, description: 'When the next version replaced it; null while current (or current at asOf).' })
  validTo!: string | null;
  @ApiProperty({ enum: ['active', 'retracted', 'merged'] })
  status!: string;
  @ApiProperty({ type: [FieldChangeResponse], description: 'Fields that differ from the previous version; empty for version 1, which opened the incident.' })
  changes!: FieldChangeResponse[];
}

export class MergedDuplicateResponse {
  @ApiProperty()
  id!: string;
  @ApiProperty()
  version!: number;
  @ApiProperty({ description: 'When Sitrep received the record that merged it.' })
  mergedAt!: string;
  @ApiPropertyOptional()
  placeName?: string;
  @ApiProperty()
  occurredStart!: string;
}

export class IncidentDetailResponse extends IncidentSummary {
  @ApiProperty({ type: [String], description: 'Source systems behind the described reports.' })
  sourceSystems!: string[];
  @ApiProperty({ type: [ReportResponse], description: 'Every report ever attached, in the order applied, superseded and retracted ones included.' })
  reports!: ReportResponse[];
  @ApiProperty({ type: [VersionResponse], description: 'Version history, oldest first.' })
  versions!: VersionResponse[];
  @ApiProperty({ type: [MergedDuplicateResponse], description: 'Incidents merged into this one as duplicates.' })
  mergedDuplicates!: MergedDuplicateResponse[];
  @ApiPropertyOptional({ description: 'The instant answered for, when asOf was given.' })
  asOf?: string;
}
