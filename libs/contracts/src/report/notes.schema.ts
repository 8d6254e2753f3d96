import { BoundedString } from '../validation/bounded-string';
import { STRING_BOUNDS } from '../validation/field-limits';
import { OptionalField } from '../validation/optional-field';
import type { EventAssertion } from './report.types';

type Notes = NonNullable<EventAssertion['notes']>;

/** The source's narrative, in its own language. */
export class NotesSchema implements Notes {
  @BoundedString(STRING_BOUNDS.text)
  text!: string;

  @OptionalField()
  @BoundedString(STRING_BOUNDS.id)
  lang?: string;
}
