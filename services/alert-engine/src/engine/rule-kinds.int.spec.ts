import { afterEach, beforeEach, expect, it } from '@jest/globals';
import type { ReportLog } from '@sitrep/contracts';
import { AIN_ISSA, clashReport, createScratchDatabase, hasakahRuleBody, prisonAttackReport, SCENARIO_ACTORS, shellingReport, type ScratchDatabase } from '@sitrep/db';
import { describeWithPostgres, testDatabaseUrl } from '@sitrep/testing';
import { ensureAlertTopics, openTestLog, startAlertEngineHarness, testAlertSettings, type AlertEngineHarness } from '../testing/alert-engine.harness';
import { EngineFixture } from '../testing/engine-fixture';

const day = (d: number, hour = 12) => `2022-01-${String(d).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;
const clash = (n: string, at: string, admin1 = 'Deir ez-Zor', actors = [SCENARIO_ACTORS.ISIS, SCENARIO_ACTORS.SDF]) =>
  clashReport({ nativeId: n, at, receivedAt: new Date(Date.parse(at) + 3_600_000).toISOString(), place: { admin1, placeName: `place ${n}` }, actors });

describeWithPostgres('each rule kind, through the projection store and the engine (PostgreSQL, embedded log)', () => {
  let db: ScratchDatabase;
  let log: ReportLog;
  let engine: AlertEngineHarness;
  let fixture: EngineFixture;

  beforeEach(async () => {
    db = await createScratchDatabase(testDatabaseUrl());
    log = openTestLog('embedded', [], db.dataSource, 'kinds-test');
    const settings = testAlertSettings('kinds');
    await ensureAlertTopics(log, settings);
    engine = await startAlertEngineHarness({ log: 'embedded', brokers: [], db, settings });
    fixture = new EngineFixture(db);
  });
  afterEach(async () => {
    await engine.close();
    await log.close();
    await db.drop();
  });

  it('match: fires for each attack on a detention facility in Hasakah, not for a clash elsewhere', async () => {
    await fixture.createRule(engine.baseUrl, { id: 'prison-attacks', name: 'Attacks on detention facilities in Hasakah', severity: 'critical', kind: 'match', filter: { all: [{ field: 'admin1', op: 'eq', value: 'Hasakah' }, { field: 'tags', op: 'contains', value: 'prison' }] } });
    await fixture.feed([clash('elsewhere', day(20)), prisonAttackReport(), clash('hasakah-clash', day(20, 15), 'Al Hasakah')]);
    await fixture.settled();
    expect(await fixture.events()).toEqual(['firing sent prison-attacks']);
    expect((await fixture.notifications()).map((n) => n.type)).toEqual(['alert.firing']);
  });

  it('threshold: more than 2 ISIS incidents in one governorate within 24 h fires once (a 4th updates it); spread over days it does not', async () => {
    await fixture.createRule(engine.baseUrl, { id: 'isis-surge', name: 'ISIS surge', severity: 'warning', kind: 'threshold', groupBy: ['admin1'], windowHours: 24, threshold: { op: 'gt', value: 2 }, filter: { field: 'actor', op: 'eq', value: 'ISIS' } });
    await fixture.feed([clash('a1', day(1)), clash('a2', day(3)), clash('a3', day(5)), clash('r1', day(10), 'Ar Raqqah'), clash('r2', day(10, 16), 'Ar Raqqah')]);
    await fixture.settled();
    expect(await fixture.events()).toEqual([]);
    await fixture.feed([clash('r3', day(10, 20), 'Ar Raqqah'), clash('r4', day(10, 22), 'Ar Raqqah')]);
    await fixture.settled();
    expect(await fixture.events()).toEqual(['firing sent isis-surge', 'evidence_updated sent isis-surge']);
    const [notification, update] = await fixture.notifications();
    expect(notification.payload.alert).toMatchObject({ groupKey: 'admin1=Ar Raqqah', state: 'firing', rule: { id: 'isis-surge', severity: 'warning' } });
    expect((notification.payload.incidents as unknown[]).length).toBe(3);
    expect([update.type, (update.payload.incidents as unknown[]).length]).toEqual(['alert.updated', 4]);
  });

  it('sequence: the Hasakah pattern fires one alert naming both incidents; Ain Issa does not', async () => {
    await fixture.createRule(engine.baseUrl, hasakahRuleBody());
    await fixture.feed([prisonAttackReport(), shellingReport({ nativeId: 'ain-issa', place: AIN_ISSA })]);
    await fixture.settled();
    expect(await fixture.events()).toEqual([]);
    const telTamr = shellingReport({ nativeId: 'tell-tamr' });
    await fixture.feed([telTamr]);
    await fixture.settled();
    const [notification] = await fixture.notifications();
    expect(await fixture.events()).toEqual(['firing sent isis-prison-then-turkish-shelling']);
    expect((notification.payload.alert as { incidentIds: string[] }).incidentIds).toEqual([`inc-${prisonAttackReport().reportId}`, `inc-${telTamr.reportId}`]);
  });

  it('new_term: a rule made after history calls only the actor new to the governorate new (warm-up, no cold start)', async () => {
    await fixture.feed([clash('h1', day(1)), clash('h2', day(2)), clash('h3', day(3))]);
    await fixture.settled();
    await fixture.createRule(engine.baseUrl, { id: 'new-actor', name: 'Actor new to a governorate', severity: 'info', kind: 'new_term', groupBy: ['admin1'], termField: 'actor', lookbackDays: 30, filter: { all: [] } });
    await fixture.feed([clash('same', day(4)), clash('turkey', day(5), 'Deir ez-Zor', [SCENARIO_ACTORS.TURKEY, SCENARIO_ACTORS.SDF])]);
    await fixture.settled();
    expect(await fixture.events()).toEqual(['firing sent new-actor']);
    expect((await fixture.notifications())[0].payload.alert).toMatchObject({ groupKey: 'admin1=Deir ez-Zor|actor=ucdp:115' });
  });

  it('spike: one a day for a week is quiet, then the third of a burst fires (the fourth updates it)', async () => {
    await fixture.feed([1, 2, 3, 4, 5, 6, 7].map((d) => clash(`base-${d}`, day(d))));
    await fixture.settled();
    await fixture.createRule(engine.baseUrl, { id: 'isis-spike', name: 'ISIS activity spike', severity: 'warning', kind: 'spike', groupBy: ['admin1'], windowHours: 24, baselineDays: 7, factor: 3, minCount: 3, filter: { field: 'actor', op: 'eq', value: 'ISIS' } });
    await fixture.feed([clash('steady', day(8))]);
    await fixture.settled();
    expect(await fixture.events()).toEqual([]);
    await fixture.feed([clash('burst-1', day(9, 2)), clash('burst-2', day(9, 6)), clash('burst-3', day(9, 10)), clash('burst-4', day(9, 14))]);
    await fixture.settled();
    expect(await fixture.events()).toEqual(['firing sent isis-spike', 'evidence_updated sent isis-spike']);
  });
});
