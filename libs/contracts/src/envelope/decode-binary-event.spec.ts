import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { exampleRecorded } from '../report/example-recorded';
import { passesRecordedFastCheck } from '../report/fast-submission-check';
import type { ReportRecorded } from '../report/report-recorded.event';
import { recordedArb } from '../testing/report.arbitraries';
import { decodeBinaryEvent, decodeWithSdk, isPlainBinaryEvent } from './decode-binary-event';
import { toCloudEventMessage } from './to-cloud-event-message';

const SOURCE = '/sitrep/ingest';
/** Records as ingest writes them: valid ones, each with its own id, key, time and content. */
const realRecords = recordedArb.filter(passesRecordedFastCheck).map((record) => record as unknown as ReportRecorded);

function written(record: ReportRecorded): { text: string; headers: Record<string, string> } {
  const message = toCloudEventMessage(record, SOURCE);
  return { text: message.value.toString('utf8'), headers: message.headers };
}

/** Header values around every rule of the SDK's binary decode; `undefined` removes the header. */
const HEADER_VARIANTS: Record<string, Array<string | undefined>> = {
  'content-type': ['application/json', 'application/json; charset=utf-8', 'Application/JSON', ' application/json', 'text/plain', 'application/cloudevents+json', 'application/cloudevents-batch+json', undefined],
  ce_id: ['', 'another-id', undefined],
  ce_specversion: ['0.3', '', undefined],
  ce_time: ['', 'not a time', '2022-01-21T12:00:00+03:00', '2022-13-45', '1e999'],
  ce_dataschema: ['https://example.org/schema', ''],
  ce_schemaurl: ['https://example.org/schema', ''],
  ce_data_base64: ['Zm9v', '!!not base64!!', ''],
  ce_datacontenttype: ['text/plain'],
  ce_tenant: ['sitrep', ''],
};
const TEXT_VARIANTS = ['', 'not json', '{"a":', '[1,2]', 'null', '{}', '"text"', '{"__proto__":{"admin":true}}'];

const headerEdits = fc.array(
  fc.constantFrom(...Object.keys(HEADER_VARIANTS)).chain((name) => fc.constantFrom(...(HEADER_VARIANTS[name] ?? [])).map((value) => [name, value] as const)),
  { maxLength: 3 },
);

describe('decodeBinaryEvent', () => {
  it('decodes what ingest writes without the SDK, to what the SDK decodes', () => {
    fc.assert(
      fc.property(realRecords, (record) => {
        const { text, headers } = written(record);
        expect(isPlainBinaryEvent(text, headers)).toBe(true);
        const direct = decodeBinaryEvent(text, headers);
        expect(direct).toStrictEqual(decodeWithSdk(text, headers));
        expect(direct).toStrictEqual({ ok: true, value: { id: record.reportId, data: JSON.parse(text) } });
      }),
      { numRuns: 300 },
    );
  });

  it('gives the SDK\'s answer, refusal wording included, whatever the headers and value', () => {
    const text = fc.oneof(fc.constant(written(exampleRecorded()).text), fc.constantFrom(...TEXT_VARIANTS));
    fc.assert(
      fc.property(text, headerEdits, (value, edits) => {
        const headers: Record<string, string> = { ...written(exampleRecorded()).headers };
        for (const [name, edit] of edits) {
          if (edit === undefined) delete headers[name];
          else headers[name] = edit;
        }
        expect(decodeBinaryEvent(value, headers)).toStrictEqual(decodeWithSdk(value, headers));
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves records with extensions the SDK may refuse to the SDK', () => {
    const { text, headers } = written(exampleRecorded());
    expect(isPlainBinaryEvent(text, { ...headers, ce_schemaurl: 'https://example.org/s' })).toBe(false);
    expect(decodeBinaryEvent(text, { ...headers, ce_schemaurl: 'https://example.org/s' })).toEqual({ ok: false, reason: 'invalid CloudEvent: cannot set schemaurl on version 1.0 event' });
    expect(decodeBinaryEvent(text, { ...headers, ce_time: 'not a time' })).toEqual({ ok: false, reason: 'invalid CloudEvent: Invalid time value' });
  });
});
