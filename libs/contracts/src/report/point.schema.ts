import { IsNumber, Max, Min } from 'class-validator';
import type { Place } from './report.types';

type Point = NonNullable<Place['point']>;

/** A WGS 84 (EPSG:4326) coordinate in decimal degrees. */
export class PointSchema implements Point {
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  lat!: number;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  lon!: number;
}
