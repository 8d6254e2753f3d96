import type { DataSource } from 'typeorm';
import { enqueueNotification, type EnqueueOutcome, type NotificationInput } from './enqueue-notification';
import { rowsOf, type SqlExecutor } from './sql-executor';
import type { AttemptOutcome, SealedSecrets } from './webhook.types';

/** A delivery this dispatcher holds the lease on: everything needed to send one attempt. */
export interface ClaimedDelivery {
  notificationId: string;
  endpointId: string;
  type: string;
  /** The notification payload as JSON text: the same bytes on every attempt. */
  body: string;
  url: string;
  secrets: SealedSecrets;
  /** This attempt's number over the delivery's whole life (1 = first), unique per delivery. */
  attempt: number;
  /** Its number since the delivery was (re)queued: what the retry schedule counts. */
  roundAttempt: number;
}

export interface AttemptRecord {
  notificationId: string;
  endpointId: string;
  owner: string;
  attempt: number;
  at: Date;
  outcome: AttemptOutcome;
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
  responseSnippet: string | null;
  /** For a retry: how long from now until the next attempt is due. */
  retryInMs?: number;
  /** The endpoint is disabled once this many of its deliveries in a row end dead. */
  disableAfterDead: number;
}

export interface RecordedAttempt {
  /** False when this claim's lease had been taken over meanwhile: the attempt is logged, the delivery left alone. */
  applied: boolean;
  /** The endpoint was disabled by this attempt (it completed a streak of dead deliveries). */
  endpointDisabled: boolean;
}

/** `in_flight`: a dispatcher holds it right now; it is neither queued again nor sent twice. */
export type RedeliverOutcome = 'queued' | 'in_flight' | 'not_found';

const CLAIM_SQL = `
  WITH due AS (
    SELECT d.notification_id, d.endpoint_id FROM delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id
    WHERE d.state = 'pending' AND d.next_attempt_at <= now() AND e.enabled AND (d.lease_until IS NULL OR d.lease_until <= now())
    ORDER BY d.next_attempt_at
    LIMIT $2
    FOR UPDATE OF d SKIP LOCKED
  )
  UPDATE delivery d SET lease_owner = $1, lease_until = now() + make_interval(secs => $3),
    attempts = d.attempts + 1, round_attempts = d.round_attempts + 1, updated_at = now()
  FROM due, notification n, webhook_endpoint e
  WHERE d.notification_id = due.notification_id AND d.endpoint_id = due.endpoint_id AND n.id = d.notification_id AND e.id = d.endpoint_id
  RETURNING d.notification_id, d.endpoint_id::text, d.attempts, d.round_attempts, n.type, n.payload::text AS body, e.url, e.secret_sealed,
    CASE WHEN e.previous_secret_until > now() THEN e.previous_secret_sealed END AS previous_secret_sealed`;

const REQUEUE = `state = 'pending', round_attempts = 0, next_attempt_at = now(), lease_owner = NULL, lease_until = NULL, updated_at = now()`;
/** Not while a dispatcher holds it: that would send it twice at once. */
const REQUEUABLE = (d: string) => `(${d}.state <> 'pending' OR ${d}.lease_until IS NULL OR ${d}.lease_until <= now())`;

const REQUEUE_ONE_SQL = `
  INSERT INTO delivery (notification_id, endpoint_id)
  SELECT n.id, e.id FROM notification n, webhook_endpoint e WHERE n.id = $1 AND e.id = $2
  ON CONFLICT ON CONSTRAINT pk_delivery DO UPDATE SET ${REQUEUE} WHERE ${REQUEUABLE('delivery')}
  RETURNING endpoint_id`;

const REQUEUE_ALL_SQL = `UPDATE delivery SET ${REQUEUE} WHERE notification_id = $1 AND ${REQUEUABLE('delivery')} RETURNING endpoint_id`;

/**
 * The delivery outbox. Dispatchers claim due rows with a lease (`FOR UPDATE SKIP LOCKED`, so each
 * row goes to one dispatcher at a time); a dispatcher that dies leaves its lease to expire and the
 * row is claimed again. Delivery is at least once: a lease that expires while its send is still
 * in flight can make a second send of the same `webhook-id`.
 */
export class WebhookDeliveryStore {
  constructor(private readonly db: DataSource) {}

  /** Outside any other transaction; inside one, call enqueueNotification(manager, …) directly. */
  enqueue(input: NotificationInput): Promise<EnqueueOutcome> {
    return enqueueNotification(this.db, input);
  }

  async claimDue(owner: string, limit: number, leaseSeconds: number): Promise<ClaimedDelivery[]> {
    const rows = rowsOf<ClaimRow>(await this.db.query(CLAIM_SQL, [owner, limit, leaseSeconds]));
    return rows.map((r) => ({
      notificationId: r.notification_id,
      endpointId: r.endpoint_id,
      type: r.type,
      body: r.body,
      url: r.url,
      secrets: { current: r.secret_sealed, previous: r.previous_secret_sealed },
      attempt: r.attempts,
      roundAttempt: r.round_attempts,
    }));
  }

