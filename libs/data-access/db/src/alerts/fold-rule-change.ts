import type { AlertRule } from '@sitrep/domain-alerting';
import type { FieldChange, RuleChange, RuleRevision, StoredRule } from './alert-rule.types';

export type RuleChangeOutcome = { ok: true; rule: StoredRule; revision: RuleRevision } | { ok: false; reason: string };

/**
 * Applies one change from the rules topic to the rule as projected so far (null: never seen).
 * Pure and deterministic, so replaying the topic rebuilds the same rules. A change that does not
 * fit (an update on a stale revision, a second create, a change to a deleted rule) is refused
 * with a reason and changes nothing.
 */
export function foldRuleChange(current: StoredRule | null, change: RuleChange): RuleChangeOutcome {
  if (change.kind === 'created') return create(current, change);
  if (current === null || current.deleted) return { ok: false, reason: `rule ${change.ruleId} does not exist` };
  switch (change.kind) {
    case 'updated':
      return update(current, change);
    case 'disabled':
    case 'enabled':
      return toggle(current, change, change.kind === 'enabled');
    case 'deleted':
      return applied(current, change, { ...current, deleted: true, enabled: false, rule: { ...current.rule, enabled: false } }, false);
    default: {
      const _exhaustive: never = change.kind;
      return _exhaustive;
    }
  }
}

function create(current: StoredRule | null, change: RuleChange): RuleChangeOutcome {
  if (current !== null) return { ok: false, reason: `rule ${change.ruleId} exists already (ids are never reused)` };
  const rule = change.rule;
  if (rule === undefined || rule.id !== change.ruleId || rule.version !== 1) return { ok: false, reason: 'a created rule carries itself at version 1' };
  if (change.baseRevision !== 0) return { ok: false, reason: 'a created rule starts from revision 0' };
  const stored: StoredRule = {
    id: rule.id, version: 1, revision: 1, epoch: 1, enabled: rule.enabled, deleted: false, rule,
    createdAt: change.changedAt, createdBy: change.changedBy, updatedAt: change.changedAt, updatedBy: change.changedBy,
  };
  return { ok: true, rule: stored, revision: revisionOf(stored, change, diffRules(null, rule)) };
}

function update(current: StoredRule, change: RuleChange): RuleChangeOutcome {
  const rule = change.rule;
  if (rule === undefined || rule.id !== current.id) return { ok: false, reason: 'an update carries the rule it makes' };
  if (change.baseRevision !== current.revision) return { ok: false, reason: `stale: made on revision ${change.baseRevision}, the rule is at ${current.revision}` };
  if (rule.version !== current.version + 1) return { ok: false, reason: `an update makes version ${current.version + 1}, not ${rule.version}` };
  return applied(current, change, { ...current, version: rule.version, enabled: rule.enabled, rule }, true);
}

function toggle(current: StoredRule, change: RuleChange, enabled: boolean): RuleChangeOutcome {
  if (current.enabled === enabled) return { ok: false, reason: `rule ${current.id} is already ${enabled ? 'enabled' : 'disabled'}` };
  return applied(current, change, { ...current, enabled, rule: { ...current.rule, enabled } }, enabled);
}

function applied(current: StoredRule, change: RuleChange, next: StoredRule, restarts: boolean): RuleChangeOutcome {
  const revision = current.revision + 1;
  const stored: StoredRule = { ...next, revision, epoch: restarts ? revision : current.epoch, updatedAt: change.changedAt, updatedBy: change.changedBy };
  return { ok: true, rule: stored, revision: revisionOf(stored, change, diffRules(current.rule, stored.rule)) };
}

function revisionOf(stored: StoredRule, change: RuleChange, diff: FieldChange[]): RuleRevision {
  return {
    revision: stored.revision, version: stored.version, change: change.kind, changeId: change.changeId, rule: stored.rule,
    diff, changedBy: change.changedBy, changedAt: change.changedAt,
  };
}

/** The top-level fields that differ (equal JSON, whatever its key order, is the same), in sorted order. */
export function diffRules(before: AlertRule | null, after: AlertRule): FieldChange[] {
  const was = (before ?? {}) as Record<string, unknown>;
  const now = after as unknown as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(was), ...Object.keys(now)])].sort();
  return fields
    .filter((field) => canonical(was[field]) !== canonical(now[field]))
    .map((field) => ({ field, from: was[field] ?? null, to: now[field] ?? null }));
}

/** JSON with object keys sorted: jsonb hands objects back in its own key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
