import { notificationIdFor, type AlertHead, type RecordedAlertEvent } from '@sitrep/db';
import { createHash } from 'node:crypto';
import type { DecidedEvent } from './evaluate-inputs';

/** The stable id of an alert's n-th event: the same on every replay, for consumers of the alerts topic to dedupe by. */
export function alertEventIdFor(fingerprint: string, seq: number): string {
  return `evt_${createHash('sha256').update(JSON.stringify([fingerprint, seq])).digest('base64url').slice(0, 32)}`;
}

/**
 * Numbers each alert's events on from its stored sequence, and names the notification of each sent
 * one after the fingerprint, the state and that sequence: a batch redone after a crash numbers and
 * names them the same, so the outbox (keyed by the name) never holds a notification twice.
 */
export function numberEvents(heads: ReadonlyMap<string, AlertHead>, decided: readonly DecidedEvent[]): RecordedAlertEvent[] {
  const next = new Map<string, number>();
  return decided.map(({ event, outcome, silenceId, input }) => {
    const seq = (next.get(event.fingerprint) ?? heads.get(event.fingerprint)?.seq ?? 0) + 1;
    next.set(event.fingerprint, seq);
    return {
      eventId: alertEventIdFor(event.fingerprint, seq),
      seq,
      event,
      notification: outcome,
      notificationId: outcome === 'sent' ? notificationIdFor(event.fingerprint, event.type, seq) : null,
      silenceId,
      input,
    };
  });
}
