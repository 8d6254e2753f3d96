import { isoSql, rowsOf, type SqlExecutor } from '../webhooks/sql-executor';
import type { AlertHead, RecordedAlertEvent } from './alert-engine.types';
import { alertRowsAfter } from './alert-rows';

const ALERT_COLUMNS = `fingerprint, rule_id, rule_version, state, group_key, window_start, window_end, incident_ids, detected_late, occurred_at,
  first_fired_at, last_fired_at, resolved_at, resolve_reason, seq`;
const ALERT_TYPES = `fingerprint text, rule_id text, rule_version int, state text, group_key text, window_start timestamptz, window_end timestamptz,
  incident_ids text[], detected_late boolean, occurred_at timestamptz, first_fired_at timestamptz, last_fired_at timestamptz,
  resolved_at timestamptz, resolve_reason text, seq int`;

/** The stored alerts among these fingerprints, locked: their next events are numbered from them. */
export async function alertHeads(m: SqlExecutor, fingerprints: readonly string[]): Promise<Map<string, AlertHead>> {
  if (fingerprints.length === 0) return new Map();
  const rows = rowsOf<{ fingerprint: string; seq: number; first_fired_at: string; last_fired_at: string }>(
    await m.query(
      `SELECT fingerprint, seq, ${isoSql('first_fired_at')} AS first_fired_at, ${isoSql('last_fired_at')} AS last_fired_at
       FROM alert WHERE fingerprint = ANY($1::text[]) ORDER BY fingerprint FOR UPDATE`,
      [[...new Set(fingerprints)]],
    ),
  );
  return new Map(rows.map((r) => [r.fingerprint, { seq: r.seq, firstFiredAt: r.first_fired_at, lastFiredAt: r.last_fired_at }]));
}

/** Writes the alerts as the events leave them, then the events themselves (append-only, ids in event order). */
export async function recordAlertEvents(m: SqlExecutor, heads: ReadonlyMap<string, AlertHead>, events: readonly RecordedAlertEvent[]): Promise<void> {
  if (events.length === 0) return;
  const alerts = alertRowsAfter(heads, events);
  const updates = ALERT_COLUMNS.split(',').map((c) => c.trim()).filter((c) => c !== 'fingerprint').map((c) => `${c} = EXCLUDED.${c}`).join(', ');
  await m.query(
    `INSERT INTO alert (${ALERT_COLUMNS}) SELECT ${ALERT_COLUMNS} FROM jsonb_to_recordset($1::jsonb) AS r(${ALERT_TYPES})
     ON CONFLICT (fingerprint) DO UPDATE SET ${updates}, updated_at = now()`,
    [JSON.stringify(alerts)],
  );
  const rows = events.map((e, n) => ({
    n,
    event_id: e.eventId, fingerprint: e.event.fingerprint, seq: e.seq, type: e.event.type, rule_id: e.event.ruleId, rule_version: e.event.ruleVersion,
    event: e.event, notification: e.notification, notification_id: e.notificationId, silence_id: e.silenceId,
    input_topic: e.input?.topic ?? null, input_partition: e.input?.partition ?? null, input_offset: e.input?.offset ?? null, input_seq: e.input?.seq ?? null,
  }));
  const columns = 'event_id, fingerprint, seq, type, rule_id, rule_version, event, notification, notification_id, silence_id, input_topic, input_partition, input_offset, input_seq';
  await m.query(
    `INSERT INTO alert_event (${columns})
     SELECT ${columns} FROM jsonb_to_recordset($1::jsonb) AS r(n int, event_id text, fingerprint text, seq int, type text, rule_id text,
       rule_version int, event jsonb, notification text, notification_id text, silence_id text, input_topic text, input_partition int,
       input_offset bigint, input_seq int)
     ORDER BY n`,
    [JSON.stringify(rows)],
  );
}
