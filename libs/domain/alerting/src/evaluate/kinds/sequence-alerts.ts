import type { SequenceRule } from '../../rules/alert-rule.types';
import { HOUR_MS } from '../../time/event-time';
import { findSequenceChain } from './find-sequence-chain';
import { compareText, desiredAlert, type DesiredAlert, type Evidence, type ScopeView } from './scope-view';

/**
 * Complete chains in one join group, one alert each, anchored on the incident of the first step.
 * Chains already open are rebuilt first (so a late report cannot steal their incidents and move
 * the alert), then every other first-step incident in occurred order tries to start one. An
 * incident is evidence of one chain at most: two ISIS attacks followed by one shelling make one
 * alert, not two.
 */
export function sequenceAlerts(rule: SequenceRule, view: ScopeView): DesiredAlert[] {
  const used = new Set<string>();
  const alerts: DesiredAlert[] = [];
  const byId = new Map(view.incidents.map((incident) => [incident.id, incident]));
  const search = { incidents: view.incidents, stepCount: rule.steps.length, withinMs: rule.withinHours * HOUR_MS, used };
  const tryAnchor = (anchor: Evidence) => {
    if (used.has(anchor.id) || !anchor.facts.steps.includes(0)) return;
    const chain = findSequenceChain(anchor, search);
    if (chain === null) return;
    for (const member of chain) used.add(member.id);
    const window = { startMs: anchor.atMs, endMs: chain[chain.length - 1].atMs };
    alerts.push(desiredAlert({ scope: view.scope, groupKey: view.scope, anchor: anchor.id, anchorAtMs: anchor.atMs, window }, chain));
  };
  for (const open of [...view.open].sort((a, b) => compareText(a.anchorAt, b.anchorAt) || compareText(a.anchor, b.anchor))) {
    const anchor = byId.get(open.anchor);
    if (anchor !== undefined) tryAnchor(anchor);
  }
  for (const incident of view.incidents) tryAnchor(incident);
  return alerts;
}
