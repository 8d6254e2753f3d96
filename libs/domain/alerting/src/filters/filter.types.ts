import type { ParticipantRole } from '@sitrep/contracts';
import type { ActorRegistry } from '@sitrep/domain-places';

/**
 * Incident fields a filter can test. `admin1` accepts any spelling of a governorate ("Hassakah",
 * "الحسكة"); `actor` a canonical id or any alias, and counts an actor's cells and wings as the actor
 * (a cell of Islamic State is Islamic State); `grade` is the best Admiralty grade of the sources
 * (`B2`); `text` searches the incident's search text (place, admin, type, actor names, tags, notes);
 * `fatalities` is the conservative best estimate.
 */
export const FILTER_FIELDS = [
  'eventType', 'subEventType', 'category', 'country', 'admin1', 'admin2', 'placeName',
  'actor', 'tags', 'fatalities', 'grade', 'text', 'status',
] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

/**
 * `eq`/`in` compare ignoring case, accents and the Arabic article; `contains` is a substring test on
 * the same folded text; `gte`/`lte` on a grade mean "at least / at most as reliable and as credible";
 * `exists` (value true or false) asks whether the field has any value.
 */
export const FILTER_OPS = ['eq', 'in', 'contains', 'gte', 'lte', 'gt', 'lt', 'exists'] as const;
export type FilterOp = (typeof FILTER_OPS)[number];

/** One test on one field. `roles` (actor only): the actor must appear in one of these roles. */
export type FilterCondition =
  | { field: FilterField; op: 'exists'; value: boolean; roles?: ParticipantRole[] }
  | { field: FilterField; op: 'in'; value: Array<string | number>; roles?: ParticipantRole[] }
  | { field: FilterField; op: 'eq' | 'contains'; value: string | number; roles?: ParticipantRole[] }
  | { field: FilterField; op: 'gt' | 'gte' | 'lt' | 'lte'; value: string | number; roles?: ParticipantRole[] };

/**
 * A rule's filter: plain JSON, combined with `all` (and), `any` (or) and `not`. Never code: it is
 * interpreted by `compileFilter`, so a rule cannot run anything. `{ "all": [] }` passes everything.
 */
export type Filter = { all: Filter[] } | { any: Filter[] } | { not: Filter } | FilterCondition;

/** Fields an alert can be grouped, joined, distinct-counted or watched for new values by. */
export const GROUP_FIELDS = ['country', 'admin1', 'admin2', 'placeName', 'actor', 'eventType', 'subEventType', 'category', 'tags'] as const;
export type GroupField = (typeof GROUP_FIELDS)[number];

/** What a filter may consult besides the incident: the actor registry for aliases and roll-ups. */
export interface FilterContext {
  registry?: ActorRegistry;
}
