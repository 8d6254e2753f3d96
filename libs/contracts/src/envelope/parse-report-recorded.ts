import { REPORT_RECORDED_TYPE, REPORT_SCHEMA_VERSION, type ReportRecorded } from '../report/report-recorded.event';
import { validateReportRecorded } from '../report/validate-report-recorded';
import { decodeBinaryEvent, type BinaryEvent } from './decode-binary-event';
import { decodeUtf8 } from './decode-utf8';
import { headersToStrings, type RawKafkaHeaders } from './kafka-headers';
import { JSON_MEDIA_TYPE, mediaTypeOf } from './media-type';
import { refuse, type ParseResult } from './parse-result';
import { quote } from './quote';
import { summarizeIssues } from './summarize-issues';

/**
 * The consumer edge of the log of record: a Kafka record (binary-mode CloudEvent) → a validated
 * ReportRecorded, or the reason it cannot be applied (for the dead-letter topic). Never throws,
 * never trusts the payload: the data passes the full schema again (cheaply: see
 * validateReportRecorded's fast path; the headers are decoded without the SDK when it is safe).
 */
export function parseReportRecorded(value: Buffer, rawHeaders: RawKafkaHeaders): ParseResult<ReportRecorded> {
  const headers = headersToStrings(rawHeaders);
  if (!headers.ok) return headers;
  const precheck = checkHeaders(headers.value);
  if (precheck !== null) return refuse(precheck);
  const text = decodeUtf8(value, 'value');
  if (!text.ok) return text;
  const event = decodeBinaryEvent(text.value, headers.value);
  if (!event.ok) return event;
  return checkData(event.value);
}

function checkHeaders(headers: Record<string, string>): string | null {
  const type = headers['ce_type'];
  if (type === undefined) return 'not a CloudEvent: header ce_type is missing';
  if (type !== REPORT_RECORDED_TYPE) return `unexpected ce_type ${quote(type)}, expected ${quote(REPORT_RECORDED_TYPE)}`;
  if (headers['ce_id'] === undefined) return 'not a CloudEvent: header ce_id is missing';
  if (headers['ce_specversion'] !== '1.0') return `unsupported ce_specversion ${quote(headers['ce_specversion'])}, expected "1.0"`;
  const contentType = mediaTypeOf(headers['content-type']);
  if (contentType !== JSON_MEDIA_TYPE) return `content-type must be ${JSON_MEDIA_TYPE} (binary mode), got ${quote(contentType)}`;
  return null;
}

function checkData(event: BinaryEvent): ParseResult<ReportRecorded> {
  const data = event.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return refuse('data must be a JSON object');
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (version !== REPORT_SCHEMA_VERSION) {
    return refuse(`unsupported schemaVersion ${quote(version)}, expected ${REPORT_SCHEMA_VERSION}`);
  }
  const record = validateReportRecorded(data);
  if (!record.ok) return refuse(`invalid ReportRecorded: ${summarizeIssues(record.issues)}`);
  if (event.id !== record.value.reportId) return refuse(`ce_id ${quote(event.id)} does not match reportId ${quote(record.value.reportId)}`);
  return record;
}
