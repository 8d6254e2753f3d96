import type { DataSource } from 'typeorm';
import { assertReadModelSchema } from './read-model-ddl';

/** Columns that say when a row was written, not what it holds: a rebuild cannot match them. */
const WRITE_TIME_COLUMNS = ['updated_at'];

export interface TableChecksum {
  rows: number;
  md5: string;
}

/**
 * An md5 over every row of every table of a read-model schema (write times left out), per table:
 * two schemas projected from the same log prefix must agree, whatever batches, crashes and
 * restarts happened on the way. For tests and for checking a rebuild against the live schema.
 */
export async function readModelChecksums(db: DataSource, schema: string): Promise<Record<string, TableChecksum>> {
  const s = assertReadModelSchema(schema);
  const columns: Array<{ table_name: string; column_name: string }> = await db.query(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = $1 AND NOT (column_name = ANY($2::text[])) ORDER BY table_name, ordinal_position`,
    [s, WRITE_TIME_COLUMNS],
  );
  const byTable = new Map<string, string[]>();
  for (const c of columns) byTable.set(c.table_name, [...(byTable.get(c.table_name) ?? []), `"${c.column_name}"`]);
  const sums: Record<string, TableChecksum> = {};
  for (const [table, cols] of byTable) {
    const [row]: Array<{ rows: number; md5: string }> = await db.query(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t, '|' ORDER BY t), '')) AS md5
       FROM (SELECT ROW(${cols.join(', ')})::text AS t FROM ${s}."${table}") AS x`,
    );
    sums[table] = row;
  }
  return sums;
}
