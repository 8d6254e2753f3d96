import { evaluate, emptyRuleState, type AlertRule, type ChangeToEvaluate, type RuleState } from '@sitrep/domain-alerting';
import type { ActorRegistry } from '@sitrep/domain-places';

/**
 * A new rule (or version, or a rule enabled again) learns recent history before it may notify: its
 * windows, sequences, seen terms and baselines are filled from the changes given, in order, each
 * at the time it was received. Nothing of this is announced: alerts that already held become
 * silent history (never announced, later changes to them neither), so the rule does not fire on
 * the past, and a spike or new term is judged against a real baseline from the first new change.
 */
export function warmUpRule(rule: AlertRule, changes: readonly ChangeToEvaluate[], registry?: ActorRegistry): RuleState {
  let state: RuleState = emptyRuleState(rule);
  for (const change of changes) {
    state = evaluate(state, rule, change, { receivedAt: change.after.lastUpdatedAt, ...(registry !== undefined && { registry }) }).state;
  }
  const alerts = Object.fromEntries(Object.entries(state.alerts).map(([fingerprint, alert]) => [fingerprint, { ...alert, announced: false }]));
  return { ...state, alerts };
}
