import fc from 'fast-check';
import type { StringBounds } from '../validation/bounded-string';
import { isStorableText } from '../validation/storable-text';

/**
 * Field values for the fast-path property specs: mostly valid (so whole submissions often are),
 * sometimes just across a boundary (one character too long, a lone surrogate, 31 February, a
 * count of 1,000,001, a date without a zone) or of the wrong type. The boundaries are where a
 * hand-written check and a decorator are most likely to disagree.
 */
const TRICKY_WEIGHT = 1;
const VALID_WEIGHT = 40;
const WRONG_TYPES: unknown[] = [null, 0, 1, true, '', [], {}, ['a'], { a: 1 }];

/**
 * fc.record as JSON.parse would build it: fast-check also makes null-prototype objects, which the
 * fast path leaves to class-validator on purpose (the fast-path spec checks that case by itself).
 */
export function jsonRecord(model: Record<string, fc.Arbitrary<unknown>>, requiredKeys?: string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(model, { requiredKeys: requiredKeys ?? Object.keys(model), noNullPrototype: true });
}

/** Mostly `valid`, now and then one of `tricky`. */
export function mostly<T>(valid: fc.Arbitrary<T>, tricky: readonly unknown[]): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: VALID_WEIGHT, arbitrary: valid }, { weight: TRICKY_WEIGHT, arbitrary: fc.constantFrom(...tricky, ...WRONG_TYPES) });
}

const boundaryCache = new Map<string, { valid: string[]; tricky: string[] }>();

/** Strings at and just past the bounds, built once per bounds (some are a megabyte long). */
function boundaryStrings({ min, max }: StringBounds): { valid: string[]; tricky: string[] } {
  const cacheKey = `${min}:${max}`;
  const cached = boundaryCache.get(cacheKey);
  if (cached !== undefined) return cached;
  const pairs = '😀'.repeat(Math.floor(max / 2));
  const valid = ['x'.repeat(max), pairs, ...(min === 0 ? [''] : ['y']), 'e\u0301 الحسكة'];
  const tricky = ['x'.repeat(max + 1), `${pairs}zz`, 'a\u0000b', '\ud800', 'x\udfff', '\udc00\ud800', ...(min === 1 ? [''] : [])];
  const strings = { valid, tricky };
  boundaryCache.set(cacheKey, strings);
  return strings;
}

/** A BoundedString field. */
export function text(bounds: StringBounds): fc.Arbitrary<unknown> {
  const { valid, tricky } = boundaryStrings(bounds);
  const free = fc
    .oneof(fc.string({ unit: 'grapheme', minLength: bounds.min, maxLength: 12 }), fc.string({ unit: 'binary', minLength: bounds.min, maxLength: 8 }))
    .filter((value) => value.length >= bounds.min && value.length <= bounds.max && isStorableText(value));
  return mostly(fc.oneof({ weight: 5, arbitrary: free }, { weight: 1, arbitrary: fc.constantFrom(...valid) }), tricky);
}

/** An IsIn field. */
export function oneOf(values: readonly unknown[]): fc.Arbitrary<unknown> {
  const first = values[0];
  return mostly(fc.constantFrom(...values), [String(first).toUpperCase(), ` ${String(first)}`, String(first), Number(first) || 7]);
}

const DATE_RANGE = { min: new Date('1969-12-30T00:00:00Z'), max: new Date('2023-06-01T00:00:00Z'), noInvalidDate: true };

/** IsIsoDateOrDateTime in each of its shapes; `timeRequired` drops the bare date. */
export function isoDate(timeRequired = false): fc.Arbitrary<unknown> {
  const shapes = [
    (d: Date) => d.toISOString(),
    (d: Date) => `${d.toISOString().slice(0, 16)}Z`,
    (d: Date) => `${d.toISOString().slice(0, 19)}.123456789+03:00`,
    (d: Date) => `${d.toISOString().slice(0, 19)}-14:00`,
    ...(timeRequired ? [] : [(d: Date) => d.toISOString().slice(0, 10)]),
  ];
  const valid = fc.tuple(fc.date(DATE_RANGE), fc.constantFrom(...shapes)).map(([date, shape]) => shape(date));
  const tricky = ['2022-02-29', '2024-02-29', '1900-02-29', '2022-13-01', '2022-01-20T10:00', '2022-01-20T24:00Z', '2022-01-20T10:60Z', '20220120', '2022-01-20T10:00+15:00', '2022-01-20 10:00Z', '+002022-01-20', '2022-01-20T10:00:00.1234567890Z', 2022];
  return mostly(valid, timeRequired ? [...tricky, '2022-01-20'] : tricky);
}

/** A CasualtyCount. */
export function count(): fc.Arbitrary<unknown> {
  return mostly(fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.constantFrom(0, 1_000_000)), [-1, 1_000_001, 0.5, -0, '3', Number.NaN, Number.POSITIVE_INFINITY]);
}

/** A coordinate within ±`limit` degrees. */
export function degrees(limit: number): fc.Arbitrary<unknown> {
  const valid = fc.oneof(fc.double({ min: -limit, max: limit, noNaN: true }), fc.constantFrom(-limit, limit, 0));
  return mostly(valid, [limit + 1e-9, -limit - 1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, String(limit)]);
}

export function bool(): fc.Arbitrary<unknown> {
  return mostly(fc.boolean(), ['true', 0, 1]);
}

/** An http(s) URL as IsHttpUrl reads it, or one it refuses. */
export function httpUrl(): fc.Arbitrary<unknown> {
  const valid = fc.oneof(fc.webUrl({ validSchemes: ['http', 'https'] }), fc.constantFrom('https://news.example.org/a?b=c#d', 'HTTP://X.ORG', `https://a.org/${'x'.repeat(1_986)}`));
  const tricky = ['ftp://x.org', 'http://', 'https://a b.org', 'javascript:alert(1)', 'http://x.org/\u0000', '//x.org', 'https://x.org/\u00a0', `https://a.org/${'x'.repeat(1_987)}`, 'file:///etc/passwd'];
  return mostly(valid, tricky);
}

/** A lowercase UUID (fc.uuid also yields versions and variants the contract refuses). */
export function uuid(): fc.Arbitrary<unknown> {
  return mostly(fc.oneof(fc.uuid({ version: [1, 4, 5, 7, 8] }), fc.uuid()), ['3F2504E0-4F89-41D3-9A0C-0305E82C3301', 'SYR123', '3f2504e0-4f89-01d3-9a0c-0305e82c3301']);
}

/** An array of `item`s, mostly short, sometimes exactly at or one past `max`, sometimes malformed. */
export function list(item: fc.Arbitrary<unknown>, max: number, minLength = 0): fc.Arbitrary<unknown> {
  const usual = fc.array(item, { minLength, maxLength: 3 });
  const edges = item.chain((one) => fc.constantFrom<unknown>(Array(max).fill(one), Array(max + 1).fill(one), [[one]], [one, null], [one, [one]]));
  return fc.oneof({ weight: VALID_WEIGHT, arbitrary: usual }, { weight: TRICKY_WEIGHT, arbitrary: edges });
}
