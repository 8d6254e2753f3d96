import type { IncidentChange } from '@sitrep/domain-incidents';
import type { ActorRegistry } from '@sitrep/domain-places';
import type { AlertRule } from '../rules/alert-rule.types';
import { latenessMs, retentionMs } from '../rules/rule-horizon';
import { eventTimeOf, latestIso, toMs } from '../time/event-time';
import type { AlertEvent } from './alert-event.types';
import { desiredAlerts } from './kinds/desired-alerts';
import { isBeyondLateness } from './lateness';
import { prepareRule } from './prepare-rule';
import { pruneState } from './prune-state';
import { reconcileAlerts } from './reconcile-alerts';
import type { RuleState } from './rule-state.types';
import { scopeViewOf } from './scope-view-of';
import { trackIncident } from './track-incident';

/**
 * - `receivedAt`: when the record behind the change was received (detection time of any firing).
 * - `watermark`: optionally, a later time the engine knows the log has reached (e.g. the newest
 *   receivedAt across partitions); it only moves the rule's clock forward for pruning and lateness.
 * - `registry`: actor aliases and memberships for `actor` filters.
 */
export interface EvaluationContext {
  receivedAt: string;
  watermark?: string;
  registry?: ActorRegistry;
}

export interface Evaluation {
  state: RuleState;
  events: AlertEvent[];
}

/**
 * An incident change as a rule reads it: the incident after the change. What it was before is in
 * the rule's state already, so whoever hands changes over need not carry (or store) `before`.
 */
export type ChangeToEvaluate = Pick<IncidentChange, 'after'>;

/** The state of a rule that has seen nothing yet. */
export function emptyRuleState(rule: Pick<AlertRule, 'id' | 'version'>): RuleState {
  return { ruleId: rule.id, ruleVersion: rule.version, clock: null, incidents: {}, alerts: {} };
}

/**
 * Applies one incident change (as the stream processor produced it, in log order) to one rule.
 * Pure: the next state and the alert events, nothing else. Only `after` is read: the state
 * already knows what the incident was before. Idempotent: a change at or below the incident
 * version the rule saw is a replay and yields nothing. A state of another rule or version is
 * ignored (the rule starts empty: see `retireRuleState`). A disabled rule neither learns nor fires.
 * Events: those of the change (resolved, updated, fired), then alerts expiring as the clock moves.
 */
export function evaluate(state: RuleState | null, rule: AlertRule, change: ChangeToEvaluate, ctx: EvaluationContext): Evaluation {
  const current = state !== null && state.ruleId === rule.id && state.ruleVersion === rule.version ? state : emptyRuleState(rule);
  if (!rule.enabled) return { state: current, events: [] };
  const clock = latestIso(current.clock, ctx.receivedAt, ctx.watermark);
  const cutoffMs = clock === null ? Number.NEGATIVE_INFINITY : toMs(clock) - retentionMs(rule);
  const judged = judgeChange({ ...current, clock }, rule, change, ctx, cutoffMs);
  const pruned = pruneState(judged.state, rule, cutoffMs, ctx.receivedAt);
  return { state: pruned.state, events: [...judged.events, ...pruned.events] };
}

function judgeChange(state: RuleState, rule: AlertRule, change: ChangeToEvaluate, ctx: EvaluationContext, cutoffMs: number): Evaluation {
  const incident = change.after;
  const previous = state.incidents[incident.incidentId];
  if (previous !== undefined && incident.version <= previous.version) return { state, events: [] };
  const tracking = trackIncident(state, prepareRule(rule, ctx.registry), incident, cutoffMs);
  const tracked: RuleState = { ...state, incidents: tracking.incidents };
  if (tracking.scopes.length === 0) return { state: tracked, events: [] };
  const desired = tracking.scopes.flatMap((scope) => desiredAlerts(rule, scopeViewOf(tracked, scope, cutoffMs)));
  const detectedAtMs = toMs(ctx.receivedAt);
  const { alerts, events } = reconcileAlerts(rule, tracked.alerts, new Set(tracking.scopes), desired, {
    detectedAt: ctx.receivedAt,
    detectedAtMs,
    mayFire: !isBeyondLateness(eventTimeOf(incident), detectedAtMs, latenessMs(rule)),
    fireFromMs: detectedAtMs - latenessMs(rule),
    cutoffMs,
  });
  return { state: { ...tracked, alerts }, events };
}
