import type { AlertEvent } from '../evaluate/alert-event.types';
import type { AlertRule } from '../rules/alert-rule.types';
import { HOUR_MS, toMs } from '../time/event-time';
import type { NotificationLedger } from './notification-ledger.types';

export interface Suppression {
  notify: AlertEvent[];
  suppressed: AlertEvent[];
  ledger: NotificationLedger;
}

/**
 * Which of a rule's alert events to notify at `now`: a firing only if its group was not notified
 * in the rule's last `suppressForHours` (no limit without it) and its fingerprint is not already
 * notified; an update or a resolution only of a notified firing, so an analyst never hears of the
 * end of an alert they never heard of. Only a withdrawal is worth a resolution message: an alert
 * expiring or retired with its rule version just leaves the ledger. Events of other rules pass
 * through untouched. Returns the ledger to store in place of `openNotifications`.
 */
export function suppress(events: AlertEvent[], openNotifications: NotificationLedger, rule: Pick<AlertRule, 'id' | 'suppressForHours'>, now: string): Suppression {
  const nowMs = toMs(now);
  const since = nowMs - (rule.suppressForHours ?? 0) * HOUR_MS;
  const ledger: NotificationLedger = {
    lastNotifiedAt: newerThan(openNotifications.lastNotifiedAt, since),
    notified: { ...openNotifications.notified },
  };
  const notify: AlertEvent[] = [];
  const suppressed: AlertEvent[] = [];
  for (const event of events) {
    const pass = event.ruleId !== rule.id || decide(event, ledger, since, now);
    (pass ? notify : suppressed).push(event);
  }
  return { notify, suppressed, ledger };
}

/** Whether to notify one event of the rule; records in `ledger` what it notifies. */
function decide(event: AlertEvent, ledger: NotificationLedger, sinceMs: number, now: string): boolean {
  const known = ledger.notified[event.fingerprint] !== undefined;
  switch (event.type) {
    case 'firing': {
      const last = ledger.lastNotifiedAt[event.groupKey];
      if (known || (last !== undefined && toMs(last) > sinceMs)) return false;
      ledger.notified[event.fingerprint] = now;
      ledger.lastNotifiedAt[event.groupKey] = now;
      return true;
    }
    case 'evidence_updated':
      return known;
    case 'resolved':
      delete ledger.notified[event.fingerprint];
      return known && event.reason === 'evidence_withdrawn';
    default: {
      const _exhaustive: never = event.type;
      return _exhaustive;
    }
  }
}

function newerThan(times: Record<string, string>, sinceMs: number): Record<string, string> {
  return Object.fromEntries(Object.entries(times).filter(([, at]) => toMs(at) > sinceMs));
}
