import type { IncidentChange } from '@sitrep/domain-incidents';
import type { ActorRegistry } from '@sitrep/domain-places';
import type { AlertEvent } from '../evaluate/alert-event.types';
import { evaluate } from '../evaluate/evaluate';
import type { RuleState } from '../evaluate/rule-state.types';
import type { AlertRule } from '../rules/alert-rule.types';
import { validateRule } from '../rules/validate-rule';

/** A rule from JSON, as the API would save it; a spec's own rule must be valid. */
export function ruleOf(input: unknown): AlertRule {
  const result = validateRule(input);
  if (!result.ok) throw new Error(`Invalid test rule: ${JSON.stringify(result.issues)}`);
  return result.rule;
}

/** One change as the engine receives it: the change and its record's receivedAt. */
export interface Delivery {
  change: IncidentChange;
  receivedAt: string;
}

export function delivered(change: IncidentChange): Delivery {
  return { change, receivedAt: change.after.lastUpdatedAt };
}

export interface Run {
  /** Events of each delivery, in order. */
  steps: AlertEvent[][];
  events: AlertEvent[];
  state: RuleState | null;
}

/** Folds `evaluate` over deliveries, as the engine would, from `state` (empty by default). */
export function runRule(rule: AlertRule, deliveries: Delivery[], options: { registry?: ActorRegistry; state?: RuleState | null } = {}): Run {
  let state = options.state ?? null;
  const steps: AlertEvent[][] = [];
  for (const { change, receivedAt } of deliveries) {
    const result = evaluate(state, rule, change, { receivedAt, ...(options.registry !== undefined && { registry: options.registry }) });
    state = result.state;
    steps.push(result.events);
  }
  return { steps, events: steps.flat(), state };
}

/** The events' types and fingerprints, compact for assertions. */
export function summary(events: AlertEvent[]): string[] {
  return events.map((event) => `${event.type} ${event.fingerprint}`);
}
