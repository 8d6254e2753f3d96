import type { ChangeToEvaluate } from '@sitrep/domain-alerting';
import { isoSql, rowsOf, type SqlExecutor } from '../webhooks/sql-executor';
import type { AlertInput } from './alert-engine.types';

interface InputRow {
  source_topic: string;
  source_partition: number;
  source_offset: string;
  seq: number;
  received_at: string;
  created_at: string;
  change: ChangeToEvaluate;
}

// The partitions present are found with a skip scan of the primary key (one index probe per
// partition), then each partition is read from its stored position in key order.
const PENDING_SQL = `
  WITH RECURSIVE parts AS (
    (SELECT source_topic, source_partition FROM alert_input ORDER BY source_topic, source_partition LIMIT 1)
    UNION ALL
    SELECT n.source_topic, n.source_partition FROM parts p CROSS JOIN LATERAL (
      SELECT a.source_topic, a.source_partition FROM alert_input a
      WHERE (a.source_topic, a.source_partition) > (p.source_topic, p.source_partition)
      ORDER BY a.source_topic, a.source_partition LIMIT 1) n
  )
  SELECT i.source_topic, i.source_partition, i.source_offset::text AS source_offset, i.seq,
    ${isoSql('i.received_at')} AS received_at, ${isoSql('i.created_at')} AS created_at, i.change
  FROM parts p
  LEFT JOIN alert_input_position pos ON pos.source_topic = p.source_topic AND pos.source_partition = p.source_partition
  CROSS JOIN LATERAL (
    SELECT * FROM alert_input a
    WHERE a.source_topic = p.source_topic AND a.source_partition = p.source_partition
      AND (a.source_offset, a.seq) >= (coalesce(pos.next_offset, 0), coalesce(pos.next_seq, 0))
    ORDER BY a.source_offset, a.seq LIMIT $1) i
  ORDER BY i.source_topic, i.source_partition, i.source_offset, i.seq`;

/** Up to `limit` pending changes per partition, each partition in log order. */
export async function readPendingInput(m: SqlExecutor, limit: number): Promise<AlertInput[][]> {
  const rows = rowsOf<InputRow>(await m.query(PENDING_SQL, [limit]));
  const byPartition = new Map<string, AlertInput[]>();
  for (const row of rows) {
    const key = `${row.source_topic}\u0000${row.source_partition}`;
    const list = byPartition.get(key) ?? [];
    list.push({
      topic: row.source_topic, partition: row.source_partition, offset: row.source_offset, seq: row.seq,
      receivedAt: row.received_at, createdAt: row.created_at, change: row.change,
    });
    byPartition.set(key, list);
  }
  return [...byPartition.values()];
}

/** Moves each partition's position past the last change consumed from it. */
export async function moveInputPositions(m: SqlExecutor, consumed: readonly AlertInput[]): Promise<void> {
  const last = new Map<string, AlertInput>();
  const latest = new Map<string, string>();
  for (const input of consumed) {
    const key = `${input.topic}\u0000${input.partition}`;
    last.set(key, input);
    const seen = latest.get(key);
    if (seen === undefined || Date.parse(input.receivedAt) > Date.parse(seen)) latest.set(key, input.receivedAt);
  }
  if (last.size === 0) return;
  const rows = [...last].map(([key, i]) => ({ source_topic: i.topic, source_partition: i.partition, next_offset: i.offset, next_seq: i.seq + 1, last_received_at: latest.get(key) }));
  await m.query(
    `INSERT INTO alert_input_position AS t (source_topic, source_partition, next_offset, next_seq, last_received_at)
     SELECT source_topic, source_partition, next_offset, next_seq, last_received_at
     FROM jsonb_to_recordset($1::jsonb) AS r(source_topic text, source_partition int, next_offset bigint, next_seq int, last_received_at timestamptz)
     ON CONFLICT (source_topic, source_partition) DO UPDATE SET next_offset = EXCLUDED.next_offset, next_seq = EXCLUDED.next_seq,
       last_received_at = GREATEST(t.last_received_at, EXCLUDED.last_received_at), updated_at = now()`,
    [JSON.stringify(rows)],
  );
}

/**
 * Forgets input the engine consumed more than `keepMs` ago (it is a hand-over, not history: the
 * read model keeps every incident version). Returns how many rows went.
 */
export async function pruneConsumedInput(m: SqlExecutor, keepMs: number): Promise<number> {
  const rows = rowsOf<{ n: number }>(
    await m.query(
      `WITH gone AS (
         DELETE FROM alert_input a USING alert_input_position p
         WHERE p.source_topic = a.source_topic AND p.source_partition = a.source_partition
           AND (a.source_offset, a.seq) < (p.next_offset, p.next_seq)
           AND a.created_at < now() - ($1::bigint * interval '1 millisecond')
         RETURNING 1)
       SELECT count(*)::int AS n FROM gone`,
      [keepMs],
    ),
  );
  return rows[0]?.n ?? 0;
}
