import { describe, expect, it } from '@jest/globals';
import { exampleSubmission } from './example-submission';
import { exampleSubmissionWith, setAt } from './example-submission-with';
import type { ReportSubmission } from './report.types';
import { validateSubmission } from './validate-submission';

const NOW = new Date('2022-01-22T00:00:00Z');
const long = (length: number) => 'x'.repeat(length);

function issuesOf(input: unknown) {
  const result = validateSubmission(input, NOW);
  return result.ok ? [] : result.issues;
}

function isPlainDeep(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== Array.prototype) return false;
  return Object.values(value).every(isPlainDeep);
}

describe('validateSubmission — the al-Sina\'a prison example', () => {
  it('accepts it and returns a plain copy deep-equal to the input', () => {
    const input = exampleSubmission();
    const result = validateSubmission(input, NOW);
    expect(result).toEqual({ ok: true, value: input });
    if (!result.ok) return;
    expect(result.value).not.toBe(input);
    expect(result.value.assertion).not.toBe(input.assertion);
    expect(isPlainDeep(result.value)).toBe(true);
  });

  it('keeps the Arabic governorate exactly as reported', () => {
    const result = validateSubmission(exampleSubmission(), NOW);
    expect(result.ok && result.value.assertion?.location.admin1).toBe('الحسكة');
  });
});

describe('validateSubmission — unknown fields, at every depth', () => {
  const containers = ['', 'license', 'sources[0]', 'raw', 'assertion', 'assertion.occurred', 'assertion.location', 'assertion.location.point', 'assertion.location.country', 'assertion.classification', 'assertion.participants[0]', 'assertion.fatalities', 'assertion.notes'];

  it.each(containers)('refuses an extra field in %s', (container) => {
    const input = exampleSubmissionWith({ raw: { format: 'csv', body: 'a,b' }, 'assertion.injuries': { min: 1 } });
    setAt(input, container === '' ? 'surprise' : `${container}.surprise`, 1);
    expect(issuesOf(input)).toEqual([{ path: container === '' ? 'surprise' : `${container}.surprise`, reason: 'property surprise should not exist' }]);
  });
});

describe('validateSubmission — hostile structure', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s anywhere, before transforming', (key) => {
    const input = JSON.parse(`{"op":"assert","sources":[{"name":"a","${key}":{"polluted":true}}]}`) as unknown;
    expect(issuesOf(input)).toEqual([{ path: `sources[0].${key}`, reason: `key "${key}" is not allowed` }]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each([null, 42, 'report', true, [exampleSubmission()]])('refuses %p at the root', (input) => {
    const issues = issuesOf(input);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('(root)');
  });

  it('refuses absurd nesting and cycles without overflowing the stack', () => {
    const deep: Record<string, unknown> = {};
    let node = deep;
    for (let i = 0; i < 100_000; i++) node = (node['x'] = {}) as Record<string, unknown>;
    expect(issuesOf(deep)[0]?.reason).toMatch(/deeper than/);
    const cyclic = exampleSubmission() as unknown as Record<string, unknown>;
    cyclic['self'] = cyclic;
    expect(issuesOf(cyclic)[0]?.reason).toMatch(/refers to itself/);
  });
});

describe('validateSubmission — every issue at once', () => {
  it('reports all broken fields, not the first', () => {
    const issues = issuesOf(
      exampleSubmissionWith({ op: 'publish', 'sources[0].reliability': 'Z', 'assertion.location.point.lat': 100, 'assertion.fatalities': { low: 9, best: 3 }, reportedAt: 'yesterday' }),
    );
    expect(new Set(issues.map((issue) => issue.path))).toEqual(
      new Set(['op', 'reportedAt', 'sources[0].reliability', 'assertion.location.point.lat', 'assertion.fatalities.low']),
    );
  });
});

describe('validateSubmission — what stays valid', () => {
  const valid: Array<[string, Record<string, unknown>]> = [
    ['the extreme coordinates', { 'assertion.location.point': { lat: -90, lon: 180 } }],
    ['fatalities at the bounds, all equal', { 'assertion.fatalities': { low: 1_000_000, best: 1_000_000, high: 1_000_000 } }],
    ['zero fatalities', { 'assertion.fatalities': { best: 0 } }],
    ['a zoned date-time with fractions', { reportedAt: '2022-01-21T08:30:00.123456+03:00' }],
    ['a date-time without seconds', { reportedAt: '2022-01-21T08:30Z' }],
    ['a leap day', { 'assertion.occurred.start': '2020-02-29', 'assertion.occurred.end': undefined, reportedAt: '2020-03-01' }],
    ['a day-long end after a timed start', { 'assertion.occurred.start': '2022-01-20T18:00:00Z', 'assertion.occurred.end': '2022-01-20' }],
    ['reportedAt within the day of tolerance', { reportedAt: '2022-01-22T23:59:59Z' }],
    ['reliability F, credibility 6', { 'sources[0].reliability': 'F', 'sources[0].credibility': 6 }],
    ['no sources at all', { sources: [] }],
    ['exactly 200 sources', { sources: Array.from({ length: 200 }, () => exampleSubmission().sources[0]) }],
    ['strings at their limits', { nativeId: long(200), 'sources[0].name': long(500), 'assertion.notes.text': long(20_000) }],
    ['an Arabic URL', { 'sources[0].url': 'https://ar.example.org/الحسكة' }],
    ['a supersede', { op: 'supersede', supersedes: ['ACLED:SYR123'] }],
    ['a retract', { op: 'retract', supersedes: ['ACLED:SYR123'], retractReason: 'merged_duplicate', assertion: undefined }],
    ['an undefined optional field', { nativeRevision: undefined, 'assertion.notes': undefined }],
  ];

  it.each(valid)('accepts %s', (_name, changes) => {
    const input = exampleSubmissionWith(changes);
    expect(validateSubmission(input, NOW)).toEqual({ ok: true, value: input as ReportSubmission });
  });

  it('never reads the clock: the same input is judged by the now it is given', () => {
    const input = exampleSubmissionWith({ reportedAt: '2030-01-01T00:00:00Z' });
    expect(validateSubmission(input, NOW).ok).toBe(false);
    expect(validateSubmission(input, new Date('2029-12-31T12:00:00Z')).ok).toBe(true);
  });
});
