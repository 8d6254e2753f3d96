import type { AlertRule, GroupWindow } from '@sitrep/domain-alerting';
import { isoSql, rowsOf, type SqlExecutor } from '../webhooks/sql-executor';
import type { RecordedAlertEvent } from './alert-engine.types';

/** What a grouped notification says of its rule, as the rule was when the group opened. */
export type GroupRule = Pick<AlertRule, 'id' | 'version' | 'name' | 'kind' | 'severity'>;

/** A notification group still open: `key` is its notification's id (the `webhook-id`). */
export interface OpenNotificationGroup extends GroupWindow {
  rule: GroupRule;
  eventIds: string[];
}

/** A sent alert event as a group holds it: enough to describe it in the notification. */
export type GroupedAlertEvent = Pick<RecordedAlertEvent, 'eventId' | 'seq' | 'event'>;

/** Every open group, oldest first (the table holds a handful: about one per grouping rule). */
export async function openNotificationGroups(m: SqlExecutor): Promise<OpenNotificationGroup[]> {
  const rows = rowsOf<{ id: string; rule_id: string; rule_version: number; rule: GroupRule; opened_at: string; send_at: string; hold_until: string; event_ids: string[] }>(
    await m.query(
      `SELECT id, rule_id, rule_version, rule, ${isoSql('opened_at')} AS opened_at, ${isoSql('send_at')} AS send_at, ${isoSql('hold_until')} AS hold_until, event_ids
       FROM alert_notification_group ORDER BY opened_at, id FOR UPDATE`,
    ),
  );
  return rows.map((r) => ({ key: r.id, ruleId: r.rule_id, ruleVersion: r.rule_version, rule: r.rule, openedAt: r.opened_at, sendAt: r.send_at, holdUntil: r.hold_until, eventIds: r.event_ids }));
}

/** Opens the groups new here and appends the events to the ones already open, in one statement. */
export async function addToNotificationGroups(m: SqlExecutor, groups: readonly OpenNotificationGroup[]): Promise<void> {
  if (groups.length === 0) return;
  const rows = groups.map((g) => ({ id: g.key, rule_id: g.ruleId, rule_version: g.ruleVersion, rule: g.rule, opened_at: g.openedAt, send_at: g.sendAt, hold_until: g.holdUntil, event_ids: g.eventIds }));
  await m.query(
    `INSERT INTO alert_notification_group (id, rule_id, rule_version, rule, opened_at, send_at, hold_until, event_ids)
     SELECT id, rule_id, rule_version, rule, opened_at, send_at, hold_until, event_ids
     FROM jsonb_to_recordset($1::jsonb) AS r(id text, rule_id text, rule_version int, rule jsonb, opened_at timestamptz, send_at timestamptz, hold_until timestamptz, event_ids text[])
     ON CONFLICT (id) DO UPDATE SET event_ids = alert_notification_group.event_ids || EXCLUDED.event_ids, updated_at = now()`,
    [JSON.stringify(rows)],
  );
}

export async function deleteNotificationGroups(m: SqlExecutor, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await m.query(`DELETE FROM alert_notification_group WHERE id = ANY($1::text[])`, [[...ids]]);
}

/** The recorded events with these ids, in the order of the ids. */
export async function groupedAlertEvents(m: SqlExecutor, eventIds: readonly string[]): Promise<GroupedAlertEvent[]> {
  if (eventIds.length === 0) return [];
  const rows = rowsOf<{ event_id: string; seq: number; event: RecordedAlertEvent['event'] }>(
    await m.query(`SELECT event_id, seq, event FROM alert_event WHERE event_id = ANY($1::text[])`, [[...eventIds]]),
  );
  const byId = new Map(rows.map((r) => [r.event_id, { eventId: r.event_id, seq: r.seq, event: r.event }]));
  return eventIds.flatMap((id) => byId.get(id) ?? []);
}
