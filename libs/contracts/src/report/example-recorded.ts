import { deriveLogKey } from './derive-log-key';
import { deriveReportId } from './derive-report-id';
import { exampleSubmission } from './example-submission';
import { REPORT_SCHEMA_VERSION, type ReportRecorded } from './report-recorded.event';
import type { ReportSubmission } from './report.types';

/**
 * A log record as ingest would build it from an asserted submission (the al-Sina'a example by
 * default): derived report id and log key, nothing superseded. For examples and tests only;
 * ingest's own decisions (superseded ids, inherited keys) are not modelled here.
 */
export function exampleRecorded(submission: ReportSubmission = exampleSubmission(), receivedAt = '2022-01-21T09:00:00.000Z'): ReportRecorded {
  const assertion = submission.assertion;
  if (assertion === undefined) throw new TypeError('exampleRecorded: the submission needs an assertion to derive a log key');
  return {
    ...submission,
    reportId: deriveReportId(submission.sourceSystem, submission.nativeId, submission.nativeRevision),
    schemaVersion: REPORT_SCHEMA_VERSION,
    receivedAt,
    logKey: deriveLogKey(assertion),
    supersedesReportIds: [],
  };
}
