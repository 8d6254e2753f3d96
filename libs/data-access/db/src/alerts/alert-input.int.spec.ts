import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { validateRule } from '@sitrep/domain-alerting';
import { describeWithPostgres, testDatabaseUrl } from '@sitrep/testing';
import type { ReportRecorded } from '@sitrep/contracts';
import { IncidentProjectionStore } from '../read-models/incident-projection.store';
import type { ProjectionBatch } from '../read-models/projection-batch';
import { ReadModelCatalog } from '../read-models/read-model-catalog.store';
import { createScratchDatabase, type ScratchDatabase } from '../testing/scratch-database';
import { AlertEngineSession } from './alert-engine.session';
import { AlertRuleStore } from './alert-rule.store';
import type { RuleChange } from './alert-rule.types';
import { hasakahRuleBody, prisonAttackReport, retractionOf, shellingReport } from './testing/alert-scenario-reports';

const TOPIC = 'sitrep.reports.v1';
const attack = prisonAttackReport();
const shelling = shellingReport({ nativeId: 'tell-tamr' });
const history: ReportRecorded[] = [attack, shelling, shellingReport({ nativeId: 'ain-issa', place: { admin1: 'Ar Raqqah', placeName: 'Ain Issa' } }), retractionOf(shelling, '2022-01-22T09:00:00.000Z')];
const batchOf = (records: ReportRecorded[], from = 0): ProjectionBatch => ({ topic: TOPIC, partition: 0, records: records.map((record, i) => ({ offset: String(from + i), record })) });

describeWithPostgres('alert input and the alert engine tables (PostgreSQL)', () => {
  let db: ScratchDatabase;
  let projection: IncidentProjectionStore;
  const inputRows = async () =>
    (await db.dataSource.query(`SELECT source_offset::int AS o, seq, incident_version AS v FROM alert_input ORDER BY source_offset, seq`)) as Array<{ o: number; seq: number; v: number }>;

  beforeEach(async () => {
    db = await createScratchDatabase(testDatabaseUrl());
    projection = new IncidentProjectionStore(db.dataSource);
  });
  afterEach(() => db.drop());

  it('the live projection hands every change over in its transaction, once, however often a batch is applied', async () => {
    await projection.applyBatch('rm_1', batchOf(history), { role: 'live' });
    await projection.applyBatch('rm_1', batchOf(history), { role: 'live' });
    expect(await inputRows()).toEqual([{ o: 0, seq: 0, v: 1 }, { o: 1, seq: 0, v: 1 }, { o: 2, seq: 0, v: 1 }, { o: 3, seq: 0, v: 2 }]);
    const [row] = await db.dataSource.query(`SELECT received_at, change->'after'->>'status' AS status FROM alert_input WHERE source_offset = 3`);
    expect([new Date(row.received_at).toISOString(), row.status]).toEqual(['2022-01-22T09:00:00.000Z', 'retracted']);
  });

  it('a rebuild hands over nothing below the live position, only what it projects beyond it; no role hands over nothing', async () => {
    await projection.applyBatch('rm_1', batchOf(history.slice(0, 2)), { role: 'live' });
    const { schema } = await new ReadModelCatalog(db.dataSource).startBuild();
    await projection.applyBatch(schema, batchOf(history), { role: 'building', replay: true });
    expect((await inputRows()).map((r) => r.o)).toEqual([0, 1, 2, 3]);
    await projection.applyBatch('rm_1', batchOf(history.slice(2), 2), { role: 'live' });
    expect((await inputRows()).map((r) => r.o)).toEqual([0, 1, 2, 3]);
    const untagged = await createScratchDatabase(testDatabaseUrl());
    try {
      await new IncidentProjectionStore(untagged.dataSource).applyBatch('rm_1', batchOf(history));
      expect(await untagged.dataSource.query(`SELECT count(*)::int AS n FROM alert_input`)).toEqual([{ n: 0 }]);
    } finally {
      await untagged.drop();
    }
  });

  it('projects rule changes once per position, refusing the ones that do not fit', async () => {
    const rules = new AlertRuleStore(db.dataSource);
    const rule = validateRule({ ...hasakahRuleBody(), version: 1 });
    if (!rule.ok) throw new Error('invalid rule');
    const change = (changeId: string, kind: RuleChange['kind'], baseRevision: number): RuleChange => ({
      changeId, ruleId: rule.rule.id, kind, baseRevision, changedBy: 'key-7', changedAt: '2026-11-26T10:00:00.000Z', ...(kind === 'created' && { rule: rule.rule }),
    });
    const records = [
      { offset: '0', change: change('00000000-0000-4000-8000-000000000001', 'created', 0) },
      { offset: '1', change: null },
      { offset: '2', change: change('00000000-0000-4000-8000-000000000002', 'enabled', 1) },
      { offset: '3', change: change('00000000-0000-4000-8000-000000000003', 'disabled', 1) },
    ];
    const first = await rules.applyChanges('rules', 0, records);
    const again = await rules.applyChanges('rules', 0, records);
    expect([first.nextOffset, first.applied.length, first.refused.length, again.applied.length]).toEqual(['4', 2, 1, 0]);
    const history = await rules.history(rule.rule.id);
    expect(history.map((h) => [h.revision, h.change, h.changedBy])).toEqual([[1, 'created', 'key-7'], [2, 'disabled', 'key-7']]);
    expect((await rules.get(rule.rule.id))?.rule).toMatchObject({ enabled: false, revision: 2, epoch: 1 });
  });

  it('lets one engine session lead at a time, and the next one once it is gone', async () => {
    const [a, b] = [await AlertEngineSession.open(db.dataSource), await AlertEngineSession.open(db.dataSource)];
    try {
      expect([await a.tryLead(), await b.tryLead()]).toEqual([true, false]);
      await expect(b.transaction(async () => 1)).rejects.toThrow('does not hold the engine lock');
      expect(await a.transaction(async (tx) => (await tx.rules()).length)).toBe(0);
      await a.close();
      expect(await b.tryLead()).toBe(true);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('reads pending input from the stored positions and prunes only what was consumed, once old enough', async () => {
    await projection.applyBatch('rm_1', batchOf(history), { role: 'live' });
    const session = await AlertEngineSession.open(db.dataSource);
    try {
      expect(await session.tryLead()).toBe(true);
      await session.transaction(async (tx) => tx.moveInputPositions(await tx.pendingInput(2)));
      expect(await session.pruneInput(60_000)).toBe(0);
      expect(await session.pruneInput(0)).toBe(2);
      expect((await inputRows()).map((r) => r.o)).toEqual([2, 3]);
      expect(await session.transaction(async (tx) => (await tx.pendingInput(10)).map((i) => i.offset))).toEqual(['2', '3']);
    } finally {
      await session.close();
    }
  });
});
