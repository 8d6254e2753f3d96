import { notificationIdFor, type AlertEngineTx, type OpenNotificationGroup, type RecordedAlertEvent } from '@sitrep/db';
import { isGroupDue, joinGroups, type AlertRule } from '@sitrep/domain-alerting';
import { groupNotification, groupRuleOf } from './alert-notification';

/** When the batch stands: the newest change it evaluated (received time), whether it emptied the input, and the clock. */
export interface GroupClock {
  watermark: string | null;
  caughtUp: boolean;
  now: string;
}

const waitOf = (rule: AlertRule | undefined): number => rule?.groupWaitSeconds ?? 0;

export interface RoutedEvents {
  /** Every event, those in a group with the group's id as notification id. */
  events: RecordedAlertEvent[];
  /** The sent events notified one by one (their rules do not group). */
  single: RecordedAlertEvent[];
}

/**
 * The sent events of rules with `groupWaitSeconds` join their rule version's open group (or open
 * one), in this transaction; the events come back with their group's id as notification id, so
 * the alert's history says which notification carried them. Events of other rules pass unchanged.
 */
export async function routeToGroups(tx: AlertEngineTx, recorded: readonly RecordedAlertEvent[], rules: ReadonlyMap<string, AlertRule>, now: string): Promise<RoutedEvents> {
  const sent = recorded.filter((r) => r.notification === 'sent');
  const grouped = sent.filter((r) => waitOf(rules.get(r.event.ruleId)) > 0);
  const single = sent.filter((r) => waitOf(rules.get(r.event.ruleId)) === 0);
  if (grouped.length === 0) return { events: [...recorded], single };
  const open = await tx.openGroups();
  const items = grouped.map((r) => ({ ruleId: r.event.ruleId, ruleVersion: r.event.ruleVersion, detectedAt: r.event.detectedAt, recorded: r }));
  // Named after the event that opens it: unique, and the same if the batch is redone after a crash.
  const { opened, keys } = joinGroups(open, items, (item) => waitOf(rules.get(item.ruleId)), (first) => notificationIdFor('alert-group', first.recorded.eventId), now);
  const windows = new Map<string, OpenNotificationGroup>();
  for (const g of open) windows.set(g.key, { ...g, eventIds: [] });
  for (const g of opened) windows.set(g.key, { ...g, rule: groupRuleOf(rules.get(g.ruleId) as AlertRule), eventIds: [] });
  const groupOf = new Map<RecordedAlertEvent, string>();
  items.forEach((item, i) => {
    windows.get(keys[i])?.eventIds.push(item.recorded.eventId);
    groupOf.set(item.recorded, keys[i]);
  });
  await tx.addToGroups([...windows.values()].filter((g) => g.eventIds.length > 0));
  return { events: recorded.map((r) => (groupOf.has(r) ? { ...r, notificationId: groupOf.get(r) as string } : r)), single };
}

/**
 * Every open group that is due becomes one notification in the outbox, with the incidents as they
 * stand now, and is closed, in this transaction: a crash before the commit leaves the group open
 * for the next batch, after it the outbox (keyed by the group's id) holds it once.
 */
export async function flushDueGroups(tx: AlertEngineTx, schemaOf: () => Promise<string>, clock: GroupClock): Promise<number> {
  const due = (await tx.openGroups()).filter((group) => isGroupDue(group, clock));
  if (due.length === 0) return 0;
  const schema = await schemaOf();
  for (const group of due) {
    const events = await tx.groupedEvents(group.eventIds);
    const incidents = await tx.incidents(schema, [...new Set(events.flatMap((e) => e.event.incidentIds))]);
    await tx.enqueue(groupNotification(group, events, new Map(incidents.map((incident) => [incident.incidentId, incident]))));
  }
  await tx.deleteGroups(due.map((group) => group.key));
  return due.length;
}
