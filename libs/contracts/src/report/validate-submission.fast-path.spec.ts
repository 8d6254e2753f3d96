import { describe, expect, it } from '@jest/globals';
import { instanceToPlain, plainToInstance } from 'class-transformer';
import fc from 'fast-check';
import { mutated, recordedArb, submissionArb } from '../testing/report.arbitraries';
import { validateAgainstSchema } from '../validation/validate-against-schema';
import { exampleRecorded } from './example-recorded';
import { exampleSubmission } from './example-submission';
import { exampleSubmissionWith } from './example-submission-with';
import { passesRecordedFastCheck, passesSubmissionFastCheck } from './fast-submission-check';
import { ReportRecordedSchema } from './report-recorded.schema';
import { ReportSubmissionSchema } from './report-submission.schema';
import { validateReportRecorded, validateReportRecordedFully } from './validate-report-recorded';
import { validateSubmission, validateSubmissionFully } from './validate-submission';

const NOW = new Date('2022-01-22T00:00:00Z');
const anyJson = fc.jsonValue({ maxDepth: 4, stringUnit: 'binary' });
const RUNS = { numRuns: 1000 };

interface Contract {
  name: string;
  schema: new () => object;
  fast: (input: unknown) => boolean;
  validate: (input: unknown) => unknown;
  validateFully: (input: unknown) => unknown;
  arbitrary: fc.Arbitrary<Record<string, unknown>>;
  example: () => unknown;
}

const CONTRACTS: Contract[] = [
  {
    name: 'ReportSubmission',
    schema: ReportSubmissionSchema,
    fast: passesSubmissionFastCheck,
    validate: (input) => validateSubmission(input, NOW),
    validateFully: (input) => validateSubmissionFully(input, NOW),
    arbitrary: submissionArb,
    example: exampleSubmission,
  },
  {
    name: 'ReportRecorded',
    schema: ReportRecordedSchema,
    fast: passesRecordedFastCheck,
    validate: validateReportRecorded,
    validateFully: validateReportRecordedFully,
    arbitrary: recordedArb,
    example: exampleRecorded,
  },
];

describe.each(CONTRACTS)('$name — fast path vs class-validator', (contract) => {
  const classValidatorAccepts = (input: unknown) => validateAgainstSchema(contract.schema, input).length === 0;

  /** What every property below checks besides its own claim: the two paths answer identically. */
  function expectSameAnswer(input: unknown): void {
    expect(contract.validate(input)).toStrictEqual(contract.validateFully(input));
  }

  it('takes the fast path for the example', () => {
    expect(contract.fast(contract.example())).toBe(true);
  });

  it('accepts exactly what class-validator accepts on contract-shaped input, valid or one edit off', () => {
    let accepted = 0;
    let refused = 0;
    const input = fc.oneof(contract.arbitrary, mutated(contract.arbitrary));
    fc.assert(
      fc.property(input, (value) => {
        const fast = contract.fast(value);
        expect(fast).toBe(classValidatorAccepts(value));
        expectSameAnswer(value);
        if (fast) accepted++;
        else refused++;
      }),
      RUNS,
    );
    // Both sides of the equivalence were exercised, not just one.
    expect(accepted).toBeGreaterThan(RUNS.numRuns / 10);
    expect(refused).toBeGreaterThan(RUNS.numRuns / 10);
  });

  it('never accepts what class-validator refuses when fields are replaced by arbitrary JSON', () => {
    fc.assert(
      fc.property(mutated(contract.arbitrary, anyJson), (value) => {
        if (contract.fast(value)) expect(classValidatorAccepts(value)).toBe(true);
        expectSameAnswer(value);
      }),
      RUNS,
    );
  });

  it('never accepts what class-validator refuses on arbitrary JSON', () => {
    fc.assert(
      fc.property(anyJson, (value) => {
        if (contract.fast(value)) expect(classValidatorAccepts(value)).toBe(true);
        expectSameAnswer(value);
      }),
      { numRuns: 300 },
    );
  });

  it('returns what class-transformer would: the schema transforms nothing (no defaults, trims or dates)', () => {
    fc.assert(
      fc.property(contract.arbitrary, (value) => {
        fc.pre(contract.fast(value));
        expect(instanceToPlain(plainToInstance(contract.schema, value))).toEqual(value);
        const result = contract.validate(value) as { ok: boolean; value?: unknown };
        // Refused only for a future date, which both paths judge after the schema.
        if (result.ok) expect(result.value).toStrictEqual(value);
      }),
      { numRuns: 300 },
    );
  });
});

/** `[item, <hole>, item]`: JSON cannot say it, code can. */
function sparse(item: unknown): unknown[] {
  const items = [item, item, item];
  delete items[1];
  return items;
}

describe('fast path — the shapes it leaves to class-validator', () => {
  it.each([
    ['a key class-transformer skips because the schema instance has it as a method', { 'assertion.fatalities': { toString: 1 } }],
    ['a key present with the value undefined', { 'assertion.notes': { text: 'x', lang: undefined } }],
    ['an object without a prototype (fast-check makes them; JSON.parse does not)', { license: Object.assign(Object.create(null), { attribution: 'a', redistributable: true }) }],
    ['a sparse array', { sources: sparse(exampleSubmission().sources[0]) }],
  ])('%s goes the slow way and gets class-validator\'s answer', (_name, changes) => {
    const input = exampleSubmissionWith(changes);
    expect(passesSubmissionFastCheck(input)).toBe(false);
    expect(validateSubmission(input, NOW)).toStrictEqual(validateSubmissionFully(input, NOW));
  });

  it('refuses a nested key named like an Object.prototype member (it would pass a whitelist as a known field and be stored)', () => {
    expect(validateSubmission(exampleSubmissionWith({ 'assertion.fatalities': { toString: 1 } }), NOW)).toEqual({ ok: false, issues: [{ path: 'assertion.fatalities.toString', reason: 'key "toString" is not allowed' }] });
  });

  it('judges future dates after the fast check, with the slow path\'s wording', () => {
    const input = exampleSubmissionWith({ reportedAt: '2022-02-01' });
    expect(passesSubmissionFastCheck(input)).toBe(true);
    expect(validateSubmission(input, NOW)).toEqual({ ok: false, issues: [{ path: 'reportedAt', reason: 'reportedAt must not be more than 1 day after 2022-01-22T00:00:00.000Z' }] });
  });
});
