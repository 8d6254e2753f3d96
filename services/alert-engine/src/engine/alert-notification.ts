import type { GroupedAlertEvent, GroupRule, NotificationInput, OpenNotificationGroup, RecordedAlertEvent, Severity } from '@sitrep/db';
import type { AlertEventType, AlertRule } from '@sitrep/domain-alerting';
import type { Incident } from '@sitrep/domain-incidents';
import { incidentEvidence } from './incident-evidence';

/** Notification type per event: receivers switch on it. */
export const NOTIFICATION_TYPES: Record<AlertEventType, string> = {
  firing: 'alert.firing',
  evidence_updated: 'alert.updated',
  resolved: 'alert.resolved',
};

/** The type of a notification carrying several alert events of one rule (`groupWaitSeconds`). */
export const GROUP_NOTIFICATION_TYPE = 'alert.group';

/**
 * Rules grade info / warning / critical; webhook endpoints filter on a five-step scale. A warning
 * sits in the middle of it, so an endpoint asking for `medium` and up hears warnings.
 */
const WEBHOOK_SEVERITY: Record<AlertRule['severity'], Severity> = { info: 'info', warning: 'medium', critical: 'critical' };

/** Where an alert can be read with its events and evidence. */
export function alertLink(fingerprint: string): string {
  return `/v1/alerts/${encodeURIComponent(fingerprint)}`;
}

/** What a rule says of itself in a notification. */
export function groupRuleOf(rule: AlertRule): GroupRule {
  return { id: rule.id, version: rule.version, name: rule.name, kind: rule.kind, severity: rule.severity };
}

/**
 * The webhook of one sent alert event: the alert (fingerprint, state, rule id/version/name and
 * severity, group key, window, times, lateness) and every incident that caused it, in full, with
 * links to the API. Its id is the event's notification id, stable across replays and restarts.
 */
export function alertNotification(recorded: RecordedAlertEvent, rule: AlertRule, incidents: ReadonlyMap<string, Incident>): NotificationInput {
  if (recorded.notificationId === null) throw new Error(`event ${recorded.eventId} is not one to notify`);
  const type = NOTIFICATION_TYPES[recorded.event.type];
  return {
    id: recorded.notificationId,
    type,
    ruleId: rule.id,
    severity: WEBHOOK_SEVERITY[rule.severity],
    payload: {
      type,
      eventId: recorded.eventId,
      alert: alertSummary(recorded, groupRuleOf(rule)),
      incidents: recorded.event.incidentIds.map((id) => incidentEvidence(id, incidents.get(id))),
    },
  };
}

/**
 * The webhook of a notification group: the rule, the group's window in detection time, each alert
 * event (as in a single notification, with its own notification type) in the order detected, and
 * every incident behind any of them once. Its id is the group's key, fixed when the group opened.
 */
export function groupNotification(group: OpenNotificationGroup, events: readonly GroupedAlertEvent[], incidents: ReadonlyMap<string, Incident>): NotificationInput {
  const incidentIds = [...new Set(events.flatMap((e) => e.event.incidentIds))];
  return {
    id: group.key,
    type: GROUP_NOTIFICATION_TYPE,
    ruleId: group.rule.id,
    severity: WEBHOOK_SEVERITY[group.rule.severity],
    payload: {
      type: GROUP_NOTIFICATION_TYPE,
      rule: group.rule,
      group: { openedAt: group.openedAt, sendAt: group.sendAt, size: events.length },
      alerts: events.map((e) => ({ type: NOTIFICATION_TYPES[e.event.type], eventId: e.eventId, ...alertSummary(e, group.rule) })),
      incidents: incidentIds.map((id) => incidentEvidence(id, incidents.get(id))),
    },
  };
}

function alertSummary({ event, seq }: GroupedAlertEvent, rule: GroupRule): Record<string, unknown> {
  return {
    fingerprint: event.fingerprint,
    state: event.type === 'resolved' ? 'resolved' : 'firing',
    event: event.type,
    sequence: seq,
    rule,
    groupKey: event.groupKey,
    window: event.window ?? null,
    occurredAt: event.occurredAt,
    detectedAt: event.detectedAt,
    detectedLate: event.detectedLate,
    ...(event.reason !== undefined && { resolveReason: event.reason }),
    incidentIds: event.incidentIds,
    link: alertLink(event.fingerprint),
  };
}
