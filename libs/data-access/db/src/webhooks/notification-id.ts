import { createHash } from 'node:crypto';

/** What the `webhook-id` of a notification may hold (checked by the notification table too). */
export const NOTIFICATION_ID_PATTERN = /^[A-Za-z0-9_:-]{1,128}$/;

/**
 * A stable `webhook-id` from what identifies a notification, e.g. the alert's fingerprint, its
 * state and its sequence: replaying the alert log derives the same id, so the outbox (keyed by it)
 * never notifies twice, and receivers can dedupe retries and redeliveries by it.
 */
export function notificationIdFor(...parts: Array<string | number>): string {
  if (parts.length === 0) throw new Error('notificationIdFor needs at least one part');
  const digest = createHash('sha256').update(JSON.stringify(parts.map(String))).digest('base64url');
  return `msg_${digest.slice(0, 32)}`;
}
