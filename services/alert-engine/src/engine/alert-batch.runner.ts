import { Inject, Injectable } from '@nestjs/common';
import { type AlertEngineTx, type AlertInput, LiveActorRegistry, type RuleStateRecord } from '@sitrep/db';
import { retentionMs, retireRuleState, type AlertRule } from '@sitrep/domain-alerting';
import { ALERT_ENGINE_SETTINGS, type AlertEngineSettings } from '../alert-engine-settings';
import { alertNotification } from './alert-notification';
import { decideNotifications } from './decide-notifications';
import { evaluateInputs, type DecidedEvent, type RuleRun } from './evaluate-inputs';
import { flushDueGroups, routeToGroups } from './notification-groups';
import { numberEvents } from './number-events';
import { planRules, type RulePlan } from './plan-rules';
import { warmUpRule } from './warm-up-rule';

/** What one batch did, for the loop's pacing and the metrics. */
export interface BatchOutcome {
  inputs: number;
  /** When the newest change evaluated was handed over (for the input lag). */
  newestInputCreatedAt: string | null;
  events: DecidedEvent[];
  started: string[];
  stopped: string[];
  /** Notification groups that became due and went to the outbox. */
  groupsSent: number;
}

/**
 * One batch of the engine inside one transaction (the caller's): rules started or stopped since the
 * last batch are warmed up or retired, the pending changes are evaluated against every enabled rule,
 * and the events, their notifications, the rule states and the positions are written together.
 */
@Injectable()
export class AlertBatchRunner {
  constructor(
    private readonly actors: LiveActorRegistry,
    @Inject(ALERT_ENGINE_SETTINGS) private readonly settings: AlertEngineSettings,
  ) {}

  async run(tx: AlertEngineTx, now: string): Promise<BatchOutcome> {
    const rules = await tx.rules();
    const sketch = planRules(rules, await tx.stateHeads());
    const inputs = await tx.pendingInput(this.settings.batchSize);
    const outcome: BatchOutcome = { inputs: inputs.length, newestInputCreatedAt: newestCreatedAt(inputs), events: [], started: sketch.starting.map((s) => s.rule.id), stopped: sketch.stopping.map((s) => s.ruleId), groupsSent: 0 };
    // Idle polls stop here, without reading the (possibly large) states; open groups still fall due by the clock.
    if (inputs.length === 0 && sketch.starting.length === 0 && sketch.stopping.length === 0) {
      outcome.groupsSent = await flushDueGroups(tx, () => tx.liveSchema(), { watermark: null, caughtUp: true, now });
      return outcome;
    }
    const plan = planRules(rules, await tx.states());
    const schema = await tx.liveSchema();
    const retired = retire(plan, now);
    const startedRuns = await this.warmUp(tx, schema, plan, retired.ledgers);
    const runs: RuleRun[] = [...plan.running.map(({ rule, record }) => ({ rule: rule.rule, state: record.state, ledger: record.ledger })), ...startedRuns.map((s) => s.run)];
    const silences = inputs.length === 0 ? [] : await tx.activeSilences(now);
    const evaluated = evaluateInputs(runs, inputs, { registry: this.actors.registry(), silences, now });
    outcome.events = [...retired.events, ...evaluated.events];
    await this.record(tx, schema, outcome.events, new Map(evaluated.runs.map((run) => [run.rule.id, run.rule])), now);
    await tx.saveStates(stateRecords(plan, evaluated.runs, startedRuns, now));
    await tx.deleteStates(plan.stopping.map((record) => record.ruleId));
    await tx.moveInputPositions(inputs);
    outcome.groupsSent = await flushDueGroups(tx, async () => schema, { watermark: newestReceivedAt(inputs), caughtUp: inputs.length < this.settings.batchSize, now });
    return outcome;
  }

  /** Warm-up reads the changes of the longest retention among the starting rules once; each rule forgets what it does not need. */
  private async warmUp(tx: AlertEngineTx, schema: string, plan: RulePlan<RuleStateRecord>, ledgers: Map<string, RuleStateRecord['ledger']>) {
    if (plan.starting.length === 0) return [];
    const span = Math.max(...plan.starting.map(({ rule }) => retentionMs(rule.rule)));
    const changes = await tx.recentChanges(schema, span);
    const registry = this.actors.registry();
    return plan.starting.map(({ rule }) => ({
      epoch: rule.epoch,
      changes: changes.length,
      run: { rule: rule.rule, state: warmUpRule(rule.rule, changes, registry), ledger: ledgers.get(rule.id) ?? { lastNotifiedAt: {}, notified: {} } },
    }));
  }

  private async record(tx: AlertEngineTx, schema: string, decided: DecidedEvent[], rules: ReadonlyMap<string, AlertRule>, now: string): Promise<void> {
    if (decided.length === 0) return;
    const heads = await tx.alertHeads(decided.map((d) => d.event.fingerprint));
    const { events: recorded, single: sent } = await routeToGroups(tx, numberEvents(heads, decided), rules, now);
    const incidents = new Map((await tx.incidents(schema, sent.flatMap((r) => r.event.incidentIds))).map((incident) => [incident.incidentId, incident]));
    for (const event of sent) await tx.enqueue(alertNotification(event, rules.get(event.event.ruleId) as AlertRule, incidents));
    await tx.recordEvents(heads, recorded);
  }
}

/** Retires the states of stopping rules and the earlier epochs of starting ones; their ledgers carry over. */
function retire(plan: RulePlan<RuleStateRecord>, now: string): { events: DecidedEvent[]; ledgers: Map<string, RuleStateRecord['ledger']> } {
  const records = [...plan.stopping, ...plan.starting.flatMap((s) => (s.previous === null ? [] : [s.previous]))];
  const events: DecidedEvent[] = [];
  const ledgers = new Map<string, RuleStateRecord['ledger']>();
  for (const record of records) {
    const decision = decideNotifications(retireRuleState(record.state, now), record.ledger, { id: record.ruleId }, { detectedAt: now, now, silences: [] });
    ledgers.set(record.ruleId, decision.ledger);
    events.push(...decision.decided.map((d) => ({ ...d, input: null })));
  }
  return { events, ledgers };
}

function stateRecords(plan: RulePlan<RuleStateRecord>, runs: RuleRun[], started: Array<{ epoch: number; changes: number; run: RuleRun }>, now: string): RuleStateRecord[] {
  const meta = new Map<string, { epoch: number; warmedUpAt: string; warmUpChanges: number }>([
    ...plan.running.map(({ rule, record }) => [rule.id, { epoch: rule.epoch, warmedUpAt: record.warmedUpAt, warmUpChanges: record.warmUpChanges }] as const),
    ...started.map(({ epoch, changes, run }) => [run.rule.id, { epoch, warmedUpAt: now, warmUpChanges: changes }] as const),
  ]);
  return runs.map((run) => {
    const m = meta.get(run.rule.id) as { epoch: number; warmedUpAt: string; warmUpChanges: number };
    return { ruleId: run.rule.id, ruleVersion: run.rule.version, state: run.state, ledger: run.ledger, ...m };
  });
}

function newestReceivedAt(inputs: readonly AlertInput[]): string | null {
  return inputs.reduce<string | null>((newest, input) => (newest === null || input.receivedAt > newest ? input.receivedAt : newest), null);
}

function newestCreatedAt(inputs: readonly AlertInput[]): string | null {
  return inputs.reduce<string | null>((newest, input) => (newest === null || input.createdAt > newest ? input.createdAt : newest), null);
}
