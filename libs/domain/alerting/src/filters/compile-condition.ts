import type { Incident, IncidentActor } from '@sitrep/domain-incidents';
import { foldName } from '@sitrep/domain-incidents';
import { normalizeAdmin1 } from '@sitrep/domain-places';
import { actorIs, actorNameContains } from './actor-matcher';
import { FIELD_SPECS } from './field-specs';
import type { FilterCondition, FilterContext } from './filter.types';
import { fieldValues, type WordField } from './incident-fields';
import { gradeAtLeast, gradeAtMost, parseGrade, sameGrade, type SourceGrade } from './source-grade';

export type IncidentMatcher = (incident: Incident) => boolean;

const NEVER: IncidentMatcher = () => false;

/** One condition, with its values folded, resolved and parsed once, ahead of any incident. */
export function compileCondition(condition: FilterCondition, context: FilterContext): IncidentMatcher {
  const { kind } = FIELD_SPECS[condition.field];
  switch (kind) {
    case 'word':
    case 'text':
    case 'status':
    case 'category':
      return compileWord(condition, condition.field as WordField);
    case 'actor':
      return compileActor(condition, context);
    case 'number':
      return compileFatalities(condition);
    case 'grade':
      return compileGrade(condition);
    default: {
      const _exhaustive: never = kind;
      return _exhaustive;
    }
  }
}

function compileWord(condition: FilterCondition, field: WordField): IncidentMatcher {
  const values = (incident: Incident) => fieldValues(incident, field);
  switch (condition.op) {
    case 'exists':
      return (incident) => (values(incident).length > 0) === condition.value;
    case 'eq':
    case 'in': {
      const targets = wordTargets(field, listOf(condition.value));
      return (incident) => {
        const wanted = targets(incident);
        return values(incident).some((value) => wanted.has(foldName(value)));
      };
    }
    case 'contains': {
      const needle = foldName(String(condition.value));
      return (incident) => values(incident).some((value) => foldName(value).includes(needle));
    }
    default:
      return NEVER;
  }
}

/**
 * The folded values a word condition accepts. A governorate is compared by its canonical name in
 * the incident's country, so "Hassakah", "Al-Hasakah Governorate" and "الحسكة" all mean Al Hasakah.
 */
function wordTargets(field: WordField, raw: string[]): (incident: Incident) => ReadonlySet<string> {
  const plain = new Set(raw.map(foldName));
  if (field !== 'admin1') return () => plain;
  const byCountry = new Map<string, ReadonlySet<string>>();
  return (incident) => {
    const iso3 = incident.view.location.country.iso3;
    const known = byCountry.get(iso3);
    if (known !== undefined) return known;
    const canonical = new Set(raw.map((value) => foldName(normalizeAdmin1(iso3, value)?.name ?? value)));
    byCountry.set(iso3, canonical);
    return canonical;
  };
}

function compileActor(condition: FilterCondition, context: FilterContext): IncidentMatcher {
  const roles = condition.roles;
  const actorsOf = (incident: Incident): IncidentActor[] =>
    roles === undefined ? incident.view.actors : incident.view.actors.filter((a) => a.roles.some((r) => roles.includes(r)));
  switch (condition.op) {
    case 'exists':
      return (incident) => (actorsOf(incident).length > 0) === condition.value;
    case 'eq':
    case 'in': {
      const tests = listOf(condition.value).map((target) => actorIs(target, context.registry));
      return (incident) => actorsOf(incident).some((actor) => tests.some((test) => test(actor)));
    }
    case 'contains': {
      const test = actorNameContains(String(condition.value), context.registry);
      return (incident) => actorsOf(incident).some(test);
    }
    default:
      return NEVER;
  }
}

/** On the conservative best estimate; an incident without one passes only `exists: false`. */
function compileFatalities(condition: FilterCondition): IncidentMatcher {
  const best = (incident: Incident) => incident.view.fatalities.best;
  if (condition.op === 'exists') return (incident) => (best(incident) !== undefined) === condition.value;
  if (condition.op === 'in') {
    const wanted = new Set(listOf(condition.value).map(Number));
    return (incident) => wanted.has(best(incident) ?? Number.NaN);
  }
  const limit = Number(condition.value);
  const compare = NUMBER_COMPARISONS[condition.op as keyof typeof NUMBER_COMPARISONS];
  if (compare === undefined) return NEVER;
  return (incident) => {
    const value = best(incident);
    return value !== undefined && compare(value, limit);
  };
}

const NUMBER_COMPARISONS = {
  eq: (a: number, b: number) => a === b,
  gt: (a: number, b: number) => a > b,
  gte: (a: number, b: number) => a >= b,
  lt: (a: number, b: number) => a < b,
  lte: (a: number, b: number) => a <= b,
} as const;

function compileGrade(condition: FilterCondition): IncidentMatcher {
  const gradeOf = (incident: Incident) => (incident.view.bestSourceGrade === undefined ? null : parseGrade(incident.view.bestSourceGrade));
  if (condition.op === 'exists') return (incident) => (gradeOf(incident) !== null) === condition.value;
  const test = GRADE_COMPARISONS[condition.op as keyof typeof GRADE_COMPARISONS];
  const targets = listOf(condition.value).map(parseGrade).filter((t): t is SourceGrade => t !== null);
  if (test === undefined || targets.length === 0) return NEVER;
  return (incident) => {
    const grade = gradeOf(incident);
    return grade !== null && targets.some((target) => test(grade, target));
  };
}

const GRADE_COMPARISONS = { eq: sameGrade, in: sameGrade, gte: gradeAtLeast, lte: gradeAtMost } as const;

function listOf(value: FilterCondition['value']): string[] {
  return (Array.isArray(value) ? value : [value]).map(String);
}
