import type { DataSource } from 'typeorm';
import { assertReadModelSchema } from '../read-models/read-model-ddl';

/** A rebuild switches the live schema; answers may lag the switch by at most this long. */
const CACHE_MS = 1_000;

/**
 * Where queries read: the live read-model schema (`rm_N`) named in `sitrep_read_model`. Looked up
 * at most once a second and shared by concurrent callers, so a busy API costs one lookup a second.
 */
export class LiveSchema {
  private cached: { schema: string; readAt: number } | null = null;
  private pending: Promise<string> | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Runs `query` in the live schema. A rebuild may drop the old schema right after switching, so a
   * query that finds its schema or table gone looks the live one up again and runs once more.
   */
  async run<T>(query: (schema: string) => Promise<T>): Promise<T> {
    const schema = await this.current();
    try {
      return await query(schema);
    } catch (error) {
      if (!isGoneSchema(error)) throw error;
      this.cached = null;
      const live = await this.current();
      if (live === schema) throw error;
      return query(live);
    }
  }

  async current(): Promise<string> {
    if (this.cached !== null && this.now() - this.cached.readAt < CACHE_MS) return this.cached.schema;
    this.pending ??= this.lookUp().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  private async lookUp(): Promise<string> {
    // Timed from before the query, so the cached answer is never older than CACHE_MS.
    const readAt = this.now();
    const rows: { live_schema: string }[] = await this.db.query(`SELECT live_schema FROM sitrep_read_model WHERE name = 'main'`);
    if (rows.length === 0) throw new Error('sitrep_read_model has no row "main": have the migrations run?');
    const schema = assertReadModelSchema(rows[0].live_schema);
    this.cached = { schema, readAt };
    return schema;
  }
}

/** undefined_table (42P01) or invalid_schema_name (3F000): what a dropped schema looks like. */
function isGoneSchema(error: unknown): boolean {
  const code = (error as { code?: unknown; driverError?: { code?: unknown } } | null)?.driverError?.code ?? (error as { code?: unknown } | null)?.code;
  return code === '42P01' || code === '3F000';
}
