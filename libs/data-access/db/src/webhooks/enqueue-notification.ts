import { NOTIFICATION_ID_PATTERN } from './notification-id';
import { rowsOf, type SqlExecutor } from './sql-executor';
import { SEVERITIES, type Severity } from './webhook.types';
import { notifyOnCommit, WAKE_CHANNELS } from '../wakeups/pg-wakeups';

export interface NotificationInput {
  /** The `webhook-id`: stable for this notification (see notificationIdFor), so replays add nothing. */
  id: string;
  /** e.g. `alert.firing`, `alert.resolved`, `test`. */
  type: string;
  /** The JSON body receivers get (stored as jsonb, so every attempt sends the same bytes). */
  payload: Record<string, unknown>;
  ruleId?: string;
  severity?: Severity;
  /** Only to this endpoint, whatever its filter (a test-fire). */
  endpointId?: string;
}

export interface EnqueueOutcome {
  /** False when a notification with this id was already there: nothing was added. */
  created: boolean;
  /** Endpoints a delivery was queued for. */
  endpointIds: string[];
}

const ENQUEUE_SQL = `
  WITH inserted AS (
    INSERT INTO notification (id, type, payload, rule_id, severity)
    VALUES ($1, $2, $3::jsonb, $4, $5)
    ON CONFLICT (id) DO NOTHING
    RETURNING id, rule_id, severity
  ), delivered AS (
    INSERT INTO delivery (notification_id, endpoint_id)
    SELECT i.id, e.id FROM inserted i JOIN webhook_endpoint e ON e.enabled
    WHERE CASE WHEN $6::uuid IS NOT NULL THEN e.id = $6::uuid
      ELSE (e.filter_rule_ids IS NULL OR i.rule_id = ANY (e.filter_rule_ids))
       AND (e.filter_min_severity IS NULL OR array_position($7::text[], i.severity) >= array_position($7::text[], e.filter_min_severity))
      END
    ON CONFLICT ON CONSTRAINT pk_delivery DO NOTHING
    RETURNING endpoint_id
  )
  SELECT EXISTS (SELECT 1 FROM inserted) AS created, COALESCE((SELECT array_agg(endpoint_id::text) FROM delivered), '{}') AS endpoint_ids`;

/**
 * Writes a notification and one pending delivery per enabled endpoint whose filter matches, in
 * ONE statement on the executor given: pass the EntityManager or QueryRunner of your own
 * transaction (the alert engine: with its state and log position), and the notification exists
 * exactly when that transaction commits. The dispatchers send it afterwards (woken by a NOTIFY at
 * that commit); nothing here does I/O beyond the database.
 *
 * Idempotent by id: a second call with the same id (a replay, a retried batch, a concurrent
 * transaction) adds neither a notification nor a delivery.
 */
export async function enqueueNotification(db: SqlExecutor, input: NotificationInput): Promise<EnqueueOutcome> {
  if (!NOTIFICATION_ID_PATTERN.test(input.id)) throw new Error(`notification id ${JSON.stringify(input.id)} must match ${NOTIFICATION_ID_PATTERN}`);
  if (input.severity !== undefined && !SEVERITIES.includes(input.severity)) throw new Error(`unknown severity ${JSON.stringify(input.severity)}`);
  const [row] = rowsOf<{ created: boolean; endpoint_ids: string[] }>(
    await db.query(ENQUEUE_SQL, [
      input.id,
      input.type,
      JSON.stringify(input.payload),
      input.ruleId ?? null,
      input.severity ?? null,
      input.endpointId ?? null,
      [...SEVERITIES],
    ]),
  );
  // The dispatchers are woken when the caller's transaction commits.
  if (row.endpoint_ids.length > 0) await notifyOnCommit(db, WAKE_CHANNELS.webhookOutbox);
  return { created: row.created, endpointIds: row.endpoint_ids };
}
