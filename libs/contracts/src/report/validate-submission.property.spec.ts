import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { exampleSubmission } from './example-submission';
import { validateSubmission } from './validate-submission';

const NOW = new Date('2022-01-22T00:00:00Z');
const anyJson = fc.jsonValue({ maxDepth: 6, stringUnit: 'binary' });

/** Every path of the example, containers and leaves: `assertion`, `sources.0.url`, … */
function pathsOf(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const children = Object.entries(value).flatMap(([key, child]) => pathsOf(child, [...prefix, key]));
  return prefix.length === 0 ? children : [prefix, ...children];
}

function replaced(path: string[], replacement: unknown): unknown {
  const submission: unknown = exampleSubmission();
  const parent = path.slice(0, -1).reduce((node, key) => (node as Record<string, unknown>)[key], submission) as Record<string, unknown>;
  parent[path[path.length - 1] as string] = replacement;
  return submission;
}

function dotted(path: string[]): string {
  return path.map((key) => (/^\d+$/.test(key) ? `[${key}]` : `.${key}`)).join('').replace(/^\./, '');
}

function expectWellFormed(input: unknown): void {
  const result = validateSubmission(input, NOW);
  if (result.ok) {
    expect(result.value).toEqual(input);
    return;
  }
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(issue.path.length).toBeGreaterThan(0);
    expect(issue.reason.length).toBeGreaterThan(0);
  }
}

describe('validateSubmission — properties', () => {
  it('never throws on arbitrary JSON, and answers ok or issues with non-empty paths', () => {
    fc.assert(fc.property(anyJson, expectWellFormed), { numRuns: 500 });
  });

  it('never throws when any field of a valid submission is replaced by arbitrary JSON', () => {
    const paths = pathsOf(exampleSubmission());
    fc.assert(fc.property(fc.constantFrom(...paths), anyJson, (path, value) => expectWellFormed(replaced(path, value))), { numRuns: 1000 });
  });

  it('reports a replaced field at it, inside it, or at a sibling it must agree with', () => {
    const paths = pathsOf(exampleSubmission()).filter((path) => !path.includes('op'));
    fc.assert(
      fc.property(fc.constantFrom(...paths), anyJson, (path, value) => {
        const result = validateSubmission(replaced(path, value), NOW);
        if (result.ok) return;
        const parent = dotted(path.slice(0, -1));
        const related = result.issues.filter((issue) => issue.path.startsWith(parent) || dotted(path).startsWith(issue.path));
        expect(related.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
