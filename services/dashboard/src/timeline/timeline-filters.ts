import type { Params } from '../api/api-client';

export const ORDERS = [
  { value: 'occurred_desc', label: 'Occurred — latest first' },
  { value: 'occurred_asc', label: 'Occurred — earliest first' },
  { value: 'updated_desc', label: 'Learned — newest first' },
] as const;

/** Least source grades offered: reliability A–F and credibility 1–6 compared separately (Admiralty). */
export const MIN_GRADES = ['A1', 'A2', 'B2', 'B3', 'C3', 'D4', 'E5'] as const;

/** The timeline's filters as the form holds them: strings, '' meaning "not set". */
export interface TimelineFilters {
  from: string;
  to: string;
  admin1: string;
  place: string;
  actor: string;
  eventType: string;
  minGrade: string;
  q: string;
  asOf: string;
  order: string;
}

export const NO_FILTERS: TimelineFilters = { from: '', to: '', admin1: '', place: '', actor: '', eventType: '', minGrade: '', q: '', asOf: '', order: 'occurred_desc' };

const FIELDS = Object.keys(NO_FILTERS) as Array<keyof TimelineFilters>;

/** The query API's parameters for these filters (same names); blank ones are dropped by buildQuery. */
export function timelineParams(filters: TimelineFilters): Params {
  const params: Params = {};
  for (const field of FIELDS) params[field] = filters[field];
  if (filters.order === NO_FILTERS.order) delete params.order;
  return params;
}

/** Filters from a URL's parameters (the dashboard keeps them in its address, to share a view). */
export function filtersFromParams(search: URLSearchParams): TimelineFilters {
  const filters = { ...NO_FILTERS };
  for (const field of FIELDS) {
    const value = search.get(field);
    if (value !== null) filters[field] = value;
  }
  return filters;
}

/** What is wrong with the filters before asking, in words; null when they can be sent. */
export function filterProblem(filters: TimelineFilters): string | null {
  if (filters.from !== '' && filters.to !== '' && filters.from > filters.to) return 'The "from" date is after the "to" date.';
  return null;
}

/** How many filters narrow the timeline (order and "as known at" are not filters). */
export function activeFilterCount(filters: TimelineFilters): number {
  return FIELDS.filter((field) => field !== 'order' && field !== 'asOf' && filters[field].trim() !== '').length;
}
