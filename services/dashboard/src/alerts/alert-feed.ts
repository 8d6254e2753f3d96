// The alert API's shapes (services/alert-engine), as the feed reads them, and how stream events and
// listed alerts become one newest-first feed.

export type AlertEventType = 'firing' | 'resolved' | 'evidence_updated';

/** One change in an alert's life (domain-alerting AlertEvent). */
export interface AlertEvent {
  type: AlertEventType;
  fingerprint: string;
  ruleId: string;
  ruleVersion: number;
  groupKey: string;
  window?: { start: string; end: string };
  incidentIds: string[];
  detectedLate: boolean;
  occurredAt: string;
  detectedAt: string;
  reason?: string;
}

/** What GET /v1/alerts lists: an alert's latest state. */
export interface ListedAlert {
  fingerprint: string;
  ruleId: string;
  ruleVersion: number;
  state: 'firing' | 'resolved';
  groupKey: string;
  incidentIds: string[];
  detectedLate: boolean;
  occurredAt: string;
  firstFiredAt: string;
  lastFiredAt: string;
  resolvedAt: string | null;
  resolveReason: string | null;
  ruleName?: string;
  severity?: string;
}

export interface FeedEntry {
  key: string;
  type: AlertEventType;
  fingerprint: string;
  ruleId: string;
  groupKey: string;
  incidentIds: string[];
  occurredAt: string;
  /** When it fired or resolved (detected time). */
  at: string;
  detectedLate: boolean;
  reason?: string;
  /** Arrived on the live stream while the page was open (not from the initial list). */
  live: boolean;
}

const TYPES: readonly string[] = ['firing', 'resolved', 'evidence_updated'];

/** A stream message's data (`event: alert`: the recorded event with its id), or null when it is not one. */
export function entryFromStream(data: unknown): FeedEntry | null {
  if (typeof data !== 'object' || data === null) return null;
  const record = data as { id?: unknown; event?: Partial<AlertEvent> };
  const event = record.event;
  if (event === undefined || typeof event.fingerprint !== 'string' || typeof event.type !== 'string' || !TYPES.includes(event.type)) return null;
  return {
    key: `event:${String(record.id ?? `${event.fingerprint}|${event.type}|${event.detectedAt}`)}`,
    type: event.type,
    fingerprint: event.fingerprint,
    ruleId: event.ruleId ?? '',
    groupKey: event.groupKey ?? '',
    incidentIds: Array.isArray(event.incidentIds) ? event.incidentIds : [],
    occurredAt: event.occurredAt ?? '',
    at: event.detectedAt ?? '',
    detectedLate: event.detectedLate === true,
    ...(event.reason !== undefined && { reason: event.reason }),
    live: true,
  };
}

/** A listed alert as the feed's entry for its latest change. */
export function entryFromAlert(alert: ListedAlert): FeedEntry {
  const resolved = alert.state === 'resolved';
  return {
    key: `alert:${alert.fingerprint}`,
    type: resolved ? 'resolved' : 'firing',
    fingerprint: alert.fingerprint,
    ruleId: alert.ruleId,
    groupKey: alert.groupKey,
    incidentIds: alert.incidentIds,
    occurredAt: alert.occurredAt,
    at: resolved && alert.resolvedAt !== null ? alert.resolvedAt : alert.lastFiredAt,
    detectedLate: alert.detectedLate,
    ...(alert.resolveReason !== null && { reason: alert.resolveReason }),
    live: false,
  };
}

export const FEED_LIMIT = 200;

/** Adds an entry at the top; an entry already shown (same key, e.g. replayed after a reconnect) is not repeated. */
export function addToFeed(feed: readonly FeedEntry[], entry: FeedEntry): FeedEntry[] {
  if (feed.some((shown) => shown.key === entry.key)) return [...feed];
  return [entry, ...feed].slice(0, FEED_LIMIT);
}

/** `rule-x@v2|admin1=Al Hasakah|inc-…` → `admin1=Al Hasakah`: the group, readable; `*` when the rule has no groups. */
export function describeGroup(groupKey: string): string {
  return groupKey === '' || groupKey === '*' ? 'all incidents' : groupKey.replace(/\|/g, ', ');
}
