import { DAY_MS, HOUR_MS } from '../time/event-time';
import type { AlertRule } from './alert-rule.types';

/**
 * How far back in occurred time, before an incident, the rule must still remember to judge it:
 * nothing for a match, the window for a threshold, the span of all steps for a sequence, the
 * look-back for a new term, the baseline and window for a spike.
 */
export function lookbackMs(rule: AlertRule): number {
  switch (rule.kind) {
    case 'match':
      return 0;
    case 'threshold':
      return rule.windowHours * HOUR_MS;
    case 'sequence':
      return (rule.steps.length - 1) * rule.withinHours * HOUR_MS;
    case 'new_term':
      return rule.lookbackDays * DAY_MS;
    case 'spike':
      return rule.baselineDays * DAY_MS + rule.windowHours * HOUR_MS;
    default: {
      const _exhaustive: never = rule;
      return _exhaustive;
    }
  }
}

export function latenessMs(rule: AlertRule): number {
  return rule.latenessDays * DAY_MS;
}

/**
 * How long the rule remembers, in occurred time behind its clock (the latest receivedAt): the
 * look-back plus the lateness. Anything older can no longer fire, so it is forgotten; this is what
 * bounds the state.
 */
export function retentionMs(rule: AlertRule): number {
  return lookbackMs(rule) + latenessMs(rule);
}
