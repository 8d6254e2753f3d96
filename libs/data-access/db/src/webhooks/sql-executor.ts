/**
 * What runs a SQL statement: the DataSource, or an EntityManager / QueryRunner inside another
 * component's transaction. Typed structurally so callers outside this library need no TypeORM.
 */
export interface SqlExecutor {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** TypeORM hands back `[rows, affected]` for UPDATE and DELETE, plain rows otherwise. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}

/** A timestamptz as an ISO 8601 UTC string, in SQL (for rows built inside json_agg). */
export const isoSql = (column: string): string => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export const isoOrNull = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());
