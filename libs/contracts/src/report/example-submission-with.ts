import { exampleSubmission } from './example-submission';

/**
 * The example submission with fields changed by path (`sources[0].url`, `assertion.fatalities`);
 * `undefined` deletes the field. Returns `unknown`: the result is meant to break the contract.
 */
export function exampleSubmissionWith(changes: Record<string, unknown>): unknown {
  const submission: unknown = exampleSubmission();
  for (const [path, value] of Object.entries(changes)) setAt(submission, path, value);
  return submission;
}

export function setAt(target: unknown, path: string, value: unknown): void {
  const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  const last = keys.pop() as string;
  const parent = keys.reduce((node, key) => (node as Record<string, unknown>)[key], target) as Record<string, unknown>;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
}
