import type { AlertEvent } from '@sitrep/domain-alerting';
import type { DataSource } from 'typeorm';
import { isoSql } from '../webhooks/sql-executor';

/** An alert event waiting to be published on the alerts topic. */
export interface UnpublishedAlertEvent {
  id: string;
  eventId: string;
  sequence: number;
  event: AlertEvent;
  recordedAt: string;
}

/**
 * The outbox side of `alert_event`: events not yet on the alerts topic, oldest first. Publishing
 * is at least once (a crash between append and mark publishes again); consumers dedupe by eventId.
 */
export class AlertRelayStore {
  constructor(private readonly db: DataSource) {}

  async unpublished(limit: number): Promise<UnpublishedAlertEvent[]> {
    const rows: Array<{ id: string; event_id: string; seq: number; event: AlertEvent; recorded_at: string }> = await this.db.query(
      `SELECT id::text, event_id, seq, event, ${isoSql('recorded_at')} AS recorded_at FROM alert_event WHERE published_at IS NULL ORDER BY id LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({ id: r.id, eventId: r.event_id, sequence: r.seq, event: r.event, recordedAt: r.recorded_at }));
  }

  async markPublished(ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await this.db.query(`UPDATE alert_event SET published_at = now() WHERE id = ANY($1::bigint[]) AND published_at IS NULL`, [[...ids]]);
  }
}
