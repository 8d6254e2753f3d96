import { createDataSource, readModelChecksums, type Database, type TableChecksum } from '@sitrep/db';

export interface ProgressSample {
  at: number;
  /** Stored next offset per partition of the live read model. */
  positions: Map<number, number>;
  /** Owner per partition of the live group (null while between owners). */
  owners: Map<number, string | null>;
}

/** Reads a Sitrep database's projection progress and partition owners directly (one pooled connection). */
export class ProjectionProgress {
  private constructor(private readonly db: Database) {}

  static async open(url: string): Promise<ProjectionProgress> {
    const db = createDataSource({ url, poolSize: 1, applicationName: 'resilience-probe' });
    await db.initialize();
    return new ProjectionProgress(db);
  }

  async sample(topic = 'sitrep.reports.v1', groupId = 'sitrep-stream-processor'): Promise<ProgressSample> {
    const [{ live_schema: schema }] = (await this.db.query(`SELECT live_schema FROM sitrep_read_model WHERE name = 'main'`)) as Array<{ live_schema: string }>;
    const positions = (await this.db.query(`SELECT partition, next_offset::text AS n FROM ${schema}.projection_position WHERE topic = $1`, [topic])) as Array<{ partition: number; n: string }>;
    const owners = (await this.db.query(`SELECT partition, instance_id FROM projection_owner WHERE topic = $1 AND group_id = $2`, [topic, groupId])) as Array<{ partition: number; instance_id: string | null }>;
    return { at: Date.now(), positions: new Map(positions.map((r) => [r.partition, Number(r.n)])), owners: new Map(owners.map((r) => [r.partition, r.instance_id])) };
  }

  checksums(schema: string): Promise<Record<string, TableChecksum>> {
    return readModelChecksums(this.db, schema);
  }

  async liveSchema(): Promise<string> {
    const [{ live_schema: schema }] = await this.query<{ live_schema: string }>(`SELECT live_schema FROM sitrep_read_model WHERE name = 'main'`);
    return schema;
  }

  query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.db.query(sql, params) as Promise<T[]>;
  }

  close(): Promise<void> {
    return this.db.destroy();
  }
}

export const total = (positions: Map<number, number>) => [...positions.values()].reduce((a, b) => a + b, 0);
