import { describe, expect, it } from '@jest/globals';
import { deriveReportId } from './derive-report-id';
import { exampleRecorded } from './example-recorded';
import { exampleSubmission } from './example-submission';
import { validateReportRecorded } from './validate-report-recorded';

function recordWith(changes: Record<string, unknown>): unknown {
  return { ...exampleRecorded(), ...changes };
}

function pathsOf(input: unknown): string[] {
  const result = validateReportRecorded(input);
  return result.ok ? [] : result.issues.map((issue) => issue.path);
}

describe('validateReportRecorded', () => {
  it('accepts the example record and returns a plain copy', () => {
    const record = exampleRecorded();
    const result = validateReportRecorded(record);
    expect(result).toEqual({ ok: true, value: record });
    expect(result.ok && result.value).not.toBe(record);
  });

  it.each([
    ['reportId not a UUID', { reportId: 'SYR123' }, 'reportId'],
    ['reportId upper-case', { reportId: deriveReportId('acled', 'x').toUpperCase() }, 'reportId'],
    ['schemaVersion 2', { schemaVersion: 2 }, 'schemaVersion'],
    ['receivedAt a date without time', { receivedAt: '2022-01-21' }, 'receivedAt'],
    ['receivedAt missing', { receivedAt: undefined }, 'receivedAt'],
    ['logKey empty', { logKey: '' }, 'logKey'],
    ['supersedesReportIds missing', { supersedesReportIds: undefined }, 'supersedesReportIds'],
    ['supersedesReportIds with a native id', { supersedesReportIds: ['SYR123'] }, 'supersedesReportIds'],
    ['an unknown field', { ingestNode: 'a' }, 'ingestNode'],
  ])('refuses %s at its path', (_name, changes, path) => {
    expect(pathsOf(recordWith(changes))).toEqual([path]);
  });

  it('still applies every submission rule', () => {
    const submission = exampleSubmission();
    const record = recordWith({ sources: [{ ...submission.sources[0], credibility: 9 }] });
    expect(pathsOf(record)).toEqual(['sources[0].credibility']);
  });

  it('judges future dates against its own receivedAt, so a replay years later agrees', () => {
    expect(pathsOf(recordWith({ receivedAt: '2022-01-18T00:00:00Z' }))).toEqual(['reportedAt', 'assertion.occurred.start']);
    expect(pathsOf(recordWith({ receivedAt: '2035-01-01T00:00:00Z' }))).toEqual([]);
  });
});
