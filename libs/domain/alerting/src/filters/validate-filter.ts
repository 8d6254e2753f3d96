import { CATEGORIES, PARTICIPANT_ROLES, type ParticipantRole } from '@sitrep/contracts';
import { foldName } from '@sitrep/domain-incidents';
import { isRecord, pathOf, refuse, refuseUnknownKeys, type Issues, type JsonObject } from '../rules/read-input';
import { FIELD_SPECS, type ValueKind } from './field-specs';
import { FILTER_FIELDS, FILTER_OPS, type Filter, type FilterCondition, type FilterField, type FilterOp } from './filter.types';
import { FILTER_LIMITS } from './filter-limits';
import { parseGrade } from './source-grade';

/** Conditions counted so far across every filter of one rule (a sequence has one per step). */
export interface FilterBudget {
  nodes: number;
}

const STATUSES = ['active', 'retracted', 'merged'] as const;

/**
 * A filter read from untrusted JSON, or undefined with the reasons in `issues`. Refuses unknown
 * fields and operators, operators that mean nothing for a field, badly typed values, and filters
 * deeper or larger than `FILTER_LIMITS`.
 */
export function validateFilter(input: unknown, path: string, issues: Issues, budget: FilterBudget = { nodes: 0 }, depth = 1): Filter | undefined {
  if (depth > FILTER_LIMITS.maxDepth) return refuse(issues, path, `filter nested deeper than ${FILTER_LIMITS.maxDepth} levels`);
  budget.nodes += 1;
  if (budget.nodes === FILTER_LIMITS.maxNodes + 1) return refuse(issues, path, `filter has more than ${FILTER_LIMITS.maxNodes} conditions`);
  if (budget.nodes > FILTER_LIMITS.maxNodes) return undefined;
  if (!isRecord(input)) return refuse(issues, path, 'a filter is an object: { all }, { any }, { not } or { field, op, value }');
  for (const combinator of ['all', 'any'] as const) {
    if (combinator in input) return validateList(input, combinator, path, issues, budget, depth);
  }
  if ('not' in input) {
    refuseUnknownKeys(input, ['not'], path, issues);
    const inner = validateFilter(input.not, pathOf(path, 'not'), issues, budget, depth + 1);
    return inner === undefined ? undefined : { not: inner };
  }
  return validateCondition(input, path, issues);
}

function validateList(input: JsonObject, key: 'all' | 'any', path: string, issues: Issues, budget: FilterBudget, depth: number): Filter | undefined {
  refuseUnknownKeys(input, [key], path, issues);
  const list = input[key];
  if (!Array.isArray(list)) return refuse(issues, pathOf(path, key), 'must be a list of filters');
  const parts = list.map((part, index) => validateFilter(part, pathOf(pathOf(path, key), index), issues, budget, depth + 1));
  if (parts.some((part) => part === undefined)) return undefined;
  const valid = parts as Filter[];
  return key === 'all' ? { all: valid } : { any: valid };
}

function validateCondition(input: JsonObject, path: string, issues: Issues): FilterCondition | undefined {
  refuseUnknownKeys(input, ['field', 'op', 'value', 'roles'], path, issues);
  const field = input.field;
  const op = input.op;
  if (typeof field !== 'string' || !(FILTER_FIELDS as readonly string[]).includes(field)) {
    return refuse(issues, pathOf(path, 'field'), `unknown filter field ${JSON.stringify(field)} (expected one of ${FILTER_FIELDS.join(', ')})`);
  }
  const spec = FIELD_SPECS[field as FilterField];
  if (typeof op !== 'string' || !(FILTER_OPS as readonly string[]).includes(op)) {
    return refuse(issues, pathOf(path, 'op'), `unknown operator ${JSON.stringify(op)} (expected one of ${FILTER_OPS.join(', ')})`);
  }
  if (!spec.ops.includes(op as FilterOp)) {
    return refuse(issues, pathOf(path, 'op'), `operator '${op}' does not apply to field '${field}' (use ${spec.ops.join(', ')})`);
  }
  const roles = validateRoles(input, field as FilterField, path, issues);
  const value = validateValue(input.value, op as FilterOp, spec.kind, pathOf(path, 'value'), issues);
  if (value === undefined || roles === null) return undefined;
  return { field, op, value, ...(roles !== undefined && { roles }) } as FilterCondition;
}

/** The roles an actor condition asks for; null when they are refused (the issue is recorded). */
function validateRoles(input: JsonObject, field: FilterField, path: string, issues: Issues): ParticipantRole[] | undefined | null {
  if (input.roles === undefined) return undefined;
  const at = pathOf(path, 'roles');
  const roles = input.roles;
  const valid = Array.isArray(roles) && roles.length > 0 && roles.every((role) => (PARTICIPANT_ROLES as readonly unknown[]).includes(role));
  if (field === 'actor' && valid) return [...new Set(roles as ParticipantRole[])];
  refuse(issues, at, field === 'actor' ? `must be a non-empty list of ${PARTICIPANT_ROLES.join(', ')}` : 'roles apply only to the actor field');
  return null;
}

function validateValue(value: unknown, op: FilterOp, kind: ValueKind, path: string, issues: Issues): FilterCondition['value'] | undefined {
  if (op === 'exists') return typeof value === 'boolean' ? value : refuse(issues, path, 'exists takes true or false');
  if (op !== 'in') return validateOne(value, kind, path, issues);
  if (!Array.isArray(value) || value.length === 0) return refuse(issues, path, 'in takes a non-empty list');
  if (value.length > FILTER_LIMITS.maxInValues) return refuse(issues, path, `in takes at most ${FILTER_LIMITS.maxInValues} values`);
  const items = value.map((item, index) => validateOne(item, kind, pathOf(path, index), issues));
  return items.some((item) => item === undefined) ? undefined : (items as Array<string | number>);
}

function validateOne(value: unknown, kind: ValueKind, path: string, issues: Issues): string | number | undefined {
  if (kind === 'number') {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : refuse(issues, path, 'must be a number of at least 0');
  }
  if (typeof value !== 'string') return refuse(issues, path, 'must be a string');
  if (value.length > FILTER_LIMITS.maxValueLength) return refuse(issues, path, `value too long (at most ${FILTER_LIMITS.maxValueLength} characters)`);
  return validateWord(value, kind, path, issues);
}

function validateWord(value: string, kind: Exclude<ValueKind, 'number'>, path: string, issues: Issues): string | undefined {
  switch (kind) {
    case 'grade':
      return parseGrade(value) !== null ? value.trim().toUpperCase() : refuse(issues, path, 'a grade is a reliability A–F and a credibility 1–6, e.g. B3');
    case 'status':
      return (STATUSES as readonly string[]).includes(value) ? value : refuse(issues, path, `unknown status (expected ${STATUSES.join(', ')})`);
    case 'category':
      return (CATEGORIES as readonly string[]).includes(value) ? value : refuse(issues, path, `unknown category (expected ${CATEGORIES.join(', ')})`);
    case 'word':
    case 'text':
    case 'actor':
      return foldName(value) !== '' ? value : refuse(issues, path, 'has no letters or digits to compare (articles such as "al" are ignored)');
    default: {
      const _exhaustive: never = kind;
      return _exhaustive;
    }
  }
}
