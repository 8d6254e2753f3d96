import type { DataSource, EntityManager } from 'typeorm';
import { assertReadModelSchema, readModelQueryIndexDdl, readModelTableDdl } from './read-model-ddl';

/** The pointer row of `sitrep_read_model`: which schema serves, which one is being rebuilt. */
export interface ReadModelState {
  liveSchema: string;
  buildingSchema: string | null;
  buildStartedAt: string | null;
  /** Whatever the rebuild last recorded (per-partition positions against end offsets). */
  buildProgress: unknown;
  switchedAt: string;
}

interface StateRow {
  live_schema: string;
  building_schema: string | null;
  build_started_at: string | null;
  build_progress: unknown;
  switched_at: string;
}

const ISO = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const STATE_COLUMNS = `live_schema, building_schema, ${ISO('build_started_at')} AS build_started_at, build_progress, ${ISO('switched_at')} AS switched_at`;

/**
 * Which read-model schema is live and which one a rebuild fills. Queries read the live one; a
 * rebuild fills `rm_<n+1>` from offset 0 while the live one keeps serving, then the pointer moves in
 * one transaction. The previous schema is kept (queries in flight may still read it) until
 * `dropSchema`, which the rebuild calls after a grace period.
 */
export class ReadModelCatalog {
  constructor(private readonly db: DataSource) {}

  async liveSchema(): Promise<string> {
    return (await this.state()).liveSchema;
  }

  async state(): Promise<ReadModelState> {
    const [row]: StateRow[] = await this.db.query(`SELECT ${STATE_COLUMNS} FROM sitrep_read_model WHERE name = 'main'`);
    if (row === undefined) throw new Error('sitrep_read_model has no main row: run the migrations');
    return toState(row);
  }

  /**
   * Creates the next schema (one above every rm_ schema that exists) with the read-model tables,
   * without the query indexes (see `buildQueryIndexes`), and records it as building. A build
   * already recorded is resumed instead (`resumed: true`): its positions are stored with its rows,
   * so carrying on is exactly-once too.
   */
  async startBuild(): Promise<{ schema: string; resumed: boolean }> {
    return this.db.transaction(async (m) => {
      const [row]: StateRow[] = await m.query(`SELECT ${STATE_COLUMNS} FROM sitrep_read_model WHERE name = 'main' FOR UPDATE`);
      if (row.building_schema !== null) return { schema: row.building_schema, resumed: true };
      const [{ n }]: Array<{ n: number }> = await m.query(
        `SELECT coalesce(max(substring(nspname FROM 4)::int), 0) AS n FROM pg_namespace WHERE nspname ~ '^rm_[0-9]{1,6}$'`,
      );
      const schema = assertReadModelSchema(`rm_${Math.max(n, Number(row.live_schema.slice(3))) + 1}`);
      for (const statement of readModelTableDdl(schema)) await m.query(statement);
      await m.query(
        `UPDATE sitrep_read_model SET building_schema = $1, build_started_at = now(), build_progress = NULL WHERE name = 'main'`,
        [schema],
      );
      return { schema, resumed: false };
    });
  }

  /** Stores the build's progress; false when the schema is no longer the one being built. */
  async recordProgress(schema: string, progress: unknown): Promise<boolean> {
    const [{ n }]: Array<{ n: number }> = await this.db.query(
      `WITH recorded AS (UPDATE sitrep_read_model SET build_progress = $2::jsonb WHERE name = 'main' AND building_schema = $1 RETURNING 1)
       SELECT count(*)::int AS n FROM recorded`,
      [assertReadModelSchema(schema), JSON.stringify(progress)],
    );
    return n === 1;
  }

  /**
   * Builds the query indexes of a schema being built, once its replay is done: one CREATE INDEX
   * over the rows costs a fraction of keeping GIN and b-tree indexes up to date through a million
   * inserts. Serialised per schema (several processors may each run part of a build); returns the
   * seconds it took (≈0 when they exist already).
   */
  async buildQueryIndexes(schema: string): Promise<number> {
    const t0 = performance.now();
    await this.db.transaction((m) => createQueryIndexes(m, assertReadModelSchema(schema)));
    return (performance.now() - t0) / 1000;
  }

  /**
   * Makes the built schema live in one transaction and returns the previous live schema, which is
   * kept: drop it with `dropSchema` once no query can still be reading it.
   */
  async switchLive(schema: string): Promise<{ previous: string }> {
    return this.db.transaction(async (m) => {
      const [row]: StateRow[] = await m.query(`SELECT ${STATE_COLUMNS} FROM sitrep_read_model WHERE name = 'main' FOR UPDATE`);
      if (row.building_schema !== assertReadModelSchema(schema)) throw new Error(`cannot switch to ${schema}: it is not the schema being built (${row.building_schema ?? 'none'})`);
      // Normally built already (a no-op here): a live schema never serves without its indexes.
      await createQueryIndexes(m, schema);
      await m.query(
        `UPDATE sitrep_read_model SET live_schema = building_schema, building_schema = NULL, build_started_at = NULL, switched_at = now()
         WHERE name = 'main'`,
      );
      return { previous: row.live_schema };
    });
  }

  /** Drops a schema that is neither live nor being built (an old live one, or an abandoned build). */
  async dropSchema(schema: string): Promise<void> {
    const s = assertReadModelSchema(schema);
    await this.db.transaction(async (m) => {
      const [row]: StateRow[] = await m.query(`SELECT ${STATE_COLUMNS} FROM sitrep_read_model WHERE name = 'main' FOR UPDATE`);
      if (row.live_schema === s || row.building_schema === s) throw new Error(`refusing to drop ${s}: it is ${row.live_schema === s ? 'live' : 'being built'}`);
      await m.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    });
  }
}

async function createQueryIndexes(m: EntityManager, schema: string): Promise<void> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`sitrep-read-model-indexes/${schema}`]);
  for (const statement of readModelQueryIndexDdl(schema)) await m.query(statement);
}

function toState(row: StateRow): ReadModelState {
  return {
    liveSchema: row.live_schema,
    buildingSchema: row.building_schema,
    buildStartedAt: row.build_started_at,
    buildProgress: row.build_progress,
    switchedAt: row.switched_at,
  };
}
