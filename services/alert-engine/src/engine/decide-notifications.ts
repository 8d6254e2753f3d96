import { silenceFor, suppress, type AlertEvent, type AlertRule, type NotificationLedger, type Silence } from '@sitrep/domain-alerting';
import type { NotificationOutcome } from '@sitrep/db';

export interface DecidedNotification {
  event: AlertEvent;
  outcome: NotificationOutcome;
  silenceId: string | null;
}

/**
 * Which of one rule's events (from one change) are notified. A firing muted by a silence is never
 * entered in the rule's ledger, so its later update or resolution is not notified either (nobody
 * heard of it). The rest go through the rule's suppression at `detectedAt`; what passes is sent
 * unless a silence mutes it now. Held-back firings are `suppressed`; updates and resolutions of
 * alerts never notified, and expiries and retirements, are `not_notified`.
 */
export function decideNotifications(
  events: readonly AlertEvent[],
  ledger: NotificationLedger,
  rule: Pick<AlertRule, 'id' | 'suppressForHours'>,
  at: { detectedAt: string; now: string; silences: readonly Silence[] },
): { ledger: NotificationLedger; decided: DecidedNotification[] } {
  const mutedFirings = new Map<AlertEvent, string>();
  for (const event of events) {
    const silence = event.type === 'firing' ? silenceFor(event, at.silences, at.now) : undefined;
    if (silence !== undefined) mutedFirings.set(event, silence.id);
  }
  const result = suppress(events.filter((event) => !mutedFirings.has(event)), ledger, rule, at.detectedAt);
  const notify = new Set(result.notify);
  const decided = events.map((event): DecidedNotification => {
    const muted = mutedFirings.get(event);
    if (muted !== undefined) return { event, outcome: 'silenced', silenceId: muted };
    if (!notify.has(event)) return { event, outcome: event.type === 'firing' ? 'suppressed' : 'not_notified', silenceId: null };
    const silence = silenceFor(event, at.silences, at.now);
    return silence === undefined ? { event, outcome: 'sent', silenceId: null } : { event, outcome: 'silenced', silenceId: silence.id };
  });
  return { ledger: result.ledger, decided };
}
