import { IsIn } from 'class-validator';
import { BoundedString } from '../validation/bounded-string';
import { STRING_BOUNDS } from '../validation/field-limits';
import { RAW_FORMATS, type RawFormat, type ReportSubmission } from './report.types';

type RawRecord = NonNullable<ReportSubmission['raw']>;

/** The source's original record, verbatim, so a report can always be re-derived from it. */
export class RawRecordSchema implements RawRecord {
  @IsIn(RAW_FORMATS)
  format!: RawFormat;

  @BoundedString(STRING_BOUNDS.rawBody)
  body!: string;
}
