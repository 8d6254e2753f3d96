import { afterEach, beforeEach, expect, it } from '@jest/globals';
import type { ReportRecorded } from '@sitrep/contracts';
import { incidentCandidateTokens, type Incident } from '@sitrep/domain-incidents';
import { describeWithPostgres, testDatabaseUrl } from '@sitrep/testing';
import { IncidentCandidateTokens1764116200000 } from '../migrations/1764116200000-incident-candidate-tokens';
import { createScratchDatabase, type ScratchDatabase } from '../testing/scratch-database';
import { assertedReport } from '../testing/report-records';
import { IncidentProjectionStore } from './incident-projection.store';

const TOPIC = 'sitrep.reports.v1';
const prison = assertedReport({ nativeId: 'prison', fatalities: { best: 28 } });
const secondSource = assertedReport({ nativeId: 'prison', sourceSystem: 'acled', receivedAt: '2022-01-20T20:00:00.000Z', fatalities: { best: 30 } });
const apply = (store: IncidentProjectionStore, record: ReportRecorded, offset: number) =>
  store.applyBatch('rm_1', { topic: TOPIC, partition: 0, records: [{ offset: String(offset), record }] });

describeWithPostgres('merge candidates narrowed by their tokens (PostgreSQL)', () => {
  let db: ScratchDatabase;
  let store: IncidentProjectionStore;
  const incidents = (): Promise<Array<{ incident_id: string; report_count: number; match_actors: string[] | null; match_places: string[] | null; snapshot: Incident }>> =>
    db.dataSource.query(`SELECT incident_id, report_count, match_actors, match_places, snapshot FROM rm_1.incident ORDER BY first_reported_at, incident_id`);

  beforeEach(async () => {
    db = await createScratchDatabase(testDatabaseUrl());
    store = new IncidentProjectionStore(db.dataSource);
  });
  afterEach(() => db.drop());

  it('stores every incident with the tokens the domain gives it', async () => {
    await apply(store, prison, 0);
    await apply(store, secondSource, 1);
    const [row] = await incidents();
    expect(row.report_count).toBe(2);
    expect({ actors: row.match_actors, places: row.match_places }).toEqual(incidentCandidateTokens(row.snapshot));
    expect(row.match_actors!.length).toBeGreaterThan(0);
  });

  it('loads an incident only when its tokens can overlap the report: unknown tokens (NULL) always, disjoint ones never', async () => {
    await apply(store, prison, 0);
    await db.dataSource.query(`UPDATE rm_1.incident SET match_actors = NULL, match_places = NULL`);
    await apply(store, secondSource, 1);
    const [legacy] = await incidents();
    expect([legacy.report_count, legacy.match_actors === null]).toEqual([2, false]);

    // The same incident with tokens that cannot overlap the next report: the report opens its own.
    await db.dataSource.query(`UPDATE rm_1.incident SET match_actors = ARRAY['id:nobody'], match_places = ARRAY['place:nowhere']`);
    await apply(store, assertedReport({ nativeId: 'prison', sourceSystem: 'liveuamap', receivedAt: '2022-01-20T21:00:00.000Z' }), 2);
    expect((await incidents()).map((r) => r.report_count)).toEqual([2, 1]);
  });

  it('migrates schemas made before the tokens: adds the columns to every read-model schema, idempotently, and drops them on down', async () => {
    await db.dataSource.query(`ALTER TABLE rm_1.incident DROP COLUMN match_actors, DROP COLUMN match_places`);
    const columns = async () =>
      ((await db.dataSource.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'rm_1' AND table_name = 'incident' AND column_name LIKE 'match_%' ORDER BY 1`)) as Array<{ column_name: string }>).map((c) => c.column_name);
    const runner = db.dataSource.createQueryRunner();
    try {
      const migration = new IncidentCandidateTokens1764116200000();
      await migration.up(runner);
      await migration.up(runner);
      expect(await columns()).toEqual(['match_actors', 'match_places']);
      await apply(store, prison, 0);
      expect((await incidents())[0].match_actors).not.toBeNull();
      await migration.down(runner);
      expect(await columns()).toEqual([]);
    } finally {
      await runner.release();
    }
  });
});
