import { describe, expect, it } from '@jest/globals';
import { CloudEvent, Kafka, ValidationError } from 'cloudevents';
import fc from 'fast-check';
import { exampleRecorded } from '../report/example-recorded';
import { passesRecordedFastCheck } from '../report/fast-submission-check';
import { REPORT_RECORDED_TYPE, type ReportRecorded } from '../report/report-recorded.event';
import { recordedArb } from '../testing/report.arbitraries';
import { toCloudEventMessage } from './to-cloud-event-message';

const SOURCE = '/sitrep/ingest';

describe('toCloudEventMessage', () => {
  const record = exampleRecorded();
  const message = toCloudEventMessage(record, SOURCE);

  it('keys the record by the log key', () => {
    expect(message.key).toBe('SYR|al hasakah|2022-01-20');
    expect(message.key).toBe(record.logKey);
  });

  it('carries the CloudEvents attributes as ce_ headers (binary mode)', () => {
    expect(message.headers).toMatchObject({
      ce_specversion: '1.0',
      ce_id: record.reportId,
      ce_type: REPORT_RECORDED_TYPE,
      ce_source: SOURCE,
      ce_subject: record.reportId,
      ce_time: record.receivedAt,
      ce_partitionkey: record.logKey,
      'content-type': 'application/json',
    });
  });

  it('sends only string headers: none of the undefined ones Kafka.binary emits', () => {
    expect(Object.values(message.headers).every((value) => typeof value === 'string')).toBe(true);
    for (const dropped of ['ce_datacontentencoding', 'ce_dataschema', 'ce_schemaurl']) expect(message.headers).not.toHaveProperty(dropped);
  });

  it('writes the record itself as UTF-8 JSON, not wrapped in an envelope', () => {
    expect(JSON.parse(message.value.toString('utf8'))).toEqual(record);
  });

  it('normalises receivedAt to RFC 3339 in ce_time without touching the record', () => {
    const zoned = exampleRecorded(undefined, '2022-01-21T12:00+03:00');
    const zonedMessage = toCloudEventMessage(zoned, SOURCE);
    expect(zonedMessage.headers['ce_time']).toBe('2022-01-21T09:00:00.000Z');
    expect(JSON.parse(zonedMessage.value.toString('utf8')).receivedAt).toBe('2022-01-21T12:00+03:00');
  });

  it('is deterministic: the same record gives the same bytes and headers', () => {
    const again = toCloudEventMessage(exampleRecorded(), SOURCE);
    expect(again.value.equals(message.value)).toBe(true);
    expect(again.headers).toEqual(message.headers);
  });

  it('writes the headers the SDK writes (Kafka.binary of a validated CloudEvent), in the same order', () => {
    const records = fc.oneof(fc.constant(exampleRecorded()), recordedArb.filter(passesRecordedFastCheck).map((r) => r as unknown as ReportRecorded));
    fc.assert(
      fc.property(records, fc.constantFrom(SOURCE, '/sitrep/bench', 'urn:sitrep:ingest'), (recorded, source) => {
        const direct = toCloudEventMessage(recorded, source);
        const viaSdk = sdkHeaders(recorded, source);
        expect(direct.headers).toStrictEqual(viaSdk);
        expect(Object.keys(direct.headers)).toEqual(Object.keys(viaSdk));
        expect(direct.key).toBe(recorded.logKey);
      }),
      { numRuns: 300 },
    );
  });

  it('still refuses a source the SDK refuses, and an unreadable receivedAt', () => {
    expect(() => toCloudEventMessage(record, 'not a uri reference')).toThrow(ValidationError);
    expect(() => toCloudEventMessage({ ...record, receivedAt: 'yesterday' }, SOURCE)).toThrow(RangeError);
  });
});

/** The SDK's way, as toCloudEventMessage did it before writing the headers itself. */
function sdkHeaders(recorded: ReportRecorded, source: string): Record<string, string> {
  const event = new CloudEvent({
    specversion: '1.0',
    id: recorded.reportId,
    type: REPORT_RECORDED_TYPE,
    source,
    time: new Date(recorded.receivedAt).toISOString(),
    subject: recorded.reportId,
    datacontenttype: 'application/json',
    partitionkey: recorded.logKey,
    data: recorded,
  });
  const headers = Kafka.binary(event).headers as Record<string, unknown>;
  return Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
