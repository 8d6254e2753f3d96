import { afterEach, beforeEach, expect, it } from '@jest/globals';
import type { ReportRecorded } from '@sitrep/contracts';
import { describeWithPostgres, testDatabaseUrl } from '@sitrep/testing';
import { createScratchDatabase, type ScratchDatabase } from '../testing/scratch-database';
import { assertedReport, correctingReport, retractingReport } from '../testing/report-records';
import { IncidentProjectionStore } from './incident-projection.store';
import type { ProjectionBatch, ProjectionRecord } from './projection-batch';
import { ProjectionFencedError, ReadModelSwitchedError } from './projection-errors';
import { ReadModelCatalog } from './read-model-catalog.store';
import { readModelChecksums } from './read-model-checksum';

const TOPIC = 'sitrep.reports.v1';
const batchOf = (records: ReportRecorded[], from = 0, partition = 0): ProjectionBatch => ({
  topic: TOPIC,
  partition,
  records: records.map((record, i): ProjectionRecord => ({ offset: String(from + i), record })),
});

const prison = assertedReport({ nativeId: 'prison', fatalities: { best: 28 } });
const secondSource = assertedReport({ nativeId: 'prison', sourceSystem: 'acled', receivedAt: '2022-01-20T20:00:00.000Z', fatalities: { best: 30 } });
const market = assertedReport({ nativeId: 'market', placeName: 'market', actors: ['Turkish Armed Forces', 'YPG'], fatalities: { best: 2 } });
const revised = correctingReport(prison, { receivedAt: '2022-01-25T09:00:00.000Z', fatalities: { best: 40 } });
const marketWithdrawn = retractingReport([market], { nativeId: 'market-withdrawn', receivedAt: '2022-01-26T09:00:00.000Z' });
const history = [prison, secondSource, market, revised, marketWithdrawn];

