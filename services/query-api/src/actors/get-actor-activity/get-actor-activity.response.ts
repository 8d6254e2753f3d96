import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GRANULARITIES } from '@sitrep/db';

export class ActivityActorResponse {
  @ApiProperty({ description: 'Canonical id, or name:<folded name> for an unresolved actor.', example: 'ucdp:115' })
  key!: string;
  @ApiProperty({ example: 'Government of Turkey' })
  name!: string;
  @ApiProperty()
  registered!: boolean;
}

export class ActivityBucketResponse {
  @ApiProperty({ description: 'First day of the period.', example: '2022-01-17' })
  period!: string;
  @ApiProperty({ example: 'Al Hasakah' })
  admin1!: string;
  @ApiProperty({ example: 'Explosions/Remote violence' })
  eventType!: string;
  @ApiProperty()
  incidents!: number;
  @ApiProperty()
  fatalities!: number;
}

export class InteractionResponse {
  @ApiProperty({ type: ActivityActorResponse, description: 'The other actor.' })
  with!: ActivityActorResponse;
  @ApiProperty({ description: 'Incidents both took part in.' })
  incidents!: number;
  @ApiProperty()
  firstDay!: string;
  @ApiProperty()
  lastDay!: string;
}

export class PresenceResponse {
  @ApiProperty({ example: 'Al Hasakah' })
  admin1!: string;
  @ApiPropertyOptional({ example: 'SY-HA' })
  admin1Id?: string;
  @ApiProperty()
  incidents!: number;
  @ApiProperty({ description: 'Occurred day of its first incident there.' })
  firstSeen!: string;
  @ApiProperty()
  lastSeen!: string;
}

export class BaselineResponse {
  @ApiProperty()
  start!: string;
  @ApiProperty()
  end!: string;
  @ApiProperty({ example: 30 })
  days!: number;
  @ApiProperty()
  incidents!: number;
  @ApiProperty()
  fatalities!: number;
  @ApiProperty()
  dailyAverage!: number;
}

export class WindowResponse {
  @ApiProperty({ example: '7d' })
  window!: string;
  @ApiProperty()
  start!: string;
  @ApiProperty()
  end!: string;
  @ApiProperty()
  incidents!: number;
  @ApiProperty()
  fatalities!: number;
  @ApiProperty({ type: BaselineResponse })
  baseline!: BaselineResponse;
  @ApiProperty({ description: 'Baseline daily average × window length.' })
  expected!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'incidents / expected; null when the baseline is empty.' })
  ratio!: number | null;
}

export class ActorActivityResponse {
  @ApiProperty({ type: ActivityActorResponse })
  actor!: ActivityActorResponse;
  @ApiProperty({ enum: GRANULARITIES })
  granularity!: string;
  @ApiProperty({ type: [ActivityBucketResponse], description: 'Per period × governorate × event type.' })
  buckets!: ActivityBucketResponse[];
  @ApiProperty({ type: [InteractionResponse], description: 'Who it appeared with, most often first.' })
  interactions!: InteractionResponse[];
  @ApiProperty({ type: [PresenceResponse], description: 'First and last seen per governorate, most recent first.' })
  presence!: PresenceResponse[];
  @ApiProperty({ type: WindowResponse, nullable: true, description: 'Null when the actor has no activity in scope.' })
  window!: WindowResponse | null;
}
