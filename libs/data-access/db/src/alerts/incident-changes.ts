import type { ChangeToEvaluate } from '@sitrep/domain-alerting';
import type { Incident } from '@sitrep/domain-incidents';
import { assertReadModelSchema } from '../read-models/read-model-ddl';
import { rowsOf, type SqlExecutor } from '../webhooks/sql-executor';

/** Most changes one reconstruction reads: a bound on memory for a warm-up or a backtest. */
export const MAX_RECONSTRUCTED_CHANGES = 200_000;

/**
 * The incident changes the live read model recorded in [from, to) of received time, one per
 * version, in the order they were received. A backtest replays these; like every evaluation it
 * reads only the incident after each change, so the version before is not fetched.
 */
export async function incidentChangesBetween(m: SqlExecutor, schema: string, from: string, to: string, cap = MAX_RECONSTRUCTED_CHANGES): Promise<ChangeToEvaluate[]> {
  const s = assertReadModelSchema(schema);
  const rows = rowsOf<{ after: Incident }>(
    await m.query(
      `SELECT v.snapshot AS after FROM ${s}.incident_version v WHERE v.valid_from >= $1 AND v.valid_from < $2
       ORDER BY v.valid_from, v.incident_id, v.version LIMIT $3`,
      [from, to, cap],
    ),
  );
  return rows.map(({ after }) => ({ after }));
}

/**
 * The changes received in the last `spanMs` before the newest one the read model holds: what a
 * new rule is warmed up on, so that it starts knowing what its look-back and lateness need.
 * Versions whose hand-over the engine has not evaluated yet are left out: the new rule evaluates
 * those as they come, so it misses (and may fire on) nothing received after the engine's position.
 * Only `after` is fetched: evaluation never reads `before`.
 */
export async function recentIncidentChanges(m: SqlExecutor, schema: string, spanMs: number, cap = MAX_RECONSTRUCTED_CHANGES): Promise<ChangeToEvaluate[]> {
  const s = assertReadModelSchema(schema);
  const rows = rowsOf<{ after: Incident }>(
    await m.query(
      `WITH pending AS (
         SELECT a.incident_id, a.incident_version FROM alert_input a
         LEFT JOIN alert_input_position p ON p.source_topic = a.source_topic AND p.source_partition = a.source_partition
         WHERE p.source_topic IS NULL OR (a.source_offset, a.seq) >= (p.next_offset, p.next_seq))
       SELECT v.snapshot AS after FROM ${s}.incident_version v
       WHERE v.valid_from >= (SELECT max(valid_from) FROM ${s}.incident_version) - ($1::bigint * interval '1 millisecond')
         AND NOT EXISTS (SELECT 1 FROM pending WHERE pending.incident_id = v.incident_id AND pending.incident_version = v.version)
       ORDER BY v.valid_from, v.incident_id, v.version LIMIT $2`,
      [Math.round(spanMs), cap],
    ),
  );
  return rows.map(({ after }) => ({ after }));
}

/** The current snapshots of these incidents in the schema (missing ones are left out). */
export async function incidentsById(m: SqlExecutor, schema: string, ids: readonly string[]): Promise<Incident[]> {
  if (ids.length === 0) return [];
  const s = assertReadModelSchema(schema);
  const rows = rowsOf<{ snapshot: Incident }>(await m.query(`SELECT snapshot FROM ${s}.incident WHERE incident_id = ANY($1::text[])`, [[...new Set(ids)]]));
  return rows.map((row) => row.snapshot);
}
