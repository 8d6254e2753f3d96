import { describe, expect, it } from '@jest/globals';
import { actorActivityDeltas } from './actor-activity-deltas';
import { mergeIncidents } from './merge-incidents';
import { activityOf, nonZero, sumActivity } from './testing/activity-table';
import { commit, given } from './testing/in-memory-incidents';
import { at, claim, PRISON_POINT, retraction, source, TURKEY } from './testing/report-fixtures';

const ACLED_PRISON = claim({
  reportId: 'r-acled',
  sourceSystem: 'acled',
  nativeId: 'SYR123456',
  placeName: "Al-Sina'a Prison",
  point: PRISON_POINT,
  fatalities: { best: 28 },
  sources: [source('SOHR', 'C3', 'https://syriahr.com/a')],
});
const LIVEUAMAP_PRISON = claim({
  reportId: 'r-lum',
  sourceSystem: 'liveuamap',
  nativeId: 'lum-9917',
  placeName: 'Ghwayran prison, Hasakah',
  point: { lat: 36.4801, lon: 40.7705 },
  participants: [{ role: 'actor1', nameAsReported: 'Islamic State (ISIS)', actorId: 'ucdp:234' }, { role: 'actor2', nameAsReported: 'Syrian Democratic Forces' }],
  fatalities: { best: 40, high: 50 },
  receivedAt: '2022-01-20T21:00:00Z',
  sources: [source('Rudaw', 'B2', 'https://rudaw.net/b')],
});

/** Airwars' same-day Turkish strikes around Kobani: four codes, four judgements. */
const kobaniStrike = (code: string, placeName: string, offsetMinutes: number) =>
  claim({
    reportId: `r-${code}`,
    sourceSystem: 'airwars',
    nativeId: code,
    day: '2022-01-08',
    canonicalAdmin1: 'Aleppo',
    admin2: 'Ain al Arab',
    placeName,
    participants: [TURKEY],
    eventType: 'Explosions/Remote violence',
    category: 'explosion_remote',
    receivedAt: `2022-01-08T12:${String(offsetMinutes).padStart(2, '0')}:00Z`,
  });
const KOBANI = [kobaniStrike('TS483', 'Kobani', 0), kobaniStrike('TS483a', 'Qara Mogh', 1), kobaniStrike('TS483b', 'Koltepe village', 2), kobaniStrike('TS483c', 'Kobani', 3)];

