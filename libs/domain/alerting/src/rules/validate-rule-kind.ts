import { ROOT_PATH } from '@sitrep/contracts';
import { GROUP_FIELDS } from '../filters/filter.types';
import { validateFilter, type FilterBudget } from '../filters/validate-filter';
import type { AlertRule, AlertRuleBase, RuleKind, SequenceStep } from './alert-rule.types';
import { isRecord, pathOf, readChoice, readChoiceList, readNumber, readString, refuse, refuseUnknownKeys, type Issues, type JsonObject } from './read-input';
import { RULE_LIMITS } from './rule-limits';

/** The fields of a rule that belong to its kind: everything a rule has beyond `AlertRuleBase`. */
export type KindFields = DistributiveOmit<AlertRule, keyof AlertRuleBase>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export const KIND_KEYS: Readonly<Record<RuleKind, readonly string[]>> = {
  match: [],
  threshold: ['windowHours', 'threshold', 'distinctField'],
  sequence: ['steps', 'withinHours', 'joinOn'],
  new_term: ['termField', 'lookbackDays'],
  spike: ['windowHours', 'baselineDays', 'factor', 'minCount'],
};

const WINDOW = { required: true, min: 0, exclusive: true, max: RULE_LIMITS.maxWindowHours } as const;
const DAYS = { required: true, min: 0, exclusive: true, max: RULE_LIMITS.maxLookbackDays } as const;

export function readKindFields(kind: RuleKind, input: JsonObject, issues: Issues, budget: FilterBudget): KindFields | undefined {
  switch (kind) {
    case 'match':
      return { kind };
    case 'threshold':
      return readThreshold(input, issues);
    case 'sequence':
      return readSequence(input, issues, budget);
    case 'new_term': {
      const termField = readChoice(input, 'termField', ROOT_PATH, issues, GROUP_FIELDS, true);
      const lookbackDays = readNumber(input, 'lookbackDays', ROOT_PATH, issues, DAYS);
      return termField === undefined || lookbackDays === undefined ? undefined : { kind, termField, lookbackDays };
    }
    case 'spike':
      return readSpike(input, issues);
    default: {
      const _exhaustive: never = kind;
      return _exhaustive;
    }
  }
}

function readThreshold(input: JsonObject, issues: Issues): KindFields | undefined {
  const windowHours = readNumber(input, 'windowHours', ROOT_PATH, issues, WINDOW);
  const distinctField = readChoice(input, 'distinctField', ROOT_PATH, issues, GROUP_FIELDS, false);
  const threshold = input.threshold;
  if (!isRecord(threshold)) return refuse(issues, 'threshold', 'required: { "op": "gt" | "gte", "value": n }');
  refuseUnknownKeys(threshold, ['op', 'value'], 'threshold', issues);
  const op = readChoice(threshold, 'op', 'threshold', issues, ['gt', 'gte'] as const, true);
  const min = op === 'gte' ? 1 : 0;
  const value = readNumber(threshold, 'value', 'threshold', issues, { required: true, integer: true, min, max: RULE_LIMITS.maxCount });
  if (windowHours === undefined || op === undefined || value === undefined) return undefined;
  return { kind: 'threshold', windowHours, threshold: { op, value }, ...(distinctField !== undefined && { distinctField }) };
}

function readSequence(input: JsonObject, issues: Issues, budget: FilterBudget): KindFields | undefined {
  const withinHours = readNumber(input, 'withinHours', ROOT_PATH, issues, WINDOW);
  const joinOn = input.joinOn === undefined ? [] : readChoiceList(input, 'joinOn', ROOT_PATH, issues, GROUP_FIELDS, RULE_LIMITS.maxGroupFields);
  const steps = readSteps(input.steps, issues, budget);
  if (withinHours === undefined || joinOn === undefined || steps === undefined) return undefined;
  return { kind: 'sequence', steps, withinHours, joinOn };
}

function readSteps(input: unknown, issues: Issues, budget: FilterBudget): SequenceStep[] | undefined {
  if (input === undefined) return refuse(issues, 'steps', `required: a list of ${RULE_LIMITS.minSteps} to ${RULE_LIMITS.maxSteps} steps`);
  if (!Array.isArray(input)) return refuse(issues, 'steps', 'must be a list of steps');
  if (input.length < RULE_LIMITS.minSteps) return refuse(issues, 'steps', `a sequence needs at least ${RULE_LIMITS.minSteps} steps`);
  if (input.length > RULE_LIMITS.maxSteps) return refuse(issues, 'steps', `a sequence has at most ${RULE_LIMITS.maxSteps} steps`);
  const steps = input.map((step, index) => readStep(step, pathOf('steps', index), issues, budget));
  return steps.every((step) => step !== undefined) ? (steps as SequenceStep[]) : undefined;
}

function readStep(input: unknown, path: string, issues: Issues, budget: FilterBudget): SequenceStep | undefined {
  if (!isRecord(input)) return refuse(issues, path, 'a step is { "name"?, "filter" }');
  refuseUnknownKeys(input, ['name', 'filter'], path, issues);
  const name = readString(input, 'name', path, issues, { required: false, maxLength: RULE_LIMITS.maxNameLength });
  if (input.filter === undefined) return refuse(issues, pathOf(path, 'filter'), 'required');
  const filter = validateFilter(input.filter, pathOf(path, 'filter'), issues, budget);
  return filter === undefined ? undefined : { ...(name !== undefined && { name }), filter };
}

function readSpike(input: JsonObject, issues: Issues): KindFields | undefined {
  const windowHours = readNumber(input, 'windowHours', ROOT_PATH, issues, WINDOW);
  const baselineDays = readNumber(input, 'baselineDays', ROOT_PATH, issues, DAYS);
  const factor = readNumber(input, 'factor', ROOT_PATH, issues, { required: true, min: 1, max: RULE_LIMITS.maxFactor });
  const minCount = readNumber(input, 'minCount', ROOT_PATH, issues, { required: true, integer: true, min: 1, max: RULE_LIMITS.maxCount });
  if (windowHours !== undefined && baselineDays !== undefined && baselineDays * 24 <= windowHours) {
    return refuse(issues, 'baselineDays', 'the baseline must be longer than the window');
  }
  if (windowHours === undefined || baselineDays === undefined || factor === undefined || minCount === undefined) return undefined;
  return { kind: 'spike', windowHours, baselineDays, factor, minCount };
}
