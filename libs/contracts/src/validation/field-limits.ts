/**
 * Upper bounds for every string and array in the report contract. They keep one record small
 * enough for a Kafka message and a PostgreSQL row, and stop a malformed import from flooding both.
 */
export const FIELD_LIMITS = {
  /** Identifiers: native ids and revisions, report ids, actor ids, language tags, SPDX ids. */
  id: 200,
  /** Names as reported: sources, actors, places, governorates, event types, tags. */
  name: 500,
  /** Narrative text: notes, place descriptions, licence attributions. */
  text: 20_000,
  /** The original record kept verbatim (`raw.body`). */
  rawBody: 1_000_000,
  url: 2_000,
  sources: 200,
  participants: 50,
  tags: 50,
  supersedes: 100,
  /** Fatality and injury counts: larger numbers are data-entry errors, not events. */
  casualties: 1_000_000,
} as const;

/** Length bounds per kind of string (see BoundedString). Names and ids are never empty. */
export const STRING_BOUNDS = {
  id: { min: 1, max: FIELD_LIMITS.id },
  name: { min: 1, max: FIELD_LIMITS.name },
  url: { min: 1, max: FIELD_LIMITS.url },
  requiredText: { min: 1, max: FIELD_LIMITS.text },
  text: { min: 0, max: FIELD_LIMITS.text },
  rawBody: { min: 0, max: FIELD_LIMITS.rawBody },
} as const;
