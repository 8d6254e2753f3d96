import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { describeWithPostgres, testDatabaseUrl } from '@sitrep/testing';
import { readModelDdl } from '../read-models/read-model-ddl';
import { createScratchDatabase, type ScratchDatabase } from '../testing/scratch-database';
import { TimelineStore } from './timeline/timeline.store';

const filter = { status: 'all' } as const;

/** A bare incident row: enough for a timeline to list it. */
async function insertIncident(db: ScratchDatabase, schema: string, id: string): Promise<void> {
  const view = { occurred: { start: '2022-01-20', end: '2022-01-20', precision: 'day' }, location: { country: { iso3: 'SYR' }, precision: 'adm1' }, category: 'other', actors: [], fatalities: {}, tags: [], sourceCount: 0, reportCount: 0, sourceSystems: [], text: '' };
  const snapshot = { incidentId: id, version: 1, status: 'active', firstReportedAt: '2022-01-20T10:00:00Z', lastUpdatedAt: '2022-01-20T10:00:00Z', view };
  await db.dataSource.query(
    `INSERT INTO ${schema}.incident (incident_id, version, status, merge_key, first_reported_at, last_updated_at, occurred_start, occurred_precision,
       country_iso3, category, report_count, source_count, snapshot)
     VALUES ($1, 1, 'active', 'k', '2022-01-20T10:00:00Z', '2022-01-20T10:00:00Z', '2022-01-20', 'day', 'SYR', 'other', 0, 0, $2)`,
    [id, JSON.stringify(snapshot)],
  );
}

describeWithPostgres('LiveSchema: queries follow a rebuild switching the live read model', () => {
  let db: ScratchDatabase;
  let store: TimelineStore;
  const ids = async () => (await store.page({ filter, order: 'occurred_desc', after: null, limit: 10 })).rows.map((r) => r.incidentId);

  beforeAll(async () => {
    db = await createScratchDatabase(testDatabaseUrl());
    store = new TimelineStore(db.dataSource);
    await insertIncident(db, 'rm_1', 'inc-from-rm-1');
    for (const statement of readModelDdl('rm_2')) await db.dataSource.query(statement);
    await insertIncident(db, 'rm_2', 'inc-from-rm-2');
  });
  afterAll(() => db.drop());

  it('reads the live schema, and the new one within a second of a switch', async () => {
    expect(await ids()).toEqual(['inc-from-rm-1']);
    await db.dataSource.query(`UPDATE sitrep_read_model SET live_schema = 'rm_2' WHERE name = 'main'`);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await ids()).toEqual(['inc-from-rm-2']);
  });

  it('looks the live schema up again at once when the cached one has been dropped', async () => {
    for (const statement of readModelDdl('rm_3')) await db.dataSource.query(statement);
    await insertIncident(db, 'rm_3', 'inc-from-rm-3');
    expect(await ids()).toEqual(['inc-from-rm-2']);
    await db.dataSource.query(`UPDATE sitrep_read_model SET live_schema = 'rm_3' WHERE name = 'main'`);
    await db.dataSource.query('DROP SCHEMA rm_2 CASCADE');
    expect(await ids()).toEqual(['inc-from-rm-3']);
  });
});
