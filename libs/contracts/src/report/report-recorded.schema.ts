import { ArrayMaxSize, Equals, IsArray } from 'class-validator';
import { BoundedString } from '../validation/bounded-string';
import { FIELD_LIMITS } from '../validation/field-limits';
import { IsIsoDateOrDateTime } from '../validation/is-iso-date-or-date-time';
import { IsLowercaseUuid } from '../validation/lowercase-uuid';
import { REPORT_SCHEMA_VERSION, type ReportRecorded } from './report-recorded.event';
import { ReportSubmissionSchema } from './report-submission.schema';

/** iso3 + `|` + admin1 (which lower-casing may lengthen) + `|` + `YYYY-MM-DD`. */
export const MAX_LOG_KEY_LENGTH = 3 * FIELD_LIMITS.name + 20;

/** A record on the log of record: the submission schema plus what ingest decided about it. */
export class ReportRecordedSchema extends ReportSubmissionSchema implements ReportRecorded {
  @IsLowercaseUuid()
  reportId!: string;

  @Equals(REPORT_SCHEMA_VERSION)
  schemaVersion!: typeof REPORT_SCHEMA_VERSION;

  @IsIsoDateOrDateTime({ timeRequired: true })
  receivedAt!: string;

  @BoundedString({ min: 1, max: MAX_LOG_KEY_LENGTH })
  logKey!: string;

  @IsArray()
  @ArrayMaxSize(FIELD_LIMITS.supersedes, { message: `$property must contain at most ${FIELD_LIMITS.supersedes} items` })
  @IsLowercaseUuid({ each: true })
  supersedesReportIds!: string[];
}
