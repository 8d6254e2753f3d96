import { containsPattern, type SqlParams } from '../sql-params';
import type { Bbox, TimelineFilter } from './timeline.types';

/**
 * The WHERE conditions of a timeline filter over `incident` or `incident_version` (they share
 * their columns). Values only ever travel as parameters.
 */
export function timelineConditions(filter: TimelineFilter, p: SqlParams): string[] {
  const conditions: string[] = [];
  const add = (condition: string | undefined) => condition !== undefined && conditions.push(condition);
  if (filter.status !== 'all') add(`status = ${p.add(filter.status)}`);
  if (filter.asOf !== undefined) {
    const t = `${p.add(filter.asOf)}::timestamptz`;
    add(`valid_from <= ${t} AND ${t} < coalesce(valid_to, 'infinity')`);
  }
  if (filter.occurredFrom !== undefined) add(`occurred_start >= ${p.add(filter.occurredFrom)}::timestamptz`);
  if (filter.occurredTo !== undefined) add(`occurred_start <= ${p.add(filter.occurredTo)}::timestamptz`);
  if (filter.admin1 !== undefined) add(`admin1 = ANY(${p.add(filter.admin1)}::text[])`);
  if (filter.admin2 !== undefined) add(`lower(admin2) = lower(${p.add(filter.admin2)})`);
  if (filter.placeContains !== undefined) add(`place_name ILIKE ${p.add(containsPattern(filter.placeContains))}`);
  if (filter.bbox !== undefined) add(bboxCondition(filter.bbox, p));
  if (filter.actorKeys !== undefined) add(`actor_keys && ${p.add(filter.actorKeys)}::text[]`);
  if (filter.eventType !== undefined) add(`lower(event_type) = lower(${p.add(filter.eventType)})`);
  if (filter.subEventType !== undefined) add(`lower(sub_event_type) = lower(${p.add(filter.subEventType)})`);
  if (filter.category !== undefined) add(`category = ${p.add(filter.category)}`);
  if (filter.minGrade !== undefined) {
    const { reliabilities, credibility } = filter.minGrade;
    add(`best_reliability = ANY(${p.add(reliabilities)}::text[]) AND best_credibility <= ${p.add(credibility)}`);
  }
  if (filter.minFatalities !== undefined) add(`fatalities_best >= ${p.add(filter.minFatalities)}`);
  if (filter.tags !== undefined && filter.tags.length > 0) add(`tags @> ${p.add(filter.tags)}::text[]`);
  if (filter.text !== undefined) add(`search @@ websearch_to_tsquery('simple', ${p.add(filter.text)})`);
  return conditions;
}

function bboxCondition(bbox: Bbox, p: SqlParams): string {
  const lat = `lat BETWEEN ${p.add(bbox.minLat)} AND ${p.add(bbox.maxLat)}`;
  const lon =
    bbox.minLon <= bbox.maxLon
      ? `lon BETWEEN ${p.add(bbox.minLon)} AND ${p.add(bbox.maxLon)}`
      : `(lon >= ${p.add(bbox.minLon)} OR lon <= ${p.add(bbox.maxLon)})`;
  return `${lat} AND ${lon}`;
}
