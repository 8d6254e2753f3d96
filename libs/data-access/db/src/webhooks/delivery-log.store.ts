import type { DataSource } from 'typeorm';
import { isoOrNull, isoSql } from './sql-executor';
import type { DeliveryAttempt, DeliveryLogEntry, DeliveryState } from './webhook.types';

/** Reads for the API's delivery log: an endpoint's deliveries, newest first, each with every attempt. */
export class DeliveryLogStore {
  constructor(private readonly db: DataSource) {}

  async forEndpoint(endpointId: string, options: { limit: number; notificationId?: string }): Promise<DeliveryLogEntry[]> {
    const rows: LogRow[] = await this.db.query(
      `SELECT d.notification_id, n.type, d.state, d.attempts, d.next_attempt_at, d.last_status, d.last_error, d.created_at, d.updated_at,
         COALESCE(json_agg(json_build_object(
           'attempt', a.attempt, 'dispatcher', a.dispatcher, 'at', ${isoSql('a.at')}, 'outcome', a.outcome, 'statusCode', a.status_code,
           'latencyMs', a.latency_ms, 'error', a.error, 'responseSnippet', a.response_snippet) ORDER BY a.attempt)
           FILTER (WHERE a.attempt IS NOT NULL), '[]') AS attempt_log
       FROM delivery d JOIN notification n ON n.id = d.notification_id
       LEFT JOIN delivery_attempt a ON a.notification_id = d.notification_id AND a.endpoint_id = d.endpoint_id
       WHERE d.endpoint_id = $1 AND ($3::text IS NULL OR d.notification_id = $3)
       GROUP BY d.notification_id, d.endpoint_id, n.type
       ORDER BY d.created_at DESC, d.notification_id
       LIMIT $2`,
      [endpointId, options.limit, options.notificationId ?? null],
    );
    return rows.map((r) => ({
      notificationId: r.notification_id,
      type: r.type,
      state: r.state,
      attempts: r.attempts,
      nextAttemptAt: r.state === 'pending' ? isoOrNull(r.next_attempt_at) : null,
      lastStatus: r.last_status,
      lastError: r.last_error,
      createdAt: new Date(r.created_at).toISOString(),
      updatedAt: new Date(r.updated_at).toISOString(),
      attemptLog: r.attempt_log,
    }));
  }
}

interface LogRow {
  notification_id: string;
  type: string;
  state: DeliveryState;
  attempts: number;
  next_attempt_at: Date;
  last_status: number | null;
  last_error: string | null;
  created_at: Date;
  updated_at: Date;
  attempt_log: DeliveryAttempt[];
}