  /** Logs the attempt and, if the lease is still this dispatcher's, moves the delivery on. */
  recordAttempt(record: AttemptRecord): Promise<RecordedAttempt> {
    return this.db.transaction(async (tx) => {
      const applied = await settleDelivery(tx, record);
      await logAttempt(tx, record);
      if (!applied || record.outcome === 'retry') return { applied, endpointDisabled: false };
      return { applied, endpointDisabled: await countStreak(tx, record) };
    });
  }

  /**
   * Queues a delivery again, due now with a fresh retry schedule (finished, or waiting for a
   * retry). With an endpoint: also one that never had this notification. Without: every endpoint
   * that had it. The `webhook-id` stays the same, so receivers that already have it can tell.
   */
  async redeliver(notificationId: string, endpointId?: string): Promise<RedeliverOutcome> {
    const queued = rowsOf<unknown>(await this.db.query(endpointId === undefined ? REQUEUE_ALL_SQL : REQUEUE_ONE_SQL, endpointId === undefined ? [notificationId] : [notificationId, endpointId]));
    if (queued.length > 0) return 'queued';
    const existing: unknown[] = await this.db.query(
      `SELECT 1 FROM delivery WHERE notification_id = $1 AND ($2::uuid IS NULL OR endpoint_id = $2::uuid)`,
      [notificationId, endpointId ?? null],
    );
    return existing.length > 0 ? 'in_flight' : 'not_found';
  }

  /** Deliveries waiting to be sent to enabled endpoints (due now or later). */
  async queueDepth(): Promise<number> {
    const [row]: Array<{ depth: string }> = await this.db.query(
      `SELECT count(*) AS depth FROM delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id WHERE d.state = 'pending' AND e.enabled`,
    );
    return Number(row.depth);
  }
}

async function settleDelivery(tx: SqlExecutor, r: AttemptRecord): Promise<boolean> {
  const state = r.outcome === 'retry' ? 'pending' : r.outcome;
  const rows = rowsOf<unknown>(
    await tx.query(
      `UPDATE delivery SET state = $5, lease_owner = NULL, lease_until = NULL, last_status = $6, last_error = $7, updated_at = now(),
         next_attempt_at = CASE WHEN $5 = 'pending' THEN clock_timestamp() + make_interval(secs => $8::double precision / 1000) ELSE next_attempt_at END
       WHERE notification_id = $1 AND endpoint_id = $2 AND lease_owner = $3 AND attempts = $4 AND state = 'pending'
       RETURNING 1`,
      [r.notificationId, r.endpointId, r.owner, r.attempt, state, r.statusCode, r.error, r.retryInMs ?? 0],
    ),
  );
  return rows.length > 0;
}

async function logAttempt(tx: SqlExecutor, r: AttemptRecord): Promise<void> {
  await tx.query(
    `INSERT INTO delivery_attempt (notification_id, endpoint_id, attempt, dispatcher, at, outcome, status_code, latency_ms, error, response_snippet)
     SELECT $1, $2::uuid, $3, $4, $5, $6, $7, $8, $9, $10 WHERE EXISTS (SELECT 1 FROM delivery WHERE notification_id = $1 AND endpoint_id = $2::uuid)
     ON CONFLICT ON CONSTRAINT pk_delivery_attempt DO NOTHING`,
    [r.notificationId, r.endpointId, r.attempt, r.owner, r.at, r.outcome, r.statusCode, Math.max(0, Math.round(r.latencyMs)), r.error, r.responseSnippet],
  );
}

/** A success ends the endpoint's streak of dead deliveries; a dead one extends it, and may disable it. */
async function countStreak(tx: SqlExecutor, r: AttemptRecord): Promise<boolean> {
  const rows = rowsOf<{ disabled_now: boolean }>(
    await tx.query(
      `WITH before AS (SELECT id, enabled FROM webhook_endpoint WHERE id = $1 FOR UPDATE)
       UPDATE webhook_endpoint w SET
         consecutive_dead = CASE WHEN $2 THEN w.consecutive_dead + 1 ELSE 0 END,
         enabled = w.enabled AND NOT ($2 AND w.consecutive_dead + 1 >= $3),
         disabled_at = CASE WHEN w.enabled AND $2 AND w.consecutive_dead + 1 >= $3 THEN now() ELSE w.disabled_at END,
         disabled_reason = CASE WHEN w.enabled AND $2 AND w.consecutive_dead + 1 >= $3
           THEN format('disabled after %s dead deliveries in a row; the last: %s', w.consecutive_dead + 1, $4::text) ELSE w.disabled_reason END,
         updated_at = now()
       FROM before WHERE w.id = before.id
       RETURNING before.enabled AND NOT w.enabled AS disabled_now`,
      [r.endpointId, r.outcome === 'dead', r.disableAfterDead, r.error ?? `HTTP ${r.statusCode}`],
    ),
  );
  return rows[0]?.disabled_now ?? false;
}

interface ClaimRow {
  notification_id: string;
  endpoint_id: string;
  attempts: number;
  round_attempts: number;
  type: string;
  body: string;
  url: string;
  secret_sealed: Buffer;
  previous_secret_sealed: Buffer | null;
}
