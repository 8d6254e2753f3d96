import { IsIn } from 'class-validator';
import { BoundedString } from '../validation/bounded-string';
import { STRING_BOUNDS } from '../validation/field-limits';
import { IsIsoDateOrDateTime } from '../validation/is-iso-date-or-date-time';
import { NotBeforeDate } from '../validation/not-before-date';
import { OptionalField } from '../validation/optional-field';
import { TIME_PRECISIONS, type Occurred, type TimePrecision } from './report.types';

/** When it happened (the first of the two clocks), with how precisely the source knows it. */
export class OccurredSchema implements Occurred {
  @IsIsoDateOrDateTime()
  start!: string;

  @OptionalField()
  @IsIsoDateOrDateTime()
  @NotBeforeDate('start')
  end?: string;

  @IsIn(TIME_PRECISIONS)
  precision!: TimePrecision;

  @OptionalField()
  @BoundedString(STRING_BOUNDS.name)
  timeOfDay?: string;
}
