/**
 * What one rule's notifier remembers, as plain JSON the engine stores beside its outbox:
 * - `lastNotifiedAt`: group key → when a firing of that group was last notified (for suppression);
 * - `notified`: fingerprint → when it was notified as firing, until it resolves (every alert
 *   does: withdrawn, expired or retired, so this stays bounded). Only these alerts' updates and
 *   resolution are notified, and a firing already here is a duplicate (a replay) and is dropped.
 */
export interface NotificationLedger {
  lastNotifiedAt: Record<string, string>;
  notified: Record<string, string>;
}

export function emptyLedger(): NotificationLedger {
  return { lastNotifiedAt: {}, notified: {} };
}
