import { ArrayMaxSize, IsArray, IsIn } from 'class-validator';
import { BoundedString } from '../validation/bounded-string';
import { FIELD_LIMITS, STRING_BOUNDS } from '../validation/field-limits';
import { OptionalField } from '../validation/optional-field';
import { StringItems } from '../validation/string-items';
import { CATEGORIES, TAXONOMIES, type Category, type Classification, type Taxonomy } from './report.types';

/** What kind of event, in the source's taxonomy and in our coarse category. */
export class ClassificationSchema implements Classification {
  @IsIn(TAXONOMIES)
  taxonomy!: Taxonomy;

  @OptionalField()
  @BoundedString(STRING_BOUNDS.name)
  eventType?: string;

  @OptionalField()
  @BoundedString(STRING_BOUNDS.name)
  subEventType?: string;

  @IsIn(CATEGORIES)
  category!: Category;

  @OptionalField()
  @IsArray()
  @ArrayMaxSize(FIELD_LIMITS.tags, { message: `$property must contain at most ${FIELD_LIMITS.tags} items` })
  @StringItems(STRING_BOUNDS.name)
  tags?: string[];
}
