import { IsIn } from 'class-validator';
import { BoundedString } from '../validation/bounded-string';
import { STRING_BOUNDS } from '../validation/field-limits';
import { NestedObject } from '../validation/nested-object';
import { OptionalField } from '../validation/optional-field';
import { CountrySchema } from './country.schema';
import { PointSchema } from './point.schema';
import { GEO_PRECISIONS, type GeoPrecision, type Place } from './report.types';

/** Where it happened, spelled as reported, plus ingest's canonical governorate. */
export class PlaceSchema implements Place {
  @OptionalField()
  @BoundedString(STRING_BOUNDS.name)
  placeName?: string;

  @OptionalField()
  @BoundedString(STRING_BOUNDS.text)
  description?: string;

  @OptionalField()
  @NestedObject(() => PointSchema)
  point?: PointSchema;

  @OptionalField()
  @BoundedString(STRING_BOUNDS.name)
  admin1?: string;

  @OptionalField()
  @BoundedString(STRING_BOUNDS.name)
  canonicalAdmin1?: string;

  @OptionalField()
  @BoundedString(STRING_BOUNDS.name)
  admin2?: string;

  @OptionalField()
  @BoundedString(STRING_BOUNDS.name)
  admin3?: string;

  @NestedObject(() => CountrySchema)
  country!: CountrySchema;

  @IsIn(GEO_PRECISIONS)
  precision!: GeoPrecision;
}
