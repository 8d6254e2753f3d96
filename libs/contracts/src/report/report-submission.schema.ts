import { ArrayMaxSize, IsArray, IsIn } from 'class-validator';
import { BoundedString } from '../validation/bounded-string';
import { FIELD_LIMITS, STRING_BOUNDS } from '../validation/field-limits';
import { IsIsoDateOrDateTime } from '../validation/is-iso-date-or-date-time';
import { NestedArray } from '../validation/nested-array';
import { NestedObject } from '../validation/nested-object';
import { OptionalField } from '../validation/optional-field';
import { StringItems } from '../validation/string-items';
import { EventAssertionSchema } from './event-assertion.schema';
import { LicenseSchema } from './license.schema';
import { PresenceByOp } from './presence-by-op';
import { RawRecordSchema } from './raw-record.schema';
import {
  REPORT_OPS,
  RETRACT_REASONS,
  SOURCE_SYSTEMS,
  type ReportOp,
  type ReportSubmission,
  type RetractReason,
  type SourceSystem,
} from './report.types';
import { SourceRefSchema } from './source-ref.schema';

/**
 * The class-validator mirror of `ReportSubmission`, field for field. Use it through
 * `validateSubmission()`, which also refuses polluting keys and dates absurdly in the future.
 */
export class ReportSubmissionSchema implements ReportSubmission {
  @IsIn(REPORT_OPS)
  op!: ReportOp;

  @IsIn(SOURCE_SYSTEMS)
  sourceSystem!: SourceSystem;

  @OptionalField()
  @BoundedString(STRING_BOUNDS.id)
  sourceDatasetVersion?: string;

  @BoundedString(STRING_BOUNDS.id)
  nativeId!: string;

  @OptionalField()
  @BoundedString(STRING_BOUNDS.id)
  nativeRevision?: string;

  @IsIsoDateOrDateTime()
  reportedAt!: string;

  @NestedObject(() => LicenseSchema)
  license!: LicenseSchema;

  @NestedArray(() => SourceRefSchema, FIELD_LIMITS.sources)
  sources!: SourceRefSchema[];

  @PresenceByOp({ requiredFor: ['supersede', 'retract'], forbiddenFor: [] })
  @IsArray()
  @ArrayMaxSize(FIELD_LIMITS.supersedes, { message: `$property must contain at most ${FIELD_LIMITS.supersedes} items` })
  @StringItems(STRING_BOUNDS.id)
  supersedes?: string[];

  @PresenceByOp({ requiredFor: ['retract'], forbiddenFor: ['assert', 'supersede'] })
  @IsIn(RETRACT_REASONS)
  retractReason?: RetractReason;

  @OptionalField()
  @NestedObject(() => RawRecordSchema)
  raw?: RawRecordSchema;

  @PresenceByOp({ requiredFor: ['assert', 'supersede'], forbiddenFor: ['retract'] })
  @NestedObject(() => EventAssertionSchema)
  assertion?: EventAssertionSchema;
}
