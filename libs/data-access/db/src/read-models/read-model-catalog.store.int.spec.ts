import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { describeWithPostgres, testDatabaseUrl } from '@sitrep/testing';
import { createScratchDatabase, type ScratchDatabase } from '../testing/scratch-database';
import { ReadModelCatalog } from './read-model-catalog.store';
import { readModelChecksums } from './read-model-checksum';

describeWithPostgres('ReadModelCatalog over PostgreSQL', () => {
  let db: ScratchDatabase;
  let catalog: ReadModelCatalog;
  /** rm_1's indexes as the migration made them: the set every live schema must have. */
  let migrated: string[];
  /** Index names of a schema with the schema's own name taken out, so two schemas compare. */
  const indexes = async (schema: string) =>
    ((await db.dataSource.query(`SELECT indexname FROM pg_indexes WHERE schemaname = $1 ORDER BY indexname`, [schema])) as Array<{ indexname: string }>).map((r) =>
      r.indexname.replace(`_${schema}_`, '_'),
    ).sort();
  const schemas = async () =>
    ((await db.dataSource.query(`SELECT nspname FROM pg_namespace WHERE nspname ~ '^rm_' ORDER BY nspname`)) as Array<{ nspname: string }>).map((r) => r.nspname);

  beforeAll(async () => {
    db = await createScratchDatabase(testDatabaseUrl());
    catalog = new ReadModelCatalog(db.dataSource);
    migrated = await indexes('rm_1');
  });
  afterAll(() => db.drop());

  it('builds the next schema beside the live one, resumes it rather than starting another, and switches in one step', async () => {
    expect(await catalog.liveSchema()).toBe('rm_1');
    expect(await catalog.startBuild()).toEqual({ schema: 'rm_2', resumed: false });
    expect(await catalog.startBuild()).toEqual({ schema: 'rm_2', resumed: true });
    expect(Object.keys(await readModelChecksums(db.dataSource, 'rm_2')).sort()).toEqual(
      ['actor_activity_daily', 'actor_interaction_daily', 'incident', 'incident_report', 'incident_version', 'projection_position'],
    );
    expect(await catalog.recordProgress('rm_2', { partitions: [{ partition: 0, position: '3' }] })).toBe(true);
    expect(await catalog.recordProgress('rm_9', {})).toBe(false);
    expect(await catalog.state()).toMatchObject({ liveSchema: 'rm_1', buildingSchema: 'rm_2', buildProgress: { partitions: [{ partition: 0, position: '3' }] } });
    expect((await catalog.state()).buildStartedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

    await expect(catalog.switchLive('rm_3')).rejects.toThrow('not the schema being built');
    expect(await catalog.switchLive('rm_2')).toEqual({ previous: 'rm_1' });
    expect(await catalog.state()).toMatchObject({ liveSchema: 'rm_2', buildingSchema: null, buildStartedAt: null });
    expect(await schemas()).toEqual(['rm_1', 'rm_2']);
  });

  it('drops only schemas that are neither live nor being built, and never reuses a number', async () => {
    await expect(catalog.dropSchema('rm_2')).rejects.toThrow('it is live');
    await expect(catalog.dropSchema('public')).rejects.toThrow('not a read-model schema name');
    const { schema } = await catalog.startBuild();
    expect(schema).toBe('rm_3');
    await expect(catalog.dropSchema('rm_3')).rejects.toThrow('it is being built');
    await catalog.dropSchema('rm_1');
    expect(await schemas()).toEqual(['rm_2', 'rm_3']);
  });

  it('starts a build without the query indexes, builds them once the replay is done, and never switches to a schema lacking them', async () => {
    const { schema } = await catalog.startBuild();
    const bare = await indexes(schema);
    expect(bare).toEqual(expect.arrayContaining(['pk_incident', 'idx_incident_merge_key', 'pk_incident_version', 'pk_projection_position']));
    expect(bare).not.toContain('idx_incident_search');
    expect(bare.length).toBeLessThan(migrated.length);

    expect(await catalog.buildQueryIndexes(schema)).toBeGreaterThanOrEqual(0);
    expect(await indexes(schema)).toEqual(migrated);
    await catalog.buildQueryIndexes(schema);
    expect(await indexes(schema)).toEqual(migrated);

    await db.dataSource.query(`DROP INDEX ${schema}.idx_${schema}_incident_search`);
    await catalog.switchLive(schema);
    expect(await indexes(schema)).toEqual(migrated);
  });
});
