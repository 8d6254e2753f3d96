import type { ReadModelRole } from '../read-models/projection-batch';
import { assertReadModelSchema } from '../read-models/read-model-ddl';
import type { AlertInputRow } from './alert-input-rows';
import { rowsOf, type SqlExecutor } from '../webhooks/sql-executor';
import { notifyOnCommit, WAKE_CHANNELS } from '../wakeups/pg-wakeups';

const COLUMNS = 'source_topic, source_partition, source_offset, seq, incident_id, incident_version, received_at, change';

/**
 * From which offset of the partition a projection batch hands its changes to the alert engine, or
 * null for none. The live projection hands over everything. A rebuild hands over nothing it
 * replays beneath the live projection's position (that was handed over once already: replays
 * never re-notify), but does hand over what it projects beyond it: after the switch the live
 * projection carries on from the rebuild's positions and would never see those records itself.
 */
export async function alertInputFloor(m: SqlExecutor, role: ReadModelRole | undefined, replay: boolean, topic: string, partition: number): Promise<bigint | null> {
  if (role === 'live') return replay ? null : 0n;
  if (role !== 'building') return null;
  const [pointer] = rowsOf<{ live_schema: string }>(await m.query(`SELECT live_schema FROM sitrep_read_model WHERE name = 'main'`));
  if (pointer === undefined) return null;
  const live = assertReadModelSchema(pointer.live_schema);
  const [row] = rowsOf<{ next_offset: string }>(
    await m.query(`SELECT next_offset::text AS next_offset FROM ${live}.projection_position WHERE topic = $1 AND partition = $2`, [topic, partition]),
  );
  return BigInt(row?.next_offset ?? '0');
}

/**
 * Writes the rows in offset order. A record both projections handed over (a rebuild overtaking
 * the live projection while it still runs) is kept once: whichever committed it first. The alert
 * engine is woken when the transaction commits.
 */
export async function writeAlertInput(m: SqlExecutor, rows: AlertInputRow[]): Promise<void> {
  if (rows.length === 0) return;
  await m.query(
    `INSERT INTO alert_input (${COLUMNS})
     SELECT ${COLUMNS} FROM jsonb_to_recordset($1::jsonb) AS r(source_topic text, source_partition int, source_offset bigint, seq int,
       incident_id text, incident_version int, received_at timestamptz, change jsonb)
     ORDER BY source_offset, seq
     ON CONFLICT ON CONSTRAINT pk_alert_input DO NOTHING`,
    [JSON.stringify(rows)],
  );
  await notifyOnCommit(m, WAKE_CHANNELS.alertEngine);
}
