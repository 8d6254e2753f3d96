import { ROOT_PATH, type ValidationIssue } from '@sitrep/contracts';
import { GROUP_FIELDS, type Filter } from '../filters/filter.types';
import { validateFilter, type FilterBudget } from '../filters/validate-filter';
import { RULE_KINDS, SEVERITIES, type AlertRule, type AlertRuleBase, type RuleKind } from './alert-rule.types';
import { isRecord, readBoolean, readChoice, readChoiceList, readNumber, readString, refuse, refuseUnknownKeys, type Issues, type JsonObject } from './read-input';
import { RULE_ID_PATTERN, RULE_LIMITS } from './rule-limits';
import { KIND_KEYS, readKindFields } from './validate-rule-kind';

export type RuleValidation = { ok: true; rule: AlertRule } | { ok: false; issues: ValidationIssue[] };

const BASE_KEYS = ['id', 'version', 'name', 'severity', 'enabled', 'kind', 'filter', 'groupBy', 'latenessDays', 'suppressForHours', 'groupWaitSeconds'] as const;

/**
 * A rule as an analyst saved it (untrusted JSON), checked and with its defaults filled in
 * (`enabled` true, `latenessDays` 30, `groupBy` none), or every reason it was refused, each at its
 * path. Run on save; `evaluate` trusts what this returns.
 */
export function validateRule(input: unknown): RuleValidation {
  const issues: Issues = [];
  if (!isRecord(input)) return { ok: false, issues: [{ path: ROOT_PATH, reason: 'a rule is a JSON object' }] };
  const kind = readChoice(input, 'kind', ROOT_PATH, issues, RULE_KINDS, true);
  const budget: FilterBudget = { nodes: 0 };
  const base = readBase(input, kind, issues, budget);
  const specific = kind === undefined ? undefined : readKindFields(kind, input, issues, budget);
  if (kind !== undefined) refuseUnknownKeys(input, [...BASE_KEYS, ...KIND_KEYS[kind]], ROOT_PATH, issues);
  if (issues.length > 0 || base === undefined || specific === undefined) return { ok: false, issues };
  return { ok: true, rule: { ...base, ...specific } as AlertRule };
}

function readBase(input: JsonObject, kind: RuleKind | undefined, issues: Issues, budget: FilterBudget): AlertRuleBase | undefined {
  const id = readString(input, 'id', ROOT_PATH, issues, { required: true, maxLength: RULE_LIMITS.maxIdLength, pattern: RULE_ID_PATTERN });
  const version = readNumber(input, 'version', ROOT_PATH, issues, { required: true, integer: true, min: 1, max: Number.MAX_SAFE_INTEGER });
  const name = readString(input, 'name', ROOT_PATH, issues, { required: true, maxLength: RULE_LIMITS.maxNameLength });
  const severity = readChoice(input, 'severity', ROOT_PATH, issues, SEVERITIES, true);
  const enabled = readBoolean(input, 'enabled', ROOT_PATH, issues) ?? true;
  const filter = readRuleFilter(input, kind, issues, budget);
  const groupBy = readGroupBy(input, kind, issues);
  const latenessDays = readNumber(input, 'latenessDays', ROOT_PATH, issues, { required: false, min: 0, max: RULE_LIMITS.maxLatenessDays });
  const suppressForHours = readNumber(input, 'suppressForHours', ROOT_PATH, issues, { required: false, min: 0, exclusive: true, max: RULE_LIMITS.maxSuppressHours });
  const groupWaitSeconds = readNumber(input, 'groupWaitSeconds', ROOT_PATH, issues, { required: false, integer: true, min: 0, exclusive: true, max: RULE_LIMITS.maxGroupWaitSeconds });
  if (id === undefined || version === undefined || name === undefined || severity === undefined || filter === undefined || groupBy === undefined) return undefined;
  return {
    id, version, name, severity, enabled, filter, groupBy,
    latenessDays: latenessDays ?? RULE_LIMITS.defaultLatenessDays,
    ...(suppressForHours !== undefined && { suppressForHours }),
    ...(groupWaitSeconds !== undefined && { groupWaitSeconds }),
  };
}

/**
 * A sequence's steps carry its filters, so its rule-wide filter may be left out (it passes
 * everything). Whether it is required is unknown while the kind is.
 */
function readRuleFilter(input: JsonObject, kind: RuleKind | undefined, issues: Issues, budget: FilterBudget): Filter | undefined {
  if (input.filter === undefined && kind === undefined) return undefined;
  if (input.filter === undefined) return kind === 'sequence' ? { all: [] } : refuse(issues, 'filter', 'required');
  return validateFilter(input.filter, 'filter', issues, budget);
}

/** A sequence groups by its `joinOn`; a second grouping would only be confusing. */
function readGroupBy(input: JsonObject, kind: RuleKind | undefined, issues: Issues): AlertRuleBase['groupBy'] | undefined {
  if (kind === 'sequence' && input.groupBy !== undefined) return refuse(issues, 'groupBy', 'a sequence is grouped by joinOn; groupBy does not apply');
  if (input.groupBy === undefined) return [];
  return readChoiceList(input, 'groupBy', ROOT_PATH, issues, GROUP_FIELDS, RULE_LIMITS.maxGroupFields);
}
