import { IsString, Matches } from 'class-validator';
import { BoundedString } from '../validation/bounded-string';
import { STRING_BOUNDS } from '../validation/field-limits';
import { OptionalField } from '../validation/optional-field';
import type { Place } from './report.types';

type Country = Place['country'];

/** Three upper-case ASCII letters; shared with the fast structural check. */
export const ISO3_PATTERN = /^[A-Z]{3}$/;

/** ISO 3166-1 alpha-3 code (`SYR`), the part of every log key that never varies in spelling. */
export class CountrySchema implements Country {
  @IsString()
  @Matches(ISO3_PATTERN, { message: '$property must be 3 uppercase letters (ISO 3166-1 alpha-3)' })
  iso3!: string;

  @OptionalField()
  @BoundedString(STRING_BOUNDS.name)
  name?: string;
}
