import { describe, expect, it } from '@jest/globals';
import { pickAsOf, toVersionRow } from './incident-version-row';
import { given } from './testing/in-memory-incidents';
import { claim, PRISON_POINT } from './testing/report-fixtures';

describe('what did we know, and when', () => {
  const first = claim({ reportId: 'r1', sourceSystem: 'acled', nativeId: 'SYR1', point: PRISON_POINT, fatalities: { best: 28 }, receivedAt: '2022-01-20T18:00:00Z' });
  const revised = claim({ reportId: 'r2', sourceSystem: 'acled', nativeId: 'SYR1', supersedes: ['r1'], point: PRISON_POINT, fatalities: { best: 121 }, receivedAt: '2022-01-25T09:30:00Z' });
  const opened = given().when(first);
  const corrected = given(first).when(revised);
  const rows = [...opened.changes, ...corrected.changes].map(toVersionRow);

  it('writes one row per version, valid from the receivedAt of the record that produced it', () => {
    expect(rows.map(({ incidentId, version, validFrom }) => ({ incidentId, version, validFrom }))).toEqual([
      { incidentId: 'inc-r1', version: 1, validFrom: '2022-01-20T18:00:00Z' },
      { incidentId: 'inc-r1', version: 2, validFrom: '2022-01-25T09:30:00Z' },
    ]);
  });

  it('on 21 January showed the first count of the prison attack', () => {
    expect(pickAsOf(rows, '2022-01-21')?.snapshot.view.fatalities.best).toBe(28);
  });

  it('on 26 January showed the count revised upward', () => {
    expect(pickAsOf(rows, '2022-01-26')?.snapshot.view.fatalities.best).toBe(121);
  });

  it('on 19 January knew nothing', () => {
    expect(pickAsOf(rows, '2022-01-19')).toBeNull();
  });

  it('reads a bare date as the whole UTC day and an instant as that instant', () => {
    expect(pickAsOf(rows, '2022-01-25')?.version).toBe(2);
    expect(pickAsOf(rows, '2022-01-25T09:29:59Z')?.version).toBe(1);
    expect(pickAsOf(rows, '2022-01-25T11:30:00+02:00')?.version).toBe(2);
  });

  it('answers null for a time that is not a date', () => {
    expect(pickAsOf(rows, 'last tuesday')).toBeNull();
  });
});