describeWithPostgres('IncidentProjectionStore over PostgreSQL', () => {
  let db: ScratchDatabase;
  let store: IncidentProjectionStore;
  const rows = <T>(sql: string, params: unknown[] = []): Promise<T[]> => db.dataSource.query(sql, params);

  beforeEach(async () => {
    db = await createScratchDatabase(testDatabaseUrl());
    store = new IncidentProjectionStore(db.dataSource);
  });
  afterEach(() => db.drop());

  it('applying the same batch twice leaves every table row-identical to applying it once', async () => {
    const first = await store.applyBatch('rm_1', batchOf(history));
    const once = await readModelChecksums(db.dataSource, 'rm_1');
    const again = await store.applyBatch('rm_1', batchOf(history));
    expect(await readModelChecksums(db.dataSource, 'rm_1')).toEqual(once);
    expect([first.applied, first.skipped, first.nextOffset]).toEqual([5, 0, '5']);
    expect([again.applied, again.skipped, again.changes]).toEqual([0, 5, []]);
    expect(once.incident.rows).toBe(2);
    expect(once.incident_version.rows).toBe(5);
  });

  it('gives the same rows however the log is cut into batches, redelivered overlaps included', async () => {
    const { schema } = await new ReadModelCatalog(db.dataSource).startBuild();
    await store.applyBatch('rm_1', batchOf(history));
    await store.applyBatch(schema, batchOf(history.slice(0, 2)));
    await store.applyBatch(schema, batchOf(history.slice(1, 4), 1));
    await store.applyBatch(schema, batchOf(history.slice(3), 3));
    expect(await readModelChecksums(db.dataSource, schema)).toEqual(await readModelChecksums(db.dataSource, 'rm_1'));
  });

  it('moves incidents and actor counts through supersede and retract, deleting rows that reach zero', async () => {
    await store.applyBatch('rm_1', batchOf(history.slice(0, 3)));
    const prisonId = `inc-${prison.reportId}`;
    expect(await rows(`SELECT incident_id, version, report_count, fatalities_best FROM rm_1.incident ORDER BY first_reported_at`)).toEqual([
      { incident_id: prisonId, version: 2, report_count: 2, fatalities_best: 28 },
      { incident_id: `inc-${market.reportId}`, version: 1, report_count: 1, fatalities_best: 2 },
    ]);
    const result = await store.applyBatch('rm_1', batchOf(history.slice(3), 3));
    expect(result.changes.map((c) => [c.after.incidentId, c.before?.status, c.after.status])).toEqual([
      [prisonId, 'active', 'active'],
      [`inc-${market.reportId}`, 'active', 'retracted'],
    ]);
    expect(await rows(`SELECT status, fatalities_best, report_count FROM rm_1.incident ORDER BY first_reported_at`)).toEqual([
      { status: 'active', fatalities_best: 30, report_count: 2 },
      { status: 'retracted', fatalities_best: 2, report_count: 0 },
    ]);
    expect(await rows(`SELECT actor_key, incidents, fatalities FROM rm_1.actor_activity_daily ORDER BY actor_key`)).toEqual([
      { actor_key: 'name:islamic state syria', incidents: 1, fatalities: 30 },
      { actor_key: 'name:sdf syrian democratic forces', incidents: 1, fatalities: 30 },
    ]);
    expect(await rows(`SELECT actor_a, actor_b, incidents FROM rm_1.actor_interaction_daily`)).toEqual([
      { actor_a: 'name:islamic state syria', actor_b: 'name:sdf syrian democratic forces', incidents: 1 },
    ]);
    expect(await rows(`SELECT count(*)::int AS n FROM rm_1.incident_report`)).toEqual([{ n: 5 }]);
  });

  it('merges an incident into another when one supersede spans both, and counts it once', async () => {
    const north = assertedReport({ nativeId: 'north-gate', placeName: 'north gate', actors: ['ISIS', 'SDF'], fatalities: { best: 5 } });
    const south = assertedReport({ nativeId: 'south-gate', receivedAt: '2022-01-20T18:30:00.000Z', placeName: 'south gate', actors: ['ISIS', 'SDF'], fatalities: { best: 7 } });
    const oneAttack = { ...correctingReport(north, { receivedAt: '2022-01-22T00:00:00.000Z', placeName: 'prison gates', fatalities: { best: 12 } }), supersedesReportIds: [north.reportId, south.reportId] };
    await store.applyBatch('rm_1', batchOf([north, south]));
    expect(await rows(`SELECT sum(incidents)::int AS n FROM rm_1.actor_activity_daily WHERE actor_key = 'name:isis'`)).toEqual([{ n: 2 }]);
    await store.applyBatch('rm_1', batchOf([oneAttack], 2));
    expect(await rows(`SELECT incident_id, status, merged_into FROM rm_1.incident ORDER BY incident_id = $1 DESC`, [`inc-${north.reportId}`])).toEqual([
      { incident_id: `inc-${north.reportId}`, status: 'active', merged_into: null },
      { incident_id: `inc-${south.reportId}`, status: 'merged', merged_into: `inc-${north.reportId}` },
    ]);
    expect(await rows(`SELECT actor_key, incidents, fatalities FROM rm_1.actor_activity_daily WHERE actor_key = 'name:isis'`)).toEqual([
      { actor_key: 'name:isis', incidents: 1, fatalities: 12 },
    ]);
    const holders = await rows<{ incident_id: string }>(`SELECT incident_id FROM rm_1.incident_report WHERE report_id = $1 ORDER BY incident_id`, [south.reportId]);
    expect(holders.map((h) => h.incident_id).sort()).toEqual([`inc-${north.reportId}`, `inc-${south.reportId}`].sort());
  });

  it('answers "what did we know on 21 January" from the incident versions', async () => {
    await store.applyBatch('rm_1', batchOf([prison]));
    await store.applyBatch('rm_1', batchOf([revised], 1));
    const asOf = (t: string) =>
      rows(`SELECT version, fatalities_best FROM rm_1.incident_version WHERE valid_from <= $1 AND (valid_to IS NULL OR valid_to > $1)`, [t]);
    expect(await asOf('2022-01-19T23:59:59Z')).toEqual([]);
    expect(await asOf('2022-01-21T23:59:59.999Z')).toEqual([{ version: 1, fatalities_best: 28 }]);
    expect(await asOf('2022-01-26T00:00:00Z')).toEqual([{ version: 2, fatalities_best: 40 }]);
    expect(await rows(`SELECT version, valid_from, valid_to FROM rm_1.incident_version ORDER BY version`)).toEqual([
      { version: 1, valid_from: new Date('2022-01-20T18:00:00Z'), valid_to: new Date('2022-01-25T09:00:00Z') },
      { version: 2, valid_from: new Date('2022-01-25T09:00:00Z'), valid_to: null },
    ]);
  });

  it('skips poison past the position, dead-letters it once, and rolls everything back when dead-lettering fails', async () => {
    const batch: ProjectionBatch = { topic: TOPIC, partition: 0, records: [{ offset: '0', record: prison }, { offset: '1', poison: true, reason: 'not JSON' }, { offset: '2', record: market }] };
    await expect(store.applyBatch('rm_1', batch, { onPoison: async () => Promise.reject(new Error('DLQ down')) })).rejects.toThrow('DLQ down');
    expect(await rows(`SELECT count(*)::int AS n FROM rm_1.incident`)).toEqual([{ n: 0 }]);
    expect(await store.storedPositions('rm_1', TOPIC, [0])).toEqual(new Map([[0, '0']]));
    const dead: string[] = [];
    const onPoison = async (poisoned: Array<{ offset: string; reason: string }>) => void dead.push(...poisoned.map((p) => `${p.offset}:${p.reason}`));
    const applied = await store.applyBatch('rm_1', batch, { onPoison });
    await store.applyBatch('rm_1', batch, { onPoison });
    expect(dead).toEqual(['1:not JSON']);
    expect([applied.applied, applied.nextOffset, applied.poisoned]).toEqual([2, '3', [{ offset: '1', reason: 'not JSON' }]]);
    expect(await rows(`SELECT count(*)::int AS n FROM rm_1.incident`)).toEqual([{ n: 2 }]);
  });

  it('fences a zombie: a second batch with the same expected position is rejected and rolled back', async () => {
    const owner = await store.applyBatch('rm_1', batchOf([prison, secondSource]), { expectedNextOffset: '0' });
    const after = await readModelChecksums(db.dataSource, 'rm_1');
    const zombie = store.applyBatch('rm_1', batchOf([prison, secondSource, market]), { expectedNextOffset: '0' });
    await expect(zombie).rejects.toBeInstanceOf(ProjectionFencedError);
    expect(await readModelChecksums(db.dataSource, 'rm_1')).toEqual(after);
    expect(owner.nextOffset).toBe('2');
    await expect(store.applyBatch('rm_1', batchOf([market], 2), { expectedNextOffset: owner.nextOffset })).resolves.toMatchObject({ applied: 1 });
  });

  it('lets exactly one of two concurrent batches with the same expected position commit', async () => {
    const outcomes = await Promise.allSettled([
      store.applyBatch('rm_1', batchOf([prison, secondSource]), { expectedNextOffset: '0' }),
      store.applyBatch('rm_1', batchOf([prison, secondSource, market]), { expectedNextOffset: '0' }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(rejected?.reason).toBeInstanceOf(ProjectionFencedError);
    const winner = outcomes.find((o) => o.status === 'fulfilled') as PromiseFulfilledResult<{ nextOffset: string }>;
    expect(await store.storedPositions('rm_1', TOPIC, [0, 1])).toEqual(new Map([[0, winner.value.nextOffset], [1, '0']]));
    expect(await rows(`SELECT count(*)::int AS n FROM rm_1.incident_version`)).toEqual([{ n: winner.value.nextOffset === '2' ? 2 : 3 }]);
  });

  it('refuses a batch for a schema not playing the asked role, and marks a rebuild\'s batches as replay', async () => {
    await expect(store.applyBatch('rm_1', batchOf([prison]), { role: 'building' })).rejects.toBeInstanceOf(ReadModelSwitchedError);
    await expect(store.applyBatch('rm_1', batchOf([prison]), { role: 'live' })).resolves.toMatchObject({ applied: 1, replay: false });
    const { schema } = await new ReadModelCatalog(db.dataSource).startBuild();
    await expect(store.applyBatch(schema, batchOf([prison]), { role: 'building', replay: true })).resolves.toMatchObject({ applied: 1, replay: true });
    await expect(store.applyBatch(schema, batchOf([market], 1), { role: 'live' })).rejects.toBeInstanceOf(ReadModelSwitchedError);
  });
});
