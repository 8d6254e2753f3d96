import * as contracts from '@sitrep/contracts';

type Validate = (input: unknown, now: Date) => { ok: true } | { ok: false; issues: { path: string; reason: string }[] };

/** A clock late enough that no 2022 record trips the validator's "in the future" rule. */
const VALIDATION_NOW = new Date('2030-01-01T00:00:00Z');

/**
 * For specs: the contract validator's issues with a submission (`[]` when valid), or null while
 * `validateSubmission` is not yet exported by @sitrep/contracts (it was being written alongside
 * this library, so specs look it up instead of importing it by name).
 */
export function contractIssues(submission: unknown): string[] | null {
  const validate = (contracts as unknown as Record<string, unknown>)['validateSubmission'] as Validate | undefined;
  if (typeof validate !== 'function') return null;
  const result = validate(submission, VALIDATION_NOW);
  return result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.reason}`);
}
