import { describe, expect, it } from '@jest/globals';
import { exampleSubmission } from '../report/example-submission';
import { validateSubmission } from '../report/validate-submission';
import { parseInboundRecord } from './parse-inbound-record';

const submission = exampleSubmission();
const json = Buffer.from(JSON.stringify(submission), 'utf8');
const binaryHeaders = {
  ce_specversion: Buffer.from('1.0'),
  ce_id: Buffer.from('pipeline-42'),
  ce_source: Buffer.from('/pipelines/acled'),
  ce_type: Buffer.from('org.example.report.submitted'),
  'content-type': Buffer.from('application/json'),
};
const structured = { specversion: '1.0', id: 'pipeline-42', source: '/pipelines/acled', type: 'org.example.report.submitted', datacontenttype: 'application/json', data: submission };

function reasonOf(value: Buffer, headers: Parameters<typeof parseInboundRecord>[1] = {}): string {
  const result = parseInboundRecord(value, headers);
  return result.ok ? 'ok' : result.reason;
}

describe('parseInboundRecord — the three envelopes', () => {
  it('takes plain JSON as the submission itself', () => {
    expect(parseInboundRecord(json, {})).toEqual({ ok: true, submission, envelope: 'none' });
  });

  it('takes a binary-mode CloudEvent: ce_ headers, the submission as the value', () => {
    expect(parseInboundRecord(json, binaryHeaders)).toEqual({ ok: true, submission, envelope: 'binary' });
  });

  it('takes a structured-mode CloudEvent, announced by its content type or not', () => {
    const value = Buffer.from(JSON.stringify(structured));
    const expected = { ok: true, submission, envelope: 'structured' };
    expect(parseInboundRecord(value, { 'content-type': 'application/cloudevents+json; charset=UTF-8' })).toEqual(expected);
    expect(parseInboundRecord(value, {})).toEqual(expected);
  });

  it('hands over a submission that validateSubmission accepts unchanged', () => {
    const result = parseInboundRecord(Buffer.from(JSON.stringify(structured)), {});
    expect(result.ok && validateSubmission(result.submission, new Date('2022-01-22T00:00:00Z'))).toEqual({ ok: true, value: submission });
  });
});

describe('parseInboundRecord — broken bytes', () => {
  it('refuses invalid UTF-8 and says where it starts', () => {
    const invalid = Buffer.concat([Buffer.from('{"nativeId":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
    expect(reasonOf(invalid)).toBe('value is not valid UTF-8 (invalid byte sequence at byte 13)');
  });

  it.each([
    ['an overlong encoding', [0xc0, 0xaf]],
    ['a UTF-16 surrogate encoded in UTF-8', [0xed, 0xa0, 0x80]],
    ['a truncated multi-byte character', [0x22, 0xd8]],
    ['a lone continuation byte', [0x80]],
  ])('refuses %s', (_name, bytes) => {
    expect(reasonOf(Buffer.from(bytes))).toMatch(/not valid UTF-8/);
  });

  it('refuses malformed JSON, naming the problem', () => {
    expect(reasonOf(Buffer.from('{"op": assert}'))).toMatch(/^value is not valid JSON: .*Unexpected token/);
  });

  it('refuses truncated JSON', () => {
    expect(reasonOf(json.subarray(0, json.length - 3))).toMatch(/^value is not valid JSON: /);
  });

  it('refuses an empty value', () => {
    expect(reasonOf(Buffer.alloc(0))).toBe('value is empty');
    expect(reasonOf(Buffer.from('  \n'))).toBe('value is empty');
  });

  it('passes a 10 MB string on without crashing, for the length rules to refuse', () => {
    const huge = { ...submission, nativeId: 'x'.repeat(10 * 1024 * 1024) };
    const result = parseInboundRecord(Buffer.from(JSON.stringify(huge)), {});
    expect(result.ok && result.envelope).toBe('none');
    const validated = validateSubmission(result.ok ? result.submission : null, new Date('2022-01-22T00:00:00Z'));
    expect(validated.ok ? [] : validated.issues.map((issue) => issue.path)).toEqual(['nativeId']);
  });

  it('leaves polluting keys for validateSubmission to refuse, without polluting anything', () => {
    const result = parseInboundRecord(Buffer.from('{"__proto__":{"polluted":true}}'), {});
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const validated = validateSubmission(result.ok ? result.submission : null, new Date());
    expect(validated.ok ? [] : validated.issues.map((issue) => issue.path)).toEqual(['__proto__']);
  });
});

describe('parseInboundRecord — broken envelopes', () => {
  it.each([
    ['a binary event without ce_source', { ...binaryHeaders, ce_source: undefined }, /lacks header ce_source/],
    ['a binary event of another spec version', { ...binaryHeaders, ce_specversion: '0.3' }, /ce_specversion "0.3"/],
    ['a binary event with XML data', { ...binaryHeaders, 'content-type': 'application/xml' }, /content-type must be application\/json/],
    ['a batch', { 'content-type': 'application/cloudevents-batch+json' }, /batched CloudEvents/],
    ['a header sent twice', { ce_id: ['a', 'b'] }, /more than once/],
    ['a header that is not UTF-8', { ce_type: Buffer.from([0xff]) }, /header "ce_type" is not valid UTF-8/],
  ])('refuses %s', (_name, headers, reason) => {
    expect(reasonOf(json, headers)).toMatch(reason);
  });

  it.each([
    ['without data', { ...structured, data: undefined }, /has no data/],
    ['with base64 data', { ...structured, data: undefined, data_base64: 'e30=' }, /data_base64 is not supported/],
    ['of another spec version', { ...structured, specversion: '0.3' }, /specversion "0.3"/],
    ['without a type', { ...structured, type: undefined }, /lacks attribute type/],
    ['with XML data', { ...structured, datacontenttype: 'text/xml' }, /datacontenttype must be application\/json/],
  ])('refuses a structured event %s', (_name, event, reason) => {
    expect(reasonOf(Buffer.from(JSON.stringify(event)))).toMatch(reason);
  });

  it('refuses a structured content type on a value that is not an event object', () => {
    expect(reasonOf(Buffer.from('[1]'), { 'content-type': 'application/cloudevents+json' })).toMatch(/must be a JSON object/);
  });
});
