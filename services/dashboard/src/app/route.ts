import { filtersFromParams, NO_FILTERS, timelineParams, type TimelineFilters } from '../timeline/timeline-filters';
import { buildQuery } from '../api/query-string';

export const TABS = ['incidents', 'actors', 'alerts'] as const;
export type Tab = (typeof TABS)[number];

/** What the address holds: the tab, the timeline's filters and the open incident, so a view can be shared or reloaded. */
export interface Route {
  tab: Tab;
  filters: TimelineFilters;
  incident: string | null;
}

/** `#/incidents?admin1=SY-HA&incident=inc-…` → a route; anything unknown falls back to the incidents tab. */
export function parseRoute(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const search = new URLSearchParams(query);
  const tab = (TABS as readonly string[]).includes(path) ? (path as Tab) : 'incidents';
  return { tab, filters: filtersFromParams(search), incident: search.get('incident') };
}

export function formatRoute(route: Route): string {
  const query = buildQuery({ ...timelineParams(route.filters), incident: route.incident });
  return `#/${route.tab}${query}`;
}

export const HOME: Route = { tab: 'incidents', filters: NO_FILTERS, incident: null };
