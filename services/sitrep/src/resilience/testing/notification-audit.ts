import type { ProjectionProgress } from './projection-progress';

export interface SinkHitLike {
  id: string;
  body: string;
}

export interface NotificationAudit {
  /** Alert events the engine decided to send, and the notifications in the outbox. */
  sentEvents: number;
  notifications: number;
  /** Notifications the receiver got at least once / more than once (redelivered, same id and body). */
  delivered: number;
  redelivered: number;
  /** Problems found; empty when every check holds. */
  problems: string[];
}

/**
 * Checks the alert → webhook path end to end: every alert event decided `sent` is in the outbox,
 * every notification reached the receiver at least once, always with the same id and body, the
 * receiver got nothing else, and no alert fired twice as new (a firing only after a resolution).
 */
export async function auditNotifications(db: ProjectionProgress, hits: SinkHitLike[]): Promise<NotificationAudit> {
  const events = await db.query<{ fingerprint: string; seq: number; type: string; notification: string; notification_id: string | null }>(
    `SELECT fingerprint, seq, type, notification, notification_id FROM alert_event ORDER BY fingerprint, seq`,
  );
  const notifications = await db.query<{ id: string }>(`SELECT id FROM notification WHERE type LIKE 'alert.%'`);
  const unsettled = await db.query<{ state: string; n: number }>(`SELECT state, count(*)::int AS n FROM delivery WHERE state <> 'succeeded' GROUP BY state`);
  const problems: string[] = [];
  const outbox = new Set(notifications.map((n) => n.id));
  const sent = events.filter((e) => e.notification === 'sent');
  for (const e of sent) if (e.notification_id === null || !outbox.has(e.notification_id)) problems.push(`event ${e.fingerprint}#${e.seq} was sent but has no notification`);
  const bodies = new Map<string, Set<string>>();
  for (const hit of hits) bodies.set(hit.id, (bodies.get(hit.id) ?? new Set()).add(hit.body));
  for (const id of outbox) if (!bodies.has(id)) problems.push(`notification ${id} never reached the receiver`);
  for (const [id, variants] of bodies) {
    if (!outbox.has(id)) problems.push(`the receiver got ${id}, which is in no outbox`);
    if (variants.size > 1) problems.push(`notification ${id} arrived with ${variants.size} different bodies`);
  }
  let firing = new Map<string, boolean>();
  for (const e of events) {
    if (e.type === 'firing' && firing.get(e.fingerprint)) problems.push(`alert ${e.fingerprint} fired again as new (#${e.seq}) without being resolved`);
    if (e.type === 'firing') firing = firing.set(e.fingerprint, true);
    if (e.type === 'resolved') firing = firing.set(e.fingerprint, false);
  }
  for (const u of unsettled) problems.push(`${u.n} deliveries still ${u.state}`);
  return {
    sentEvents: sent.length,
    notifications: outbox.size,
    delivered: [...outbox].filter((id) => bodies.has(id)).length,
    redelivered: hits.length - bodies.size,
    problems,
  };
}
