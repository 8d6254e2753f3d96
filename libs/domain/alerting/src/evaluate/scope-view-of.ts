import { toMs } from '../time/event-time';
import { byOccurred, type Evidence, type ScopeView } from './kinds/scope-view';
import type { RuleState } from './rule-state.types';

/**
 * One group's evidence in occurred order and its open alerts, out of the rule's state. Evidence
 * and alerts from before the cutoff are left out: they are about to be forgotten (see `until`
 * and `pruneState`).
 */
export function scopeViewOf(state: RuleState, scope: string, cutoffMs: number): ScopeView {
  const incidents: Evidence[] = [];
  for (const [id, tracked] of Object.entries(state.incidents)) {
    const atMs = toMs(tracked.at);
    if (tracked.facts === undefined || atMs < cutoffMs || !tracked.facts.groups.includes(scope)) continue;
    incidents.push({ id, atMs, endMs: toMs(tracked.end), facts: tracked.facts });
  }
  const open = Object.values(state.alerts).filter((alert) => alert.scope === scope && toMs(alert.anchorAt) >= cutoffMs);
  return { scope, incidents: incidents.sort(byOccurred), open, cutoffMs };
}
