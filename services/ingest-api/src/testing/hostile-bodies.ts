import { exampleSubmission, FIELD_LIMITS, type ReportSubmission } from '@sitrep/contracts';
import fc from 'fast-check';

/** One request a careless or hostile client might send. `sent` is the report when the body is one. */
export interface HostileRequest {
  label: string;
  path: '/v1/reports' | '/v1/reports/batch';
  body: string;
}

type Json = Record<string, unknown> | unknown[];

let serial = 0;

/** A valid report with its own native id (unique per call), to be broken in one place. */
export function freshReport(runId: string): ReportSubmission {
  serial += 1;
  return { ...exampleSubmission(), nativeId: `prop-${runId}-${serial}` };
}

/** Sets a dotted path (`sources.0.name`), creating objects on the way; numeric segments index arrays. */
export function setPath(target: Json, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
}

const single = (label: string, body: string): HostileRequest => ({ label, path: '/v1/reports', body });
const PLACEHOLDER = '__sitrep_placeholder__';

/** Every kind of value where another belongs: the validator must say which field, never crash. */
const ANY_VALUE = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom<unknown>(null, '', 0, -1, 1e308, true, [], {}, [[]], 'null', '{}', '9'.repeat(400)),
);
const FIELDS = [
  'op', 'sourceSystem', 'nativeId', 'nativeRevision', 'reportedAt', 'license', 'license.attribution', 'license.redistributable', 'license.spdx',
  'sources', 'sources.0', 'sources.0.reliability', 'sources.0.credibility', 'sources.0.url', 'sources.0.scale', 'supersedes', 'retractReason', 'raw',
  'raw.body', 'assertion', 'assertion.occurred', 'assertion.occurred.start', 'assertion.occurred.precision', 'assertion.location',
  'assertion.location.point', 'assertion.location.country', 'assertion.location.country.iso3', 'assertion.location.precision',
  'assertion.classification', 'assertion.classification.category', 'assertion.classification.tags', 'assertion.participants',
  'assertion.participants.0', 'assertion.participants.0.role', 'assertion.fatalities', 'assertion.fatalities.best', 'assertion.notes',
];

export function wrongTypes(runId: string): fc.Arbitrary<HostileRequest> {
  return fc.tuple(fc.constantFrom(...FIELDS), ANY_VALUE).map(([field, value]) => {
    const report = freshReport(runId) as unknown as Json;
    setPath(report, field, value);
    return single(`${field} = ${JSON.stringify(value)?.slice(0, 60)}`, JSON.stringify(report));
  });
}

export function randomJson(): fc.Arbitrary<HostileRequest> {
  return fc.oneof(
    fc.jsonValue().map((value) => single('random JSON', JSON.stringify(value))),
    fc.string({ maxLength: 200 }).map((text) => single('random text', text)),
    fc.jsonValue().map((value) => ({ label: 'random JSON batch', path: '/v1/reports/batch' as const, body: JSON.stringify(value) })),
  );
}

const LIMITED_ARRAYS: Array<[string, number]> = [
  ['sources', FIELD_LIMITS.sources],
  ['assertion.participants', FIELD_LIMITS.participants],
  ['assertion.classification.tags', FIELD_LIMITS.tags],
  ['supersedes', FIELD_LIMITS.supersedes],
];

export function hugeArrays(runId: string): fc.Arbitrary<HostileRequest> {
  const oversizedField = fc.tuple(fc.constantFrom(...LIMITED_ARRAYS), fc.integer({ min: 1, max: 20 })).map(([[field, limit], times]) => {
    const report = freshReport(runId);
    const element = field === 'sources' ? report.sources[0] : field === 'assertion.participants' ? report.assertion!.participants[0] : 'x';
    setPath(report as unknown as Json, field, new Array(limit + times * limit).fill(element));
    return single(`${field} with ${limit + times * limit} items`, JSON.stringify(report));
  });
  const oversizedBatch = fc.integer({ min: 1001, max: 20_000 }).map((n) => ({ label: `batch of ${n}`, path: '/v1/reports/batch' as const, body: JSON.stringify(new Array(n).fill({})) }));
  return fc.oneof(oversizedField, oversizedBatch);
}

