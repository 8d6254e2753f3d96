import fc from 'fast-check';
import { FIELD_LIMITS, STRING_BOUNDS } from '../validation/field-limits';
import { MAX_LOG_KEY_LENGTH } from '../report/report-recorded.schema';
import { plainCopy } from '../validation/plain-copy';
import {
  CATEGORIES,
  CREDIBILITIES,
  GEO_PRECISIONS,
  PARTICIPANT_ROLES,
  RAW_FORMATS,
  RELIABILITIES,
  REPORT_OPS,
  RETRACT_REASONS,
  SOURCE_SCALES,
  SOURCE_SYSTEMS,
  TAXONOMIES,
  TIME_PRECISIONS,
  type ReportOp,
} from '../report/report.types';
import { bool, count, degrees, httpUrl, isoDate, jsonRecord, list, mostly, oneOf, text, uuid } from './leaf.arbitraries';

/**
 * Whole submissions and log records for the fast-path property specs, shaped like the schema
 * classes (optional fields left out at random, the op rules mostly kept, the numeric orders mostly
 * kept) so that a good share of them is valid, each field now and then across a boundary.
 */
const { id, name, text: freeText, requiredText, rawBody } = STRING_BOUNDS;

const point = jsonRecord({ lat: degrees(90), lon: degrees(180) });
const country = jsonRecord({ iso3: mostly(fc.constantFrom('SYR', 'IRQ', 'TUR'), ['syr', 'SY', 'SYRI', 'SY1', 'ÀBC']), name: text(name) }, ['iso3']);

const place = jsonRecord(
  {
    placeName: text(name),
    description: text(freeText),
    point,
    admin1: text(name),
    canonicalAdmin1: text(name),
    admin2: text(name),
    admin3: text(name),
    country,
    precision: oneOf(GEO_PRECISIONS),
  },
  ['country', 'precision'],
);

/** `end` mostly equals `start` or is drawn independently (then before it about half the time). */
const occurred = isoDate().chain((start) =>
  jsonRecord(
    { start: fc.constant(start), end: fc.oneof(fc.constant(start), isoDate()), precision: oneOf(TIME_PRECISIONS), timeOfDay: text(name) },
    ['start', 'precision'],
  ),
);

const classification = jsonRecord(
  { taxonomy: oneOf(TAXONOMIES), eventType: text(name), subEventType: text(name), category: oneOf(CATEGORIES), tags: list(text(name), FIELD_LIMITS.tags) },
  ['taxonomy', 'category'],
);

const participant = jsonRecord({ role: oneOf(PARTICIPANT_ROLES), nameAsReported: text(name), actorId: text(id) }, ['role', 'nameAsReported']);

/** Counts sorted into low ≤ best ≤ high most of the time, drawn unsorted otherwise. */
const fatalities = fc
  .tuple(count(), count(), count(), fc.integer({ min: 0, max: 9 }))
  .map(([a, b, c, shuffle]) => (shuffle === 0 ? [a, b, c] : [a, b, c].sort((x, y) => Number(x) - Number(y))))
  .chain(([low, best, high]) => jsonRecord({ low: fc.constant(low), best: fc.constant(best), high: fc.constant(high) }, []));

const injuries = fc
  .tuple(count(), count(), fc.boolean())
  .chain(([a, b, sorted]) => {
    const [min, max] = sorted ? [a, b].sort((x, y) => Number(x) - Number(y)) : [a, b];
    return jsonRecord({ min: fc.constant(min), max: fc.constant(max) }, []);
  });

export const assertionArb = jsonRecord(
  {
    occurred,
    location: place,
    classification,
    participants: list(participant, FIELD_LIMITS.participants),
    fatalities,
    injuries,
    civilianTargeting: bool(),
    assessment: text(name),
    notes: jsonRecord({ text: text(freeText), lang: text(id) }, ['text']),
  },
  ['occurred', 'location', 'classification', 'participants'],
);

const source = jsonRecord(
  {
    name: text(name),
    publisher: text(name),
    url: httpUrl(),
    archiveUrl: httpUrl(),
    platform: text(id),
    publishedAt: isoDate(),
    language: text(id),
    scale: oneOf(SOURCE_SCALES),
    reliability: oneOf(RELIABILITIES),
    credibility: oneOf(CREDIBILITIES),
  },
  ['name', 'reliability', 'credibility'],
);

