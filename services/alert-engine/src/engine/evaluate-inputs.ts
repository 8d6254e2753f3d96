import { evaluate, type AlertEvent, type AlertRule, type NotificationLedger, type RuleState, type Silence } from '@sitrep/domain-alerting';
import type { AlertInput, InputPosition, NotificationOutcome } from '@sitrep/db';
import type { ActorRegistry } from '@sitrep/domain-places';
import { decideNotifications } from './decide-notifications';

/** One enabled rule as a batch carries it along: its state and its notification ledger. */
export interface RuleRun {
  rule: AlertRule;
  state: RuleState;
  ledger: NotificationLedger;
}

/** An alert event with what becomes of its notification and the change behind it (none for a retirement). */
export interface DecidedEvent {
  event: AlertEvent;
  outcome: NotificationOutcome;
  silenceId: string | null;
  input: InputPosition | null;
}

export interface EvaluationContext {
  registry?: ActorRegistry;
  silences: readonly Silence[];
  /** Wall-clock time of the batch: silences are set in it. */
  now: string;
}

/**
 * Evaluates every change, in the order given, against every rule, deciding each event's
 * notification as it comes (suppression is judged at the change's received time). Pure: returns
 * the runs as they end and the events in the order they happened.
 */
export function evaluateInputs(runs: readonly RuleRun[], inputs: readonly AlertInput[], ctx: EvaluationContext): { runs: RuleRun[]; events: DecidedEvent[] } {
  const current = runs.map((run) => ({ ...run }));
  const events: DecidedEvent[] = [];
  for (const input of inputs) {
    const position: InputPosition = { topic: input.topic, partition: input.partition, offset: input.offset, seq: input.seq };
    for (const run of current) {
      const evaluation = evaluate(run.state, run.rule, input.change, { receivedAt: input.receivedAt, ...(ctx.registry !== undefined && { registry: ctx.registry }) });
      run.state = evaluation.state;
      if (evaluation.events.length === 0) continue;
      const decision = decideNotifications(evaluation.events, run.ledger, run.rule, { detectedAt: input.receivedAt, now: ctx.now, silences: ctx.silences });
      run.ledger = decision.ledger;
      events.push(...decision.decided.map((d) => ({ ...d, input: position })));
    }
  }
  return { runs: current, events };
}