describe('the Hasakah prison attack, 20 January 2022', () => {
  it('merges two source systems reporting the same day, place and actors into one incident', () => {
    const { changes, incidents } = given(ACLED_PRISON).when(LIVEUAMAP_PRISON);

    expect(incidents()).toHaveLength(1);
    const [incident] = incidents();
    expect(changes).toHaveLength(1);
    expect(incident).toMatchObject({ incidentId: 'inc-r-acled', status: 'active', version: 2, firstReportedAt: '2022-01-20T18:00:00Z', lastUpdatedAt: '2022-01-20T21:00:00Z' });
    expect(incident.reports.map((r) => [r.reportId, r.sourceSystem, r.state])).toEqual([['r-acled', 'acled', 'current'], ['r-lum', 'liveuamap', 'current']]);
    expect(incident.view).toMatchObject({ reportCount: 2, sourceCount: 2, sourceSystems: ['acled', 'liveuamap'], bestSourceGrade: 'B2' });
    expect(incident.view.fatalities).toEqual({ best: 28, low: 28, high: 50 });
    expect(incident.view.actors.map((a) => a.key)).toEqual(['ucdp:234', 'ucdp:6288']);
  });

  it('keeps a same-day report with no actor in common as a separate incident', () => {
    const shelling = claim({ reportId: 'r-shelling', sourceSystem: 'liveuamap', participants: [TURKEY, { role: 'target', nameAsReported: 'Civilians (Syria)' }] });

    const { changes, incidents } = given(ACLED_PRISON).when(shelling);

    expect(changes).toEqual([{ before: null, after: expect.objectContaining({ incidentId: 'inc-r-shelling', version: 1 }) }]);
    expect(incidents()).toHaveLength(2);
  });

  it('keeps four same-day Airwars records with distinct codes as four incidents, yet lets another source join one', () => {
    const acledKobani = claim({ reportId: 'r-acled-kobani', sourceSystem: 'acled', nativeId: 'SYR9', day: '2022-01-08', canonicalAdmin1: 'Aleppo', admin2: 'Ain al-Arab', placeName: 'Kobani', participants: [TURKEY], receivedAt: '2022-01-09T00:00:00Z' });

    const { incidents } = given(...KOBANI).when(acledKobani);

    expect(incidents().map((i) => [i.incidentId, i.reports.length])).toEqual([['inc-r-TS483', 2], ['inc-r-TS483a', 1], ['inc-r-TS483b', 1], ['inc-r-TS483c', 1]]);
  });

  it('raises fatalities on a supersede and keeps both reports in the history', () => {
    const revised = claim({ ...ACLED_PRISON, reportId: 'r-acled-2', sourceSystem: 'acled', nativeId: 'SYR123456', supersedes: ['r-acled'], point: PRISON_POINT, fatalities: { best: 120 }, receivedAt: '2022-01-25T09:00:00Z' });

    const { changes, notices, incidents } = given(ACLED_PRISON).when(revised);

    const [incident] = incidents();
    expect(notices).toEqual([]);
    expect(incident.version).toBe(2);
    expect(incident.reports.map((r) => [r.reportId, r.state, r.supersededBy])).toEqual([['r-acled', 'superseded', 'r-acled-2'], ['r-acled-2', 'current', undefined]]);
    expect(incident.view.fatalities.best).toBe(120);
    expect(incident.view.reportCount).toBe(1);
    expect(actorActivityDeltas(changes[0].before, changes[0].after)).toEqual([
      { actorId: 'ucdp:234', day: '2022-01-20', admin1: 'Al Hasakah', eventType: 'Battles', incidents: 0, fatalities: 92 },
      { actorId: 'ucdp:6288', day: '2022-01-20', admin1: 'Al Hasakah', eventType: 'Battles', incidents: 0, fatalities: 92 },
    ]);
  });

  it('marks the incident retracted when its only report is withdrawn, and drops the activity counts', () => {
    const { changes, incidents } = given(ACLED_PRISON).when(retraction('r-del', ['r-acled'], 'deleted_upstream', '2022-02-01T00:00:00Z'));

    const [incident] = incidents();
    expect(incident).toMatchObject({ status: 'retracted', version: 2, lastUpdatedAt: '2022-02-01T00:00:00Z' });
    expect(incident.reports.map((r) => [r.reportId, r.op, r.state])).toEqual([['r-acled', 'assert', 'retracted'], ['r-del', 'retract', 'current']]);
    expect(incident.reports[0]).toMatchObject({ retractedBy: 'r-del', retractReason: 'deleted_upstream' });
    expect(incident.view).toMatchObject({ reportCount: 0, sourceCount: 0, location: { placeName: "Al-Sina'a Prison" } });
    expect(actorActivityDeltas(changes[0].before, changes[0].after).map((d) => [d.actorId, d.incidents, d.fatalities])).toEqual([['ucdp:234', -1, -28], ['ucdp:6288', -1, -28]]);
    expect(activityOf(incidents())).toEqual(new Map());
  });

  it("moves counts to the surviving incident on an analyst's explicit merge", () => {
    const history = given(...KOBANI);
    const [ts483, ts483a] = [history.store.get('inc-r-TS483'), history.store.get('inc-r-TS483a')];
    if (!ts483 || !ts483a) throw new Error('fixture incidents missing');
    const running = sumActivity(history.incidents().flatMap((i) => actorActivityDeltas(null, i)));

    const { changes, notices } = mergeIncidents(ts483, ts483a, { receivedAt: '2022-03-01T00:00:00Z', position: at(99) }, 'analyst:lina');
    commit(history.store, changes);
    sumActivity(changes.flatMap((c) => actorActivityDeltas(c.before, c.after)), running);

    expect(notices).toEqual([]);
    expect(history.store.get('inc-r-TS483a')).toMatchObject({ status: 'merged', mergedInto: 'inc-r-TS483', mergedBy: 'analyst:lina', version: 2 });
    expect(history.store.get('inc-r-TS483')?.reports.map((r) => r.nativeId)).toEqual(['TS483', 'TS483a']);
    expect(nonZero(running)).toEqual(new Map([['ucdp:115|2022-01-08|Aleppo|Explosions/Remote violence', '3/0']]));
    expect(nonZero(running)).toEqual(activityOf(history.incidents()));
  });
});
