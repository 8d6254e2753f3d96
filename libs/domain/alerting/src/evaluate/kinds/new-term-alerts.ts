import type { NewTermRule } from '../../rules/alert-rule.types';
import { DAY_MS } from '../../time/event-time';
import { termGroupKey } from '../group-key';
import { compareText, desiredAlert, type DesiredAlert, type Evidence, type ScopeView } from './scope-view';

/**
 * One alert per appearance of a term (e.g. an actor) in a group after an absence longer than the
 * look-back: the first incident with it, or the first after a gap of more than `lookbackDays`.
 * Reports of one moment share it: the first by id is the new one. A new alert needs the whole
 * look-back still remembered; an open one is kept on what is left.
 */
export function newTermAlerts(rule: NewTermRule, view: ScopeView): DesiredAlert[] {
  const lookbackMs = rule.lookbackDays * DAY_MS;
  const openAnchors = new Set(view.open.map((alert) => `${alert.groupKey}\n${alert.anchor}`));
  const alerts: DesiredAlert[] = [];
  for (const [term, occurrences] of occurrencesByTerm(view.incidents)) {
    const groupKey = termGroupKey(view.scope, rule.termField, term);
    occurrences.forEach((incident, index) => {
      const previous = occurrences[index - 1];
      if (previous !== undefined && incident.atMs - previous.atMs <= lookbackMs) return;
      const complete = incident.atMs - lookbackMs >= view.cutoffMs;
      if (!complete && !openAnchors.has(`${groupKey}\n${incident.id}`)) return;
      const window = { startMs: incident.atMs - lookbackMs, endMs: incident.atMs };
      alerts.push(desiredAlert({ scope: view.scope, groupKey, anchor: incident.id, anchorAtMs: incident.atMs, window }, [incident]));
    });
  }
  return alerts;
}

/** Term → its incidents in occurred order (the view's order is kept), terms sorted. */
function occurrencesByTerm(incidents: Evidence[]): Array<[string, Evidence[]]> {
  const byTerm = new Map<string, Evidence[]>();
  for (const incident of incidents) {
    for (const term of incident.facts.values) {
      const occurrences = byTerm.get(term);
      if (occurrences === undefined) byTerm.set(term, [incident]);
      else occurrences.push(incident);
    }
  }
  return [...byTerm.entries()].sort(([a], [b]) => compareText(a, b));
}
