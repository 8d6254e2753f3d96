import { CloudEvent } from 'cloudevents';
import { REPORT_RECORDED_TYPE, type ReportRecorded } from '../report/report-recorded.event';
import { JSON_MEDIA_TYPE } from './media-type';

/** A record ready for `ReportLog.append`: keyed by the log key, CloudEvents binary mode. */
export interface CloudEventKafkaMessage {
  key: string;
  value: Buffer;
  headers: Record<string, string>;
}

/**
 * Wraps a ReportRecorded as a CloudEvent in Kafka binary mode: the record is the JSON value, the
 * attributes are `ce_*` headers (id and subject = reportId, time = receivedAt, partitionkey and
 * record key = logKey). `source` names the writer, e.g. `/sitrep/ingest`.
 *
 * The headers are written directly, in the order and with the values `Kafka.binary(new
 * CloudEvent(…))` gives (to-cloud-event-message.spec.ts compares them): building and validating
 * a CloudEvent per record cost ingest 5 % of its CPU, and only `source` can vary between records
 * in a way the SDK would refuse, so each distinct source is validated by the SDK once. The record
 * is trusted (built by ingest from a validated submission); an invalid `receivedAt` is a programming
 * error and throws a RangeError, an invalid `source` the SDK's ValidationError, as before.
 */
export function toCloudEventMessage(record: ReportRecorded, source: string): CloudEventKafkaMessage {
  assertValidSource(source);
  if (record.reportId === '' || record.logKey === '') throw new TypeError('toCloudEventMessage: reportId and logKey must not be empty');
  const headers: Record<string, string> = {
    'content-type': JSON_MEDIA_TYPE,
    ce_id: record.reportId,
    // Normalised to RFC 3339 with milliseconds, which the CloudEvents schema requires.
    ce_time: new Date(record.receivedAt).toISOString(),
    ce_type: REPORT_RECORDED_TYPE,
    ce_source: source,
    ce_specversion: '1.0',
    ce_datacontenttype: JSON_MEDIA_TYPE,
    ce_subject: record.reportId,
    ce_partitionkey: record.logKey,
  };
  return { key: record.logKey, value: Buffer.from(JSON.stringify(record), 'utf8'), headers };
}

/** Sources the SDK has accepted; a process uses one or two, so this stays tiny. */
const validSources = new Set<string>();

function assertValidSource(source: string): void {
  if (validSources.has(source)) return;
  // Throws the SDK's ValidationError for a source that is not a URI reference.
  new CloudEvent({ specversion: '1.0', id: 'source-check', type: REPORT_RECORDED_TYPE, source, time: new Date(0).toISOString() });
  validSources.add(source);
}
