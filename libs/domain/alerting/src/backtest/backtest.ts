import type { ActorRegistry } from '@sitrep/domain-places';
import type { AlertEvent } from '../evaluate/alert-event.types';
import { evaluate, type ChangeToEvaluate } from '../evaluate/evaluate';
import type { RuleState } from '../evaluate/rule-state.types';
import type { AlertRule } from '../rules/alert-rule.types';

export interface BacktestContext {
  registry?: ActorRegistry;
}

/**
 * What a rule would have fired over a stretch of the log: `evaluate` folded over the changes in
 * log order from an empty state, each detected at its record's receivedAt (`after.lastUpdatedAt`).
 * A draft is backtested as if enabled. Nothing is notified: there is no notification here at all.
 */
export function backtest(rule: AlertRule, changes: readonly ChangeToEvaluate[], ctx: BacktestContext = {}): AlertEvent[] {
  const enabled: AlertRule = rule.enabled ? rule : { ...rule, enabled: true };
  let state: RuleState | null = null;
  const events: AlertEvent[] = [];
  for (const change of changes) {
    const result = evaluate(state, enabled, change, { receivedAt: change.after.lastUpdatedAt, ...(ctx.registry !== undefined && { registry: ctx.registry }) });
    state = result.state;
    events.push(...result.events);
  }
  return events;
}
