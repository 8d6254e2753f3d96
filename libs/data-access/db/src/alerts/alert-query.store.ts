import type { AlertEvent, ChangeToEvaluate } from '@sitrep/domain-alerting';
import type { Incident } from '@sitrep/domain-incidents';
import type { DataSource } from 'typeorm';
import { LiveSchema } from '../queries/live-schema';
import { isoSql } from '../webhooks/sql-executor';
import type { NotificationOutcome } from './alert-engine.types';
import { incidentChangesBetween, incidentsById } from './incident-changes';

/** An alert as stored: its latest state and evidence. */
export interface StoredAlert {
  fingerprint: string;
  ruleId: string;
  ruleVersion: number;
  state: 'firing' | 'resolved';
  groupKey: string;
  window: { start: string; end: string } | null;
  incidentIds: string[];
  detectedLate: boolean;
  occurredAt: string;
  firstFiredAt: string;
  lastFiredAt: string;
  resolvedAt: string | null;
  resolveReason: string | null;
  sequence: number;
}

/** One entry of an alert's event history. */
export interface StoredAlertEvent {
  id: string;
  eventId: string;
  sequence: number;
  event: AlertEvent;
  notification: NotificationOutcome;
  notificationId: string | null;
  silenceId: string | null;
  recordedAt: string;
  publishedAt: string | null;
}

export interface AlertListFilter {
  ruleId?: string;
  state?: 'firing' | 'resolved';
  /** First fired at or after / before. */
  from?: string;
  to?: string;
  /** Keyset: after this (firstFiredAt, fingerprint) in newest-first order. */
  after?: { firstFiredAt: string; fingerprint: string };
  limit: number;
}

const ALERT_COLUMNS = `fingerprint, rule_id, rule_version, state, group_key, ${isoSql('window_start')} AS window_start, ${isoSql('window_end')} AS window_end,
  incident_ids, detected_late, ${isoSql('occurred_at')} AS occurred_at, ${isoSql('first_fired_at')} AS first_fired_at,
  ${isoSql('last_fired_at')} AS last_fired_at, ${isoSql('resolved_at')} AS resolved_at, resolve_reason, seq`;
const EVENT_COLUMNS = `id::text, event_id, seq, event, notification, notification_id, silence_id, ${isoSql('recorded_at')} AS recorded_at,
  ${isoSql('published_at')} AS published_at`;

/** What the alerts API reads: alerts, their events, the live stream, evidence and backtest input. */
export class AlertQueryStore {
  private readonly live: LiveSchema;

  constructor(private readonly db: DataSource) {
    this.live = new LiveSchema(db);
  }

  /** Newest first (by first firing), keyset-paged; asks for one more row than `limit` to tell whether more follow. */
  async list(filter: AlertListFilter): Promise<StoredAlert[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    if (filter.ruleId !== undefined) where.push(`rule_id = ${param(filter.ruleId)}`);
    if (filter.state !== undefined) where.push(`state = ${param(filter.state)}`);
    if (filter.from !== undefined) where.push(`first_fired_at >= ${param(filter.from)}`);
    if (filter.to !== undefined) where.push(`first_fired_at < ${param(filter.to)}`);
    if (filter.after !== undefined) where.push(`(first_fired_at, fingerprint) < (${param(filter.after.firstFiredAt)}::timestamptz, ${param(filter.after.fingerprint)})`);
    const rows: AlertRow[] = await this.db.query(
      `SELECT ${ALERT_COLUMNS} FROM alert ${where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`}
       ORDER BY first_fired_at DESC, fingerprint DESC LIMIT ${param(filter.limit + 1)}`,
      params,
    );
    return rows.map(toAlert);
  }

  async get(fingerprint: string): Promise<StoredAlert | null> {
    const rows: AlertRow[] = await this.db.query(`SELECT ${ALERT_COLUMNS} FROM alert WHERE fingerprint = $1`, [fingerprint]);
    return rows.length === 0 ? null : toAlert(rows[0]);
  }

  async events(fingerprint: string): Promise<StoredAlertEvent[]> {
    const rows: EventRow[] = await this.db.query(`SELECT ${EVENT_COLUMNS} FROM alert_event WHERE fingerprint = $1 ORDER BY seq`, [fingerprint]);
    return rows.map(toEvent);
  }

  /** Events recorded after the one with this id, oldest first (the live stream). */
  async eventsAfter(id: string, limit: number): Promise<StoredAlertEvent[]> {
    const rows: EventRow[] = await this.db.query(`SELECT ${EVENT_COLUMNS} FROM alert_event WHERE id > $1 ORDER BY id LIMIT $2`, [id, limit]);
    return rows.map(toEvent);
  }

  async latestEventId(): Promise<string> {
    const [row]: Array<{ id: string }> = await this.db.query(`SELECT coalesce(max(id), 0)::text AS id FROM alert_event`);
    return row.id;
  }

  /** The incidents as the live read model holds them now. */
  evidence(ids: readonly string[]): Promise<Incident[]> {
    return this.live.run((schema) => incidentsById(this.db, schema, ids));
  }

  /** What a backtest replays: the changes received in [from, to), rebuilt from incident versions. */
  changesBetween(from: string, to: string): Promise<ChangeToEvaluate[]> {
    return this.live.run((schema) => incidentChangesBetween(this.db, schema, from, to));
  }
}

interface AlertRow {
  fingerprint: string; rule_id: string; rule_version: number; state: 'firing' | 'resolved'; group_key: string; window_start: string | null;
  window_end: string | null; incident_ids: string[]; detected_late: boolean; occurred_at: string; first_fired_at: string; last_fired_at: string;
  resolved_at: string | null; resolve_reason: string | null; seq: number;
}

interface EventRow {
  id: string; event_id: string; seq: number; event: AlertEvent; notification: NotificationOutcome; notification_id: string | null;
  silence_id: string | null; recorded_at: string; published_at: string | null;
}

function toAlert(r: AlertRow): StoredAlert {
  return {
    fingerprint: r.fingerprint, ruleId: r.rule_id, ruleVersion: r.rule_version, state: r.state, groupKey: r.group_key,
    window: r.window_start === null || r.window_end === null ? null : { start: r.window_start, end: r.window_end },
    incidentIds: r.incident_ids, detectedLate: r.detected_late, occurredAt: r.occurred_at, firstFiredAt: r.first_fired_at,
    lastFiredAt: r.last_fired_at, resolvedAt: r.resolved_at, resolveReason: r.resolve_reason, sequence: r.seq,
  };
}

function toEvent(r: EventRow): StoredAlertEvent {
  return {
    id: r.id, eventId: r.event_id, sequence: r.seq, event: r.event, notification: r.notification, notificationId: r.notification_id,
    silenceId: r.silence_id, recordedAt: r.recorded_at, publishedAt: r.published_at,
  };
}
