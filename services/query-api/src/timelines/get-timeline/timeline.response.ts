import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IncidentSummary } from '../timeline-filter/incident-summary.response';

export class TimelineResponse {
  @ApiProperty({ type: [IncidentSummary] })
  items!: IncidentSummary[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' })
  nextCursor!: string | null;

  @ApiPropertyOptional({ description: 'The instant answered for, when asOf was given.', example: '2022-01-21T23:59:59.999999Z' })
  asOf?: string;
}
