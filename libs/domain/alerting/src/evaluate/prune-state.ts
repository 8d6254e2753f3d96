import type { AlertRule } from '../rules/alert-rule.types';
import { toMs } from '../time/event-time';
import type { AlertEvent } from './alert-event.types';
import { alertEventOf, byFingerprint } from './alert-events';
import type { RuleState } from './rule-state.types';

/**
 * Forgets incidents and alerts whose occurred time fell behind the retention cutoff: nothing that
 * old can fire or change any more. An announced alert forgotten this way resolves as `expired`,
 * so its fingerprint's life is closed on the alerts topic and a later firing of the same
 * fingerprint (a correction moving its incident forward) still follows a resolution.
 */
export function pruneState(state: RuleState, rule: AlertRule, cutoffMs: number, detectedAt: string): { state: RuleState; events: AlertEvent[] } {
  const incidents = Object.fromEntries(Object.entries(state.incidents).filter(([, tracked]) => toMs(tracked.until ?? tracked.at) >= cutoffMs));
  const expired = Object.values(state.alerts).filter((alert) => toMs(alert.anchorAt) < cutoffMs);
  if (expired.length === 0 && Object.keys(incidents).length === Object.keys(state.incidents).length) return { state, events: [] };
  const alerts = Object.fromEntries(Object.entries(state.alerts).filter(([, alert]) => toMs(alert.anchorAt) >= cutoffMs));
  const events = expired
    .filter((alert) => alert.announced)
    .sort(byFingerprint)
    .map((alert) => alertEventOf('resolved', rule, alert, detectedAt, 'expired'));
  return { state: { ...state, incidents, alerts }, events };
}
