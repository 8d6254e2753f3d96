import type { AlertRule } from '@sitrep/domain-alerting';

export const RULE_CHANGE_KINDS = ['created', 'updated', 'disabled', 'enabled', 'deleted'] as const;
export type RuleChangeKind = (typeof RULE_CHANGE_KINDS)[number];

/**
 * One change of a rule as recorded on the rules topic (`sitrep.rule.changed.v1`, key = rule id).
 * - `rule`: for created and updated, the rule as validated, at the version the change makes.
 * - `baseRevision`: the revision its author saw (0 when creating): an update made on top of a
 *   revision that is no longer current lost a race and is refused, so no edit is silently lost.
 * - `changedBy`: the API key id behind the request, when there was one.
 */
export interface RuleChange {
  changeId: string;
  ruleId: string;
  kind: RuleChangeKind;
  rule?: AlertRule;
  baseRevision: number;
  changedBy: string | null;
  changedAt: string;
}

/** A rule as projected: its current definition and where it is in its history. */
export interface StoredRule {
  id: string;
  version: number;
  /** Number of changes applied to it (every change adds one). */
  revision: number;
  /** Revision of the last change that made the engine start the rule afresh (created, updated, enabled). */
  epoch: number;
  enabled: boolean;
  deleted: boolean;
  rule: AlertRule;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  updatedBy: string | null;
}

/** One field a change altered, before and after. */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** One entry of a rule's audit trail. */
export interface RuleRevision {
  revision: number;
  version: number;
  change: RuleChangeKind;
  changeId: string;
  rule: AlertRule;
  diff: FieldChange[];
  changedBy: string | null;
  changedAt: string;
}
