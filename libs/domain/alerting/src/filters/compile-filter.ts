import { compileCondition, type IncidentMatcher } from './compile-condition';
import type { Filter, FilterContext } from './filter.types';

export type { IncidentMatcher } from './compile-condition';

/**
 * A filter turned into a predicate once, so each incident costs only the comparisons. Interprets
 * plain data and never evaluates code. Expects a filter that passed `validateFilter` (through
 * `validateRule`): its limits are what keep a rule cheap.
 */
export function compileFilter(filter: Filter, context: FilterContext = {}): IncidentMatcher {
  if ('all' in filter) {
    const parts = filter.all.map((part) => compileFilter(part, context));
    return (incident) => parts.every((part) => part(incident));
  }
  if ('any' in filter) {
    const parts = filter.any.map((part) => compileFilter(part, context));
    return (incident) => parts.some((part) => part(incident));
  }
  if ('not' in filter) {
    const inner = compileFilter(filter.not, context);
    return (incident) => !inner(incident);
  }
  return compileCondition(filter, context);
}
