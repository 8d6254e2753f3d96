import type { AlertEvent } from '../evaluate/alert-event.types';
import { isoOf, toMs } from '../time/event-time';

/**
 * Alerts of one rule version sent as one notification (Alertmanager's group_wait): the first event
 * opens a group, and every event of that rule detected up to `groupWaitSeconds` later joins it.
 * `openedAt`/`sendAt` are detection times (the `receivedAt` of the change that caused the event),
 * so events are grouped the same however they are batched; `holdUntil` is the clock time before
 * which a group is not sent unless a later change proves it complete (`isGroupDue`).
 */
export interface GroupWindow {
  key: string;
  ruleId: string;
  ruleVersion: number;
  openedAt: string;
  sendAt: string;
  holdUntil: string;
}

export interface NotificationGroup extends GroupWindow {
  events: AlertEvent[];
}

/** What can join a group: an alert event, or the engine's record of one. */
export interface Groupable {
  ruleId: string;
  ruleVersion: number;
  detectedAt: string;
}

export interface GroupJoin {
  /** Groups opened by these items (the rest joined groups already open). */
  opened: GroupWindow[];
  /** The key of each item's group, in the items' order. */
  keys: string[];
}

/**
 * Puts each item, in the order given, into the open group of its rule version when its detection
 * time falls before that group's `sendAt`, else into a new group it opens (which replaces the open
 * one for later items) and holds for the wait from `now`. `keyOf` names a new group after the item
 * that opens it.
 */
export function joinGroups<T extends Groupable>(
  open: readonly GroupWindow[],
  items: readonly T[],
  waitSecondsOf: (item: T) => number,
  keyOf: (first: T, openedAt: string) => string,
  now: string,
): GroupJoin {
  const openByRule = new Map(open.map((group) => [ruleVersionOf(group), group]));
  const opened: GroupWindow[] = [];
  const keys = items.map((item) => {
    const current = openByRule.get(ruleVersionOf(item));
    if (current !== undefined && toMs(item.detectedAt) <= toMs(current.sendAt)) return current.key;
    const openedMs = toMs(item.detectedAt);
    const waitMs = Math.max(0, waitSecondsOf(item)) * 1000;
    const openedAt = isoOf(openedMs);
    const holdUntil = isoOf(Math.max(openedMs, toMs(now)) + waitMs);
    const group = { key: keyOf(item, openedAt), ruleId: item.ruleId, ruleVersion: item.ruleVersion, openedAt, sendAt: isoOf(openedMs + waitMs), holdUntil };
    openByRule.set(ruleVersionOf(item), group);
    opened.push(group);
    return group.key;
  });
  return { opened, keys };
}

/**
 * When a group is sent: the engine has evaluated a change received after its `sendAt` (the
 * watermark passed it: nothing detected later can join, so a backlog flushes in detection time),
 * or it has caught up with its input and the group has been held for its wait on the clock (live:
 * what comes in meanwhile joins, as with Alertmanager's group_wait).
 */
export function isGroupDue(group: Pick<GroupWindow, 'sendAt' | 'holdUntil'>, at: { watermark: string | null; caughtUp: boolean; now: string }): boolean {
  return (at.watermark !== null && toMs(at.watermark) > toMs(group.sendAt)) || (at.caughtUp && toMs(at.now) >= toMs(group.holdUntil));
}

/**
 * A whole set of events grouped at once (a backtest: how many notifications the firings would
 * have made). Groups come in opening order; events detected at the same moment keep the order
 * given (the log's), so a firing stays before its update.
 */
export function groupNotifications(events: AlertEvent[], groupWaitSeconds: number): NotificationGroup[] {
  const ordered = [...events].sort((a, b) => toMs(a.detectedAt) - toMs(b.detectedAt));
  const { opened, keys } = joinGroups([], ordered, () => groupWaitSeconds, (first, openedAt) => `${ruleVersionOf(first)}|${openedAt}`, EPOCH);
  const members = new Map<string, AlertEvent[]>(opened.map((group) => [group.key, []]));
  ordered.forEach((event, i) => members.get(keys[i])?.push(event));
  return opened.map((group) => ({ ...group, events: members.get(group.key) ?? [] }));
}

/** A clock long past: a group of a whole set is held only for its detection-time wait. */
const EPOCH = '1970-01-01T00:00:00.000Z';

function ruleVersionOf(item: Pick<Groupable, 'ruleId' | 'ruleVersion'>): string {
  return `${item.ruleId}@v${item.ruleVersion}`;
}
