import type { Category, GeoPrecision, ParticipantRole, SourceSystem, TimePrecision } from '@sitrep/contracts';

/** One actor behind an incident, as merged from every report describing it. */
export interface IncidentActor {
  /**
   * The key activity counts use: the canonical actor id when ingest resolved one, else
   * `name:<folded name>` (lower case, no diacritics, no "al-" article) for an unresolved actor.
   */
  key: string;
  actorId?: string;
  /** The name as first reported (never rewritten). */
  name: string;
  /** Every role any report gave this actor (actor1, side_a, target, …), sorted. */
  roles: ParticipantRole[];
}

/** When it happened, merged: the earliest start, the latest end and the finest precision reported. */
export interface IncidentOccurred {
  start: string;
  end: string;
  precision: TimePrecision;
}

/** Where it happened, taken from the report that located it most precisely. */
export interface IncidentLocation {
  country: { iso3: string; name?: string };
  /** Canonical governorate ("Al Hasakah"); the merge key and activity counts use it. */
  canonicalAdmin1?: string;
  admin1?: string;
  admin2?: string;
  placeName?: string;
  point?: { lat: number; lon: number };
  precision: GeoPrecision;
}

/**
 * The merged current view of an incident: what the standing reports say together.
 *
 * Fatalities follow ACLED's conservative rule: `best` is the lowest best estimate among the
 * standing reports, `low` the lowest and `high` the highest figure anyone gave.
 * `bestSourceGrade` is the Admiralty grade of the best reliability (A…F) and, independently,
 * the best credibility (1…6) among their sources, e.g. `B2`.
 * When no report stands any more (a retracted incident) the view still describes the withdrawn
 * reports, so analysts can see what was retracted; `reportCount` and `sourceCount` are then 0.
 */
export interface IncidentView {
  occurred: IncidentOccurred;
  location: IncidentLocation;
  /** ACLED event type of the dominant report (battle over explosion over violence against civilians …). */
  eventType?: string;
  subEventType?: string;
  category: Category;
  actors: IncidentActor[];
  fatalities: { best?: number; low?: number; high?: number };
  tags: string[];
  bestSourceGrade?: string;
  /** Distinct sources (by URL, else publisher + name) behind the standing reports. */
  sourceCount: number;
  /** Standing reports: asserted or superseding, neither superseded nor retracted. */
  reportCount: number;
  sourceSystems: SourceSystem[];
  /** Place, admin, type, actor names, tags and notes in one string for full-text search. */
  text: string;
}
