import { FIELD_LIMITS, STRING_BOUNDS } from '../validation/field-limits';
import { isHttpUrl } from '../validation/http-url';
import { LOWERCASE_UUID } from '../validation/lowercase-uuid';
import {
  isBoundedString,
  isIsoDate,
  isListOf,
  isOneOf,
  isOptionalString,
  isRecordWith,
  isStringList,
  type Fields,
} from '../validation/structural-check';
import { isFastValidAssertion } from './fast-assertion-check';
import { REPORT_SCHEMA_VERSION } from './report-recorded.event';
import { MAX_LOG_KEY_LENGTH } from './report-recorded.schema';
import {
  CREDIBILITIES,
  RAW_FORMATS,
  RELIABILITIES,
  REPORT_OPS,
  RETRACT_REASONS,
  SOURCE_SCALES,
  SOURCE_SYSTEMS,
  type ReportOp,
} from './report.types';

/**
 * The fast path of validateSubmission / validateReportRecorded: a structural mirror of
 * ReportSubmissionSchema and ReportRecordedSchema in plain code, ~50× cheaper than
 * class-transformer + class-validator (which were 45 % of ingest's CPU and a third of the
 * processor's). `true` only for input class-validator accepts as well; `false` means "ask
 * class-validator", which then finds the issues, or — for the odd shapes this check is stricter
 * about — accepts after all. Future dates are not judged here (futureDateIssues does that).
 */
const { id, name, url, requiredText, rawBody } = STRING_BOUNDS;

const SUBMISSION_FIELDS = [
  'op',
  'sourceSystem',
  'sourceDatasetVersion',
  'nativeId',
  'nativeRevision',
  'reportedAt',
  'license',
  'sources',
  'supersedes',
  'retractReason',
  'raw',
  'assertion',
];
const RECORDED_FIELDS = ['reportId', 'schemaVersion', 'receivedAt', 'logKey', 'supersedesReportIds'];
const SUBMISSION_KEYS = new Set(SUBMISSION_FIELDS);
const RECORDED_KEYS = new Set([...SUBMISSION_FIELDS, ...RECORDED_FIELDS]);
const LICENSE_KEYS = new Set(['spdx', 'attribution', 'redistributable']);
const RAW_KEYS = new Set(['format', 'body']);
const SOURCE_KEYS = new Set(['name', 'publisher', 'url', 'archiveUrl', 'platform', 'publishedAt', 'language', 'scale', 'reliability', 'credibility']);
const LOG_KEY_BOUNDS = { min: 1, max: MAX_LOG_KEY_LENGTH };

export function passesSubmissionFastCheck(input: unknown): boolean {
  return isRecordWith(input, SUBMISSION_KEYS) && hasSubmissionFields(input);
}

export function passesRecordedFastCheck(input: unknown): boolean {
  if (!isRecordWith(input, RECORDED_KEYS) || !hasSubmissionFields(input)) return false;
  return (
    isLowercaseUuid(input['reportId']) &&
    input['schemaVersion'] === REPORT_SCHEMA_VERSION &&
    isIsoDate(input['receivedAt'], true) &&
    isBoundedString(input['logKey'], LOG_KEY_BOUNDS) &&
    isListOf(input['supersedesReportIds'], FIELD_LIMITS.supersedes, isLowercaseUuid)
  );
}

function hasSubmissionFields(input: Fields): boolean {
  const op = input['op'];
  if (!isOneOf(op, REPORT_OPS)) return false;
  return (
    isOneOf(input['sourceSystem'], SOURCE_SYSTEMS) &&
    isOptionalString(input['sourceDatasetVersion'], id) &&
    isBoundedString(input['nativeId'], id) &&
    isOptionalString(input['nativeRevision'], id) &&
    isIsoDate(input['reportedAt']) &&
    isLicense(input['license']) &&
    isListOf(input['sources'], FIELD_LIMITS.sources, isSourceRef) &&
    hasOpFields(input, op as ReportOp) &&
    (input['raw'] === undefined || isRaw(input['raw']))
  );
}

/** The PresenceByOp rules: which of supersedes / retractReason / assertion each op needs or forbids. */
function hasOpFields(input: Fields, op: ReportOp): boolean {
  const { supersedes, retractReason, assertion } = input;
  const correcting = op === 'supersede' || op === 'retract';
  const supersedesOk = supersedes === undefined ? !correcting : isStringList(supersedes, FIELD_LIMITS.supersedes, id) && (!correcting || supersedes.length > 0);
  const retractReasonOk = op === 'retract' ? isOneOf(retractReason, RETRACT_REASONS) : retractReason === undefined;
  const assertionOk = op === 'retract' ? assertion === undefined : isFastValidAssertion(assertion);
  return supersedesOk && retractReasonOk && assertionOk;
}

function isLicense(value: unknown): boolean {
  if (!isRecordWith(value, LICENSE_KEYS)) return false;
  return isOptionalString(value['spdx'], id) && isBoundedString(value['attribution'], requiredText) && typeof value['redistributable'] === 'boolean';
}

function isRaw(value: unknown): boolean {
  return isRecordWith(value, RAW_KEYS) && isOneOf(value['format'], RAW_FORMATS) && isBoundedString(value['body'], rawBody);
}

function isSourceRef(value: unknown): boolean {
  if (!isRecordWith(value, SOURCE_KEYS)) return false;
  return (
    isBoundedString(value['name'], name) &&
    isOptionalString(value['publisher'], name) &&
    isOptionalUrl(value['url']) &&
    isOptionalUrl(value['archiveUrl']) &&
    isOptionalString(value['platform'], id) &&
    (value['publishedAt'] === undefined || isIsoDate(value['publishedAt'])) &&
    isOptionalString(value['language'], id) &&
    (value['scale'] === undefined || isOneOf(value['scale'], SOURCE_SCALES)) &&
    isOneOf(value['reliability'], RELIABILITIES) &&
    isOneOf(value['credibility'], CREDIBILITIES)
  );
}

function isOptionalUrl(value: unknown): boolean {
  return value === undefined || (isBoundedString(value, url) && isHttpUrl(value));
}

function isLowercaseUuid(value: unknown): boolean {
  return typeof value === 'string' && LOWERCASE_UUID.test(value);
}
