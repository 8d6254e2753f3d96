import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ActorRefResponse {
  @ApiProperty({ example: 'ucdp:6288' })
  id!: string;
  @ApiProperty({ example: 'Syrian Democratic Forces' })
  name!: string;
}

export class ActorResponse {
  @ApiProperty({ description: 'Canonical id, or name:<folded name> for an actor the registry does not know.', example: 'ucdp:234' })
  id!: string;
  @ApiProperty({ example: 'Islamic State' })
  name!: string;
  @ApiProperty({ type: [String], example: ['ISIS', 'Daesh', 'داعش'] })
  aliases!: string[];
  @ApiPropertyOptional({ enum: ['state', 'non_state', 'coalition', 'other'] })
  kind?: string;
  @ApiPropertyOptional({ type: ActorRefResponse, description: 'The group it belongs to (PYD → SDF).' })
  parent?: ActorRefResponse;
  @ApiProperty({ description: 'False for actors seen in reports but not in the registry.' })
  registered!: boolean;
  @ApiProperty({ description: 'Active incidents it took part in.' })
  incidents!: number;
  @ApiProperty()
  fatalities!: number;
  @ApiProperty({ type: String, nullable: true, description: 'Occurred day of its first incident.' })
  firstSeen!: string | null;
  @ApiProperty({ type: String, nullable: true })
  lastSeen!: string | null;
}

export class SearchActorsResponse {
  @ApiProperty({ type: [ActorResponse] })
  items!: ActorResponse[];
}
