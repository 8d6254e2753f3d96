import { IsBoolean } from 'class-validator';
import { BoundedString } from '../validation/bounded-string';
import { STRING_BOUNDS } from '../validation/field-limits';
import { OptionalField } from '../validation/optional-field';
import type { License } from './report.types';

/** Terms of the source: ACLED is not redistributable, UCDP is CC-BY-4.0, GDELT is open. */
export class LicenseSchema implements License {
  @OptionalField()
  @BoundedString(STRING_BOUNDS.id)
  spdx?: string;

  @BoundedString(STRING_BOUNDS.requiredText)
  attribution!: string;

  @IsBoolean()
  redistributable!: boolean;
}
