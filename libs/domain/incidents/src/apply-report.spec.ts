import { describe, expect, it } from '@jest/globals';
import { lookupsFor } from './incident-lookups';
import { given } from './testing/in-memory-incidents';
import { at, claim, ISIS, PRISON_POINT, retraction, SDF, TURKEY } from './testing/report-fixtures';

const first = claim({ reportId: 'r1', sourceSystem: 'acled', nativeId: 'SYR1', point: PRISON_POINT, fatalities: { best: 28 } });

describe('applyReport: replays change nothing', () => {
  it('ignores a record already attached, wherever it is replayed', () => {
    const { changes, notices } = given(first).when(first, at(50));
    expect(changes).toEqual([]);
    expect(notices).toEqual([{ code: 'ALREADY_APPLIED', reportId: 'r1', incidentId: 'inc-r1' }]);
  });

  it('ignores a record at or below the position an incident stored for that partition', () => {
    const other = claim({ reportId: 'r2', sourceSystem: 'liveuamap', point: PRISON_POINT });
    expect(given(first).when(other, at(1)).notices).toEqual([{ code: 'STALE_POSITION', incidentId: 'inc-r1', stored: at(1) }]);
    expect(given(first).when(other, at(1, 7)).changes).toHaveLength(1);
  });
});

describe('applyReport: placing an assert', () => {
  const on = (spec: Partial<Parameters<typeof claim>[0]>) => claim({ reportId: 'r2', sourceSystem: 'liveuamap', ...spec });

  it('joins by points within 2 km even when the place names differ', () => {
    expect(given(first).when(on({ placeName: 'Ghwayran', point: { lat: 36.49, lon: 40.77 } })).changes[0].before).not.toBeNull();
  });

  it('stays apart when neither district, name nor point matches', () => {
    expect(given(first).when(on({ placeName: 'Tal Tamr', point: { lat: 36.65, lon: 40.37 } })).changes[0].before).toBeNull();
  });

  it('stays apart in another governorate, on another day, or when the date is only known to the week', () => {
    expect(given(first).when(on({ canonicalAdmin1: 'Ar Raqqa' })).changes[0].before).toBeNull();
    expect(given(first).when(on({ day: '2022-01-21' })).changes[0].before).toBeNull();
    expect(given(first).when(on({ precision: 'week' })).changes[0].before).toBeNull();
  });

  it('matches unresolved actors by folded name', () => {
    const unresolved = on({ participants: [{ role: 'actor1', nameAsReported: 'islamic state (isis)' }] });
    expect(given(first).when(unresolved).changes[0].before?.incidentId).toBe('inc-r1');
  });

  it('refuses an assert without an assertion', () => {
    const { assertion: _dropped, ...bare } = on({});
    expect(given(first).when(bare).notices).toEqual([{ code: 'MISSING_ASSERTION', reportId: 'r2' }]);
  });
});

describe('applyReport: corrections', () => {
  it('places a supersede of unknown reports like an assert, and says so', () => {
    const orphan = claim({ reportId: 'r9', sourceSystem: 'acled', nativeId: 'SYR9', supersedes: ['r-never-seen'], participants: [TURKEY] });
    const { changes, notices } = given(first).when(orphan);
    expect(changes).toEqual([{ before: null, after: expect.objectContaining({ incidentId: 'inc-r9' }) }]);
    expect(notices).toEqual([{ code: 'UNRESOLVED_TARGETS', reportIds: ['r-never-seen'] }, { code: 'SUPERSEDE_APPLIED_AS_ASSERT', reportId: 'r9' }]);
  });

  it('keeps the incident when a correction moves it to another day, and notes the new merge key', () => {
    const moved = claim({ reportId: 'r2', sourceSystem: 'acled', nativeId: 'SYR1', supersedes: ['r1'], day: '2022-01-21' });
    const { changes, notices } = given(first).when(moved);
    expect(changes[0].after).toMatchObject({ incidentId: 'inc-r1', mergeKey: 'SYR|Al Hasakah|2022-01-21' });
    expect(notices).toEqual([{ code: 'MERGE_KEY_CHANGED', incidentId: 'inc-r1', from: 'SYR|Al Hasakah|2022-01-20', to: 'SYR|Al Hasakah|2022-01-21' }]);
  });

  it('gives a correction spanning incidents to the oldest, with both superseded reports; the other, left empty, is merged into it', () => {
    const second = claim({ reportId: 'r2', sourceSystem: 'acled', nativeId: 'SYR2', participants: [TURKEY], receivedAt: '2022-01-20T19:00:00Z' });
    const both = claim({ reportId: 'r3', sourceSystem: 'acled', nativeId: 'SYR1', supersedes: ['r1', 'r2'], participants: [ISIS, SDF, TURKEY] });
    const { changes, notices } = given(first, second).when(both);
    expect(changes.map((c) => [c.after.incidentId, c.after.status, c.after.mergedInto, c.after.view.reportCount])).toEqual([
      ['inc-r1', 'active', undefined, 1],
      ['inc-r2', 'merged', 'inc-r1', 0],
    ]);
    expect(changes[0].after.reports.map((r) => [r.reportId, r.state, r.supersededBy])).toEqual([['r1', 'superseded', 'r3'], ['r2', 'superseded', 'r3'], ['r3', 'current', undefined]]);
    expect(notices).toEqual([{ code: 'TARGETS_SPAN_INCIDENTS', incidentIds: ['inc-r1', 'inc-r2'], chosen: 'inc-r1' }]);
  });

  it('keeps an incident active while another report still stands after a retraction', () => {
    const second = claim({ reportId: 'r2', sourceSystem: 'liveuamap', point: PRISON_POINT, fatalities: { best: 40 } });
    const { changes } = given(first, second).when(retraction('r3', ['r1'], 'merged_duplicate'));
    expect(changes[0].after).toMatchObject({ status: 'active', view: { reportCount: 1, fatalities: { best: 40 } } });
  });

  it('makes a merged-duplicate retraction of the last report a plain retraction', () => {
    expect(given(first).when(retraction('r3', ['r1'], 'merged_duplicate')).changes[0].after.status).toBe('retracted');
  });

  it('changes nothing for a retraction of unknown reports, and says so', () => {
    expect(given(first).when(retraction('r3', ['r-x'], 'erroneous'))).toMatchObject({ changes: [], notices: [{ code: 'UNRESOLVED_TARGETS', reportIds: ['r-x'] }] });
  });
});

describe('lookupsFor', () => {
  it('asks for merge candidates of a claim, and for holders of the record and its targets', () => {
    expect(lookupsFor(claim({ reportId: 'r2', supersedes: ['r1'] }))).toEqual({ mergeKey: 'SYR|Al Hasakah|2022-01-20', reportIds: ['r2', 'r1'] });
    expect(lookupsFor(retraction('r3', ['r1'], 'erroneous'))).toEqual({ mergeKey: null, reportIds: ['r3', 'r1'] });
  });
});
