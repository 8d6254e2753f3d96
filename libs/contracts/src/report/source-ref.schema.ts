import { IsIn } from 'class-validator';
import { BoundedString } from '../validation/bounded-string';
import { STRING_BOUNDS } from '../validation/field-limits';
import { IsHttpUrl } from '../validation/http-url';
import { IsIsoDateOrDateTime } from '../validation/is-iso-date-or-date-time';
import { OptionalField } from '../validation/optional-field';
import { CREDIBILITIES, RELIABILITIES, SOURCE_SCALES, type Credibility, type Reliability, type SourceRef, type SourceScale } from './report.types';

/** One source behind a report with its Admiralty grade, e.g. B2 = usually reliable, probably true. */
export class SourceRefSchema implements SourceRef {
  @BoundedString(STRING_BOUNDS.name)
  name!: string;

  @OptionalField()
  @BoundedString(STRING_BOUNDS.name)
  publisher?: string;

  @OptionalField()
  @BoundedString(STRING_BOUNDS.url)
  @IsHttpUrl()
  url?: string;

  @OptionalField()
  @BoundedString(STRING_BOUNDS.url)
  @IsHttpUrl()
  archiveUrl?: string;

  @OptionalField()
  @BoundedString(STRING_BOUNDS.id)
  platform?: string;

  @OptionalField()
  @IsIsoDateOrDateTime()
  publishedAt?: string;

  @OptionalField()
  @BoundedString(STRING_BOUNDS.id)
  language?: string;

  @OptionalField()
  @IsIn(SOURCE_SCALES)
  scale?: SourceScale;

  @IsIn(RELIABILITIES)
  reliability!: Reliability;

  /** Strictly one of the numbers 1–6: `"2"` or `2.5` are refused. */
  @IsIn(CREDIBILITIES)
  credibility!: Credibility;
}
