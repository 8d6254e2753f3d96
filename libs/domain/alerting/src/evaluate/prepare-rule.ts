import type { ActorRegistry } from '@sitrep/domain-places';
import { compileFilter, type IncidentMatcher } from '../filters/compile-filter';
import type { AlertRule } from '../rules/alert-rule.types';

/** A rule with its filters compiled: the rule-wide filter, and one per sequence step. */
export interface PreparedRule {
  rule: AlertRule;
  registry: ActorRegistry | undefined;
  matches: IncidentMatcher;
  steps: IncidentMatcher[];
}

/**
 * The last preparation of each rule object, so folding thousands of changes through one rule
 * compiles its filters once. Keyed weakly by the rule object: a memo, not state; results never
 * depend on it.
 */
const prepared = new WeakMap<AlertRule, PreparedRule>();

export function prepareRule(rule: AlertRule, registry?: ActorRegistry): PreparedRule {
  const known = prepared.get(rule);
  if (known !== undefined && known.registry === registry) return known;
  const context = { registry };
  const next: PreparedRule = {
    rule,
    registry,
    matches: compileFilter(rule.filter, context),
    steps: rule.kind === 'sequence' ? rule.steps.map((step) => compileFilter(step.filter, context)) : [],
  };
  prepared.set(rule, next);
  return next;
}
