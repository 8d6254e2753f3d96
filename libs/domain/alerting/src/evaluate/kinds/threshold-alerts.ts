import type { ThresholdRule } from '../../rules/alert-rule.types';
import { HOUR_MS } from '../../time/event-time';
import type { DesiredAlert, Evidence, ScopeView } from './scope-view';
import { windowedEpisodes } from './windowed-episodes';

/** Windows whose count (or distinct count of `distinctField`) passes the threshold. */
export function thresholdAlerts(rule: ThresholdRule, view: ScopeView): DesiredAlert[] {
  const measure = (members: Evidence[]) =>
    rule.distinctField === undefined ? members.length : new Set(members.flatMap((member) => member.facts.values)).size;
  const { op, value } = rule.threshold;
  const holds = (members: Evidence[]) => (op === 'gt' ? measure(members) > value : measure(members) >= value);
  return windowedEpisodes(view, { windowMs: rule.windowHours * HOUR_MS, holds, canOpen: () => true });
}
