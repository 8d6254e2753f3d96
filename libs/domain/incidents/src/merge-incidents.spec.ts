import { describe, expect, it } from '@jest/globals';
import type { Incident } from './incident.types';
import { mergeIncidents } from './merge-incidents';
import { given } from './testing/in-memory-incidents';
import { at, claim, TURKEY } from './testing/report-fixtures';

const strike = (code: string) => claim({ reportId: `r-${code}`, sourceSystem: 'airwars', nativeId: code, participants: [TURKEY] });
const { store } = given(strike('TS483'), strike('TS483a'), strike('TS483b'));
const incident = (id: string): Incident => {
  const found = store.get(id);
  if (found === undefined) throw new Error(`fixture ${id} missing`);
  return found;
};
const later = { receivedAt: '2022-03-01T00:00:00Z', position: at(10) };

describe('mergeIncidents', () => {
  const { changes } = mergeIncidents(incident('inc-r-TS483'), incident('inc-r-TS483a'), later);
  const [survivor, merged] = changes.map((change) => change.after);

  it('gives the survivor every report, each keeping its state, and bumps both versions', () => {
    expect(survivor).toMatchObject({ status: 'active', version: 2, lastUpdatedAt: '2022-03-01T00:00:00Z', position: at(10), view: { reportCount: 2 } });
    expect(survivor.reports.map((r) => [r.reportId, r.state])).toEqual([['r-TS483', 'current'], ['r-TS483a', 'current']]);
    expect(merged).toMatchObject({ status: 'merged', mergedInto: 'inc-r-TS483', version: 2 });
    expect(merged.reports).toEqual(incident('inc-r-TS483a').reports);
    expect(merged).not.toHaveProperty('mergedBy');
  });

  it('refuses, changing nothing, to merge an incident into itself, twice, or into a merged one', () => {
    expect(mergeIncidents(survivor, survivor, later).notices).toEqual([{ code: 'MERGE_REJECTED', reason: 'SAME_INCIDENT' }]);
    expect(mergeIncidents(survivor, merged, later)).toEqual({ changes: [], notices: [{ code: 'MERGE_REJECTED', reason: 'ALREADY_MERGED', mergedInto: 'inc-r-TS483' }] });
    expect(mergeIncidents(merged, incident('inc-r-TS483b'), later).notices).toEqual([{ code: 'MERGE_REJECTED', reason: 'TARGET_MERGED', mergedInto: 'inc-r-TS483' }]);
  });

  it('refuses a merge at or below a position either incident stored', () => {
    const stale = { receivedAt: later.receivedAt, position: at(2) };
    expect(mergeIncidents(incident('inc-r-TS483'), incident('inc-r-TS483b'), stale).notices).toEqual([{ code: 'STALE_POSITION', incidentId: 'inc-r-TS483b', stored: at(3) }]);
  });
});
