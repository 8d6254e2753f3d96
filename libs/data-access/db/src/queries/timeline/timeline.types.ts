import type { IncidentStatus, IncidentView } from '@sitrep/domain-incidents';

/** A box on the map in degrees (EPSG:4326); `minLon > maxLon` crosses the antimeridian. */
export interface Bbox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

/**
 * What a timeline asks for, already resolved by the caller (canonical governorate names, actor
 * keys, instants). Every field narrows the answer; absent fields do not filter.
 */
export interface TimelineFilter {
  /** Occurred start at or after this instant. */
  occurredFrom?: string;
  /** Occurred start at or before this instant. */
  occurredTo?: string;
  /** Canonical governorate names (the `admin1` column); any of them. */
  admin1?: string[];
  /** Case-insensitive equality. */
  admin2?: string;
  /** Case-insensitive substring of the place name. */
  placeContains?: string;
  bbox?: Bbox;
  /** Actor keys (canonical id or `name:<folded>`); an incident with any of them matches. */
  actorKeys?: string[];
  eventType?: string;
  subEventType?: string;
  category?: string;
  /** Best source reliability among these letters and best credibility at most this number. */
  minGrade?: { reliabilities: string[]; credibility: number };
  minFatalities?: number;
  /** Every one of these tags. */
  tags?: string[];
  /** Free text, websearch syntax ("prison -Raqqa", quoted phrases, or). */
  text?: string;
  status: IncidentStatus | 'all';
  /** Answer from the versions valid at this instant instead of the current incidents. */
  asOf?: string;
}

export const TIMELINE_ORDERS = ['occurred_desc', 'occurred_asc', 'updated_desc', 'updated_asc'] as const;
export type TimelineOrder = (typeof TIMELINE_ORDERS)[number];

/** Where a page ended: the sort value (a microsecond instant) and the incident id tiebreak. */
export interface TimelinePosition {
  key: string;
  id: string;
}

/** One incident as a timeline lists it: the stored columns plus the view without its search text. */
export interface TimelineRow {
  incidentId: string;
  status: IncidentStatus;
  mergedInto: string | null;
  version: number;
  firstReportedAt: string;
  lastUpdatedAt: string;
  view: Omit<IncidentView, 'text'>;
  position: TimelinePosition;
}

export interface TimelinePage {
  rows: TimelineRow[];
  /** Null on the last page. */
  next: TimelinePosition | null;
}

export interface TimelineQuery {
  filter: TimelineFilter;
  order: TimelineOrder;
  after: TimelinePosition | null;
  limit: number;
}