const license = jsonRecord({ spdx: text(id), attribution: text(requiredText), redistributable: bool() }, ['attribution', 'redistributable']);
const raw = jsonRecord({ format: oneOf(RAW_FORMATS), body: text(rawBody) });

/** The op's PresenceByOp rules, kept by construction; `op` itself is sometimes swapped afterwards. */
function submissionFor(op: ReportOp): fc.Arbitrary<Record<string, unknown>> {
  const correcting = op !== 'assert';
  const model: Record<string, fc.Arbitrary<unknown>> = {
    op: oneOf([op]),
    sourceSystem: oneOf(SOURCE_SYSTEMS),
    sourceDatasetVersion: text(id),
    nativeId: text(id),
    nativeRevision: text(id),
    reportedAt: isoDate(),
    license,
    sources: list(source, FIELD_LIMITS.sources),
    supersedes: list(text(id), FIELD_LIMITS.supersedes, correcting ? 1 : 0),
    raw,
    ...(op === 'retract' ? { retractReason: oneOf(RETRACT_REASONS) } : { assertion: assertionArb }),
  };
  const required = ['op', 'sourceSystem', 'nativeId', 'reportedAt', 'license', 'sources', ...(correcting ? ['supersedes'] : []), ...(op === 'retract' ? ['retractReason'] : ['assertion'])];
  return jsonRecord(model, required);
}

export const submissionArb: fc.Arbitrary<Record<string, unknown>> = fc.constantFrom(...REPORT_OPS).chain(submissionFor);

const LOG_KEY = { min: 1, max: MAX_LOG_KEY_LENGTH };

/** A log record: a submission plus ingest's fields, `receivedAt` near the submission's dates. */
export const recordedArb: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    submissionArb,
    jsonRecord({
      reportId: uuid(),
      schemaVersion: mostly(fc.constant(1), [2, '1', 1.5]),
      receivedAt: isoDate(true),
      logKey: text(LOG_KEY),
      supersedesReportIds: list(uuid(), FIELD_LIMITS.supersedes),
    }),
  )
  .map(([submission, decided]) => ({ ...submission, ...decided }));

/** Every path to a field, container or leaf: `['assertion', 'occurred', 'start']`, `['sources', '0']`. */
export function pathsOf(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const children = Object.entries(value).flatMap(([key, child]) => pathsOf(child, [...prefix, key]));
  return prefix.length === 0 ? children : [prefix, ...children];
}

const REPLACEMENTS: unknown[] = [null, '', 'x'.repeat(201), -1, 1.5, 1_000_001, [], {}, true, 'assert', '2022-13-01', [[{}]], [null], { extra: 1 }, 'SYR'];

/**
 * Up to three edits at random paths: replace the value (with a tricky one, or `arbitrary` when
 * given), delete the key, or add an unknown key beside it. A deep copy is edited, never the input.
 */
export function mutated(base: fc.Arbitrary<Record<string, unknown>>, arbitrary: fc.Arbitrary<unknown> = fc.constantFrom(...REPLACEMENTS)): fc.Arbitrary<unknown> {
  const edit = fc.tuple(fc.nat(), fc.constantFrom('replace', 'delete', 'add'), arbitrary);
  return fc.tuple(base, fc.array(edit, { minLength: 1, maxLength: 3 })).map(([value, edits]) => {
    // plainCopy, not structuredClone: under Jest the latter builds objects of another realm.
    const copy = plainCopy(value);
    for (const [index, kind, shared] of edits) {
      // A fresh copy per edit: the constants are shared, and adding `{}` under the very `{}` an
      // earlier edit put there would make a cycle (CI hit one: pathsOf overflowed the stack).
      const replacement = plainCopy(shared);
      const paths = pathsOf(copy);
      const path = paths[index % paths.length] ?? [];
      const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], copy) as Record<string, unknown>;
      const key = path[path.length - 1];
      if (key === undefined || typeof parent !== 'object' || parent === null) continue;
      if (kind === 'replace') parent[key] = replacement;
      // Arrays are spliced, not holed: JSON has no sparse arrays.
      else if (kind === 'delete' && Array.isArray(parent)) parent.splice(Number(key), 1);
      else if (kind === 'delete') delete parent[key];
      else if (!Array.isArray(parent)) parent['unexpected'] = replacement;
    }
    return copy;
  });
}
