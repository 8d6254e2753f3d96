import type { RuleStateHead, StoredRule } from '@sitrep/db';

/**
 * What a batch does with each rule before evaluating input:
 * - `running`: enabled, with a state for its current epoch: evaluate on;
 * - `starting`: enabled, but new, edited or enabled again since its state was made: retire the
 *   earlier state (if any), then warm up afresh;
 * - `stopping`: states of rules now disabled, deleted or gone: retire them and drop them.
 */
export interface RulePlan<T extends RuleStateHead = RuleStateHead> {
  running: Array<{ rule: StoredRule; record: T }>;
  starting: Array<{ rule: StoredRule; previous: T | null }>;
  stopping: T[];
}

/** Plans on whatever is known of the stored states: their heads (to see whether anything is to do) or the full records. */
export function planRules<T extends RuleStateHead>(rules: readonly StoredRule[], states: readonly T[]): RulePlan<T> {
  const byRule = new Map(states.map((record) => [record.ruleId, record]));
  const plan: RulePlan<T> = { running: [], starting: [], stopping: [] };
  for (const rule of rules) {
    const record = byRule.get(rule.id) ?? null;
    byRule.delete(rule.id);
    const active = rule.enabled && !rule.deleted;
    if (!active) {
      if (record !== null) plan.stopping.push(record);
    } else if (record !== null && record.epoch === rule.epoch && record.ruleVersion === rule.version) {
      plan.running.push({ rule, record });
    } else {
      plan.starting.push({ rule, previous: record });
    }
  }
  plan.stopping.push(...byRule.values());
  return plan;
}
