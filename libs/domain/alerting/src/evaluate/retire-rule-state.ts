import type { AlertEvent } from './alert-event.types';
import { alertEventOf, byFingerprint } from './alert-events';
import type { RuleState } from './rule-state.types';

/**
 * When a rule is edited (a new version) or deleted, its old version's announced alerts resolve
 * (`rule_retired`): their fingerprints name the old version, which will never evaluate again.
 * Returns those events; the old state can then be dropped.
 */
export function retireRuleState(state: RuleState, detectedAt: string): AlertEvent[] {
  const rule = { id: state.ruleId, version: state.ruleVersion };
  return Object.values(state.alerts)
    .filter((alert) => alert.announced)
    .sort(byFingerprint)
    .map((alert) => alertEventOf('resolved', rule, alert, detectedAt, 'rule_retired'));
}
