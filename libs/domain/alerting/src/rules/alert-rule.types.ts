import type { Filter, GroupField } from '../filters/filter.types';

export const SEVERITIES = ['info', 'warning', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const RULE_KINDS = ['match', 'threshold', 'sequence', 'new_term', 'spike'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/**
 * What every alert rule has. A rule is versioned plain data: any change is a new `version`, and
 * alerts name the version that fired them (it is part of their fingerprint).
 * - `filter`: which incidents the rule looks at.
 * - `groupBy`: one alert per value of these fields (e.g. per governorate); none means one group.
 * - `latenessDays`: how late a report may arrive, in occurred time against received time, and still
 *   fire. Later reports update the rule's memory but never fire (default 30).
 * - `suppressForHours`: notify at most once per group per this many hours (see `suppress`).
 * - `groupWaitSeconds`: send the alerts this rule raises within this many seconds of one another
 *   as one notification (see `joinGroups`); without it, one notification per alert event.
 */
export interface AlertRuleBase {
  id: string;
  version: number;
  name: string;
  severity: Severity;
  enabled: boolean;
  filter: Filter;
  groupBy: GroupField[];
  latenessDays: number;
  suppressForHours?: number;
  groupWaitSeconds?: number;
}

/** "Any attack on a detention facility in Hasakah": every incident passing the filter fires. */
export interface MatchRule extends AlertRuleBase {
  kind: 'match';
}

/**
 * "More than 5 ISIS incidents in Deir ez-Zor within 24 h": the number of matching incidents (or,
 * with `distinctField`, of distinct values such as actors) in `windowHours` of occurred time, per
 * group, compared with `threshold` (`gt` = more than, `gte` = at least).
 */
export interface ThresholdRule extends AlertRuleBase {
  kind: 'threshold';
  windowHours: number;
  threshold: { op: 'gt' | 'gte'; value: number };
  distinctField?: GroupField;
}

/** One step of a sequence: incidents passing both the rule's filter and this one can fill it. */
export interface SequenceStep {
  name?: string;
  filter: Filter;
}

/**
 * "Turkish shelling in the same governorate within 48 h after an ISIS attack": ordered steps, each
 * occurring at or after the previous one and at most `withinHours` later, all sharing the values
 * of `joinOn` (e.g. admin1). The firing lists one incident per step.
 */
export interface SequenceRule extends AlertRuleBase {
  kind: 'sequence';
  steps: SequenceStep[];
  withinHours: number;
  joinOn: GroupField[];
}

/**
 * "An actor never seen in a governorate appears": a value of `termField` not seen for the group
 * (e.g. admin1) in the `lookbackDays` before the incident.
 */
export interface NewTermRule extends AlertRuleBase {
  kind: 'new_term';
  termField: GroupField;
  lookbackDays: number;
}

/**
 * "Actor X's activity is 3× its 30-day baseline": the count in `windowHours` against the rate over
 * the `baselineDays` before it, per group; fires at `factor` times the expected count and at least
 * `minCount` incidents (so one incident after a quiet month is not a spike).
 */
export interface SpikeRule extends AlertRuleBase {
  kind: 'spike';
  windowHours: number;
  baselineDays: number;
  factor: number;
  minCount: number;
}

export type AlertRule = MatchRule | ThresholdRule | SequenceRule | NewTermRule | SpikeRule;