export function deepNesting(runId: string): fc.Arbitrary<HostileRequest> {
  return fc.tuple(fc.constantFrom('raw', 'assertion.notes', 'sources.0', 'license', 'assertion.location.point'), fc.integer({ min: 30, max: 5_000 }), fc.boolean()).map(([field, depth, arrays]) => {
    const report = freshReport(runId) as unknown as Json;
    setPath(report, field, PLACEHOLDER);
    const nested = arrays ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    return single(`${field} nested ${depth} deep (${arrays ? 'arrays' : 'objects'})`, JSON.stringify(report).replace(`"${PLACEHOLDER}"`, nested));
  });
}

export function pollutingKeys(runId: string): fc.Arbitrary<HostileRequest> {
  const where = fc.constantFrom('', 'license', 'assertion', 'assertion.location', 'assertion.location.point', 'sources.0', 'assertion.participants.0', 'raw');
  return fc.tuple(fc.constantFrom('__proto__', 'constructor', 'prototype'), where, fc.jsonValue({ maxDepth: 2 })).map(([key, field, value]) => {
    const report = freshReport(runId) as unknown as Json;
    if (field === '') (report as Record<string, unknown>)[PLACEHOLDER] = value;
    else setPath(report, `${field}.${PLACEHOLDER}`, value);
    return single(`"${key}" in ${field || '(root)'}`, JSON.stringify(report).replace(`"${PLACEHOLDER}"`, `"${key}"`));
  });
}

const ABSURD_DATES = ['0025-01-01', '+275760-09-13T00:00:00.000Z', '-000001-01-01', '2022-02-30', '2022-13-01', '9999-12-31T23:59:59Z', '2022-01-20T25:00:00Z', '2022-01-20T10:00:00+99:00', '20220120', '2022-01-20 10:00', '1969-12-31T23:59:59.999Z', 'yesterday', ''];

export function absurdDates(runId: string): fc.Arbitrary<HostileRequest> {
  const value = fc.oneof(fc.constantFrom<unknown>(...ABSURD_DATES), fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'Invalid Date' : d.toISOString())), fc.integer(), fc.string({ maxLength: 30 }));
  return fc.tuple(fc.constantFrom('reportedAt', 'assertion.occurred.start', 'assertion.occurred.end', 'sources.0.publishedAt'), value).map(([field, date]) => {
    const report = freshReport(runId) as unknown as Json;
    setPath(report, field, date);
    return single(`${field} = ${JSON.stringify(date)}`, JSON.stringify(report));
  });
}

export function absurdCoordinates(runId: string): fc.Arbitrary<HostileRequest> {
  const coordinate = fc.oneof(fc.double(), fc.constantFrom<unknown>(90, -90, 180, -180, 90.000001, -180.000001, 1e308, -1e308, 5e-324, null, '36.4', []), fc.integer());
  return fc.tuple(coordinate, coordinate).map(([lat, lon]) => {
    const report = freshReport(runId);
    (report.assertion!.location as { point: unknown }).point = { lat, lon };
    // JSON has no NaN or Infinity: they travel as null, as any client's JSON.stringify sends them.
    return single(`point ${JSON.stringify({ lat, lon })}`, JSON.stringify(report));
  });
}

const NON_LATIN = ['الحسكة — سجن غويران (الصناعة)', 'קובאני', '哈塞克省', 'Հասաքե', 'Хасеке', 'ḥasakah ̈́combining', '👩‍👩‍👧‍👦 🇸🇾', 'ܚܣܟܐ', 'ﷺ ﷽', '\u200f\u202eعكس'];

/** Text in scripts other than Latin, in the fields a source writes freely. */
export function nonLatinText(): fc.Arbitrary<string> {
  return fc.oneof(fc.constantFrom(...NON_LATIN), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }));
}
