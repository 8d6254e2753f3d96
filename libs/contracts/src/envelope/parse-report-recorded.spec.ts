import { describe, expect, it } from '@jest/globals';
import { exampleRecorded } from '../report/example-recorded';
import { REPORT_RECORDED_TYPE } from '../report/report-recorded.event';
import type { RawKafkaHeaders } from './kafka-headers';
import { parseReportRecorded } from './parse-report-recorded';
import { toCloudEventMessage } from './to-cloud-event-message';

const record = exampleRecorded();
const message = toCloudEventMessage(record, '/sitrep/ingest');

/** Headers as kafkajs hands them to a consumer: every value a Buffer. */
function asKafkajsHeaders(headers: Record<string, string>): RawKafkaHeaders {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, Buffer.from(value, 'utf8')]));
}

function reasonOf(value: Buffer, headers: RawKafkaHeaders): string {
  const result = parseReportRecorded(value, headers);
  return result.ok ? 'ok' : result.reason;
}

describe('parseReportRecorded', () => {
  it('reads back what toCloudEventMessage wrote, from string headers', () => {
    expect(parseReportRecorded(message.value, message.headers)).toEqual({ ok: true, value: record });
  });

  it('reads Buffer headers as kafkajs delivers them', () => {
    expect(parseReportRecorded(message.value, asKafkajsHeaders(message.headers))).toEqual({ ok: true, value: record });
  });

  it('ignores undefined headers and header-name case', () => {
    const headers = { ...message.headers, CE_TYPE: undefined, 'Content-Type': 'application/json; charset=utf-8' };
    delete (headers as Record<string, unknown>)['content-type'];
    expect(parseReportRecorded(message.value, headers).ok).toBe(true);
  });

  it.each([
    ['a missing ce_type', { ce_type: undefined }, /ce_type is missing/],
    ['another event type', { ce_type: 'sitrep.report.recorded.v2' }, /unexpected ce_type "sitrep.report.recorded.v2"/],
    ['a missing ce_id', { ce_id: undefined }, /ce_id is missing/],
    ['another spec version', { ce_specversion: '0.3' }, /ce_specversion "0.3"/],
    ['structured-mode content type', { 'content-type': 'application/cloudevents+json' }, /content-type must be application\/json/],
    ['no content type', { 'content-type': undefined }, /content-type must be application\/json/],
    ['an unreadable ce_time', { ce_time: 'not a time' }, /invalid CloudEvent/],
    ['a ce_id that is not the reportId', { ce_id: '00000000-0000-4000-8000-000000000000' }, /does not match reportId/],
  ])('refuses %s', (_name, changes, reason) => {
    expect(reasonOf(message.value, { ...message.headers, ...changes })).toMatch(reason);
  });

  it('refuses a header sent twice', () => {
    expect(reasonOf(message.value, { ...message.headers, ce_type: [REPORT_RECORDED_TYPE, REPORT_RECORDED_TYPE] })).toMatch(/more than once/);
  });

  it('refuses a header that is not UTF-8', () => {
    expect(reasonOf(message.value, { ...message.headers, ce_source: Buffer.from([0x2f, 0xc3, 0x28]) })).toMatch(/header "ce_source" is not valid UTF-8/);
  });

  it('refuses a value that is not UTF-8 instead of replacing bytes', () => {
    const corrupted = Buffer.concat([message.value.subarray(0, 10), Buffer.from([0xff]), message.value.subarray(10)]);
    expect(reasonOf(corrupted, message.headers)).toMatch(/value is not valid UTF-8 .* byte 10\b/);
  });

  it('refuses malformed and truncated JSON, naming the problem', () => {
    expect(reasonOf(message.value.subarray(0, message.value.length - 5), message.headers)).toMatch(/value is not valid JSON/);
    expect(reasonOf(Buffer.from('{"reportId":,}'), message.headers)).toMatch(/value is not valid JSON/);
  });

  it('refuses data that is not an object, or of another schema version', () => {
    expect(reasonOf(Buffer.from('[1,2]'), message.headers)).toMatch(/data must be a JSON object/);
    expect(reasonOf(Buffer.from(JSON.stringify({ ...record, schemaVersion: 2 })), message.headers)).toMatch(/unsupported schemaVersion 2/);
    expect(reasonOf(Buffer.from(JSON.stringify({ ...record, schemaVersion: undefined })), message.headers)).toMatch(/unsupported schemaVersion/);
  });

  it('re-validates the data and lists the issues with their paths', () => {
    const broken = { ...record, receivedAt: 'yesterday', sources: [{ ...record.sources[0], reliability: 'Z' }] };
    const reason = reasonOf(Buffer.from(JSON.stringify(broken)), message.headers);
    expect(reason).toMatch(/^invalid ReportRecorded: /);
    expect(reason).toMatch(/receivedAt: /);
    expect(reason).toMatch(/sources\[0\]\.reliability: /);
  });

  it('refuses polluting keys in the data', () => {
    const polluted = message.value.toString('utf8').replace('{', '{"__proto__":{"admin":true},');
    expect(reasonOf(Buffer.from(polluted), message.headers)).toMatch(/__proto__/);
    expect(({} as Record<string, unknown>)['admin']).toBeUndefined();
  });
});
