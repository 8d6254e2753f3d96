import { describe, expect, it } from '@jest/globals';
import { summarizeWarnings } from './warning-summary';

const line = (level: number, time: number, msg: string, error?: string) => JSON.stringify({ level, time, msg, ...(error ? { error } : {}) });
const T = Date.UTC(2022, 0, 20, 19, 45, 0);

describe('a fleet’s warnings, summarised per member', () => {
  it('groups each member’s repeated messages with their count, first and last time, in order of first appearance', () => {
    const text = [
      line(30, T, 'Sitrep is up'),
      line(50, T + 1_000, 'kafkajs Connection: Response GroupCoordinator', 'not available'),
      'not json',
      line(40, T + 2_000, 'Handling sitrep.reports.v1[3] failed'),
      line(50, T + 3_500, 'kafkajs Connection: Response GroupCoordinator', 'not available'),
    ].join('\n');
    expect(summarizeWarnings([{ member: '002-processor-1', text }])).toBe(
      [
        '  002-processor-1: 1 warnings, 2 errors',
        '    2× error 19:45:01.000–19:45:03.500 kafkajs Connection: Response GroupCoordinator (not available)',
        '    1× warn 19:45:02.000 Handling sitrep.reports.v1[3] failed',
      ].join('\n'),
    );
  });

  it('leaves out quiet members and says so when nobody warned', () => {
    const quiet = { member: '001-ingest-1', text: line(30, T, 'request completed') };
    expect(summarizeWarnings([quiet])).toBe('no warnings');
    const loud = { member: '003-processor-2', text: line(40, T, 'revoked') };
    expect(summarizeWarnings([quiet, loud]).split('\n')[0]).toBe('  003-processor-2: 1 warnings, 0 errors');
  });

  it('shows a bounded number of distinct messages and counts the rest', () => {
    const text = Array.from({ length: 5 }, (_, i) => line(40, T + i, `warning ${i}`)).join('\n');
    const summary = summarizeWarnings([{ member: 'm', text }], 2).split('\n');
    expect(summary).toHaveLength(4);
    expect(summary[3]).toBe('    … and 3 more distinct messages');
  });
});
