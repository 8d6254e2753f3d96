import { ApiProperty } from '@nestjs/swagger';

export class Admin1Response {
  @ApiProperty({ description: 'ISO 3166-2 id.', example: 'SY-HA' })
  id!: string;
  @ApiProperty({ example: 'Al Hasakah' })
  name!: string;
  @ApiProperty({ example: 'الحسكة' })
  nameAr!: string;
  @ApiProperty({ description: 'Active incidents.' })
  incidents!: number;
  @ApiProperty({ description: 'Sum of best fatality estimates.' })
  fatalities!: number;
  @ApiProperty({ type: String, nullable: true, description: 'Occurred day of the latest incident.', example: '2022-01-24' })
  lastIncidentDate!: string | null;
}

export class ListAdmin1Response {
  @ApiProperty({ type: [Admin1Response] })
  items!: Admin1Response[];
}
