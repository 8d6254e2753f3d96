/**
 * The report contract: what one source said, at one time, about something that happened.
 * Vocabulary from ../shared/docs/domain.md (ACLED, UCDP GED, GDELT, Admiralty grading).
 */

/** `assert` a new report; `supersede` correct earlier ones; `retract` withdraw them. */
export const REPORT_OPS = ['assert', 'supersede', 'retract'] as const;
export type ReportOp = (typeof REPORT_OPS)[number];

export const SOURCE_SYSTEMS = ['acled', 'ucdp_ged', 'ucdp_candidate', 'gdelt', 'airwars', 'liveuamap', 'manual', 'other'] as const;
export type SourceSystem = (typeof SOURCE_SYSTEMS)[number];

export const RETRACT_REASONS = ['deleted_upstream', 'merged_duplicate', 'out_of_scope', 'erroneous', 'unknown'] as const;
export type RetractReason = (typeof RETRACT_REASONS)[number];

/** How exactly the source knows when it happened. `days_2_6` = a range of 2–6 days (UCDP date_prec 2). */
export const TIME_PRECISIONS = ['datetime', 'day', 'days_2_6', 'week', 'month', 'year', 'unknown'] as const;
export type TimePrecision = (typeof TIME_PRECISIONS)[number];

/** How exactly the source knows where. `near_25km` = within about 25 km of the point (UCDP where_prec 2). */
export const GEO_PRECISIONS = ['exact', 'near_25km', 'adm3', 'adm2', 'adm1', 'linear_or_multi_region', 'country', 'intl_waters', 'unknown'] as const;
export type GeoPrecision = (typeof GEO_PRECISIONS)[number];

/** Admiralty source reliability: A completely reliable … E unreliable, F cannot be judged. */
export const RELIABILITIES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Reliability = (typeof RELIABILITIES)[number];

/** Admiralty information credibility: 1 confirmed by other sources … 5 improbable, 6 cannot be judged. */
export const CREDIBILITIES = [1, 2, 3, 4, 5, 6] as const;
export type Credibility = (typeof CREDIBILITIES)[number];

export const SOURCE_SCALES = ['local', 'subnational', 'national', 'regional', 'international', 'new_media', 'local_partner', 'other'] as const;
export type SourceScale = (typeof SOURCE_SCALES)[number];

export const PARTICIPANT_ROLES = ['actor1', 'actor2', 'assoc1', 'assoc2', 'side_a', 'side_b', 'source', 'target', 'alleged_perpetrator'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const TAXONOMIES = ['acled', 'ucdp', 'cameo', 'airwars', 'liveuamap'] as const;
export type Taxonomy = (typeof TAXONOMIES)[number];

/** Our coarse category, derivable from every taxonomy. */
export const CATEGORIES = ['battle', 'explosion_remote', 'violence_against_civilians', 'protest', 'riot', 'strategic_development', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

export const RAW_FORMATS = ['json', 'csv', 'tsv', 'text'] as const;
export type RawFormat = (typeof RAW_FORMATS)[number];

/** One source behind a report, graded on the Admiralty scale (stored per report, never per incident). */
export interface SourceRef {
  name: string;
  publisher?: string;
  url?: string;
  archiveUrl?: string;
  platform?: string;
  publishedAt?: string;
  language?: string;
  scale?: SourceScale;
  reliability: Reliability;
  credibility: Credibility;
}

export interface Occurred {
  /** ISO 8601 date (`2022-01-20`) or date-time in UTC. */
  start: string;
  end?: string;
  precision: TimePrecision;
  /** Free text such as Airwars' "morning". */
  timeOfDay?: string;
}

export interface Place {
  placeName?: string;
  description?: string;
  point?: { lat: number; lon: number };
  /** Governorate/province as reported; ingest adds the canonical form beside it. */
  admin1?: string;
  /** Canonical governorate name chosen by ingest ("Al Hasakah" for "Hassakah", "الحسكة", …). */
  canonicalAdmin1?: string;
  admin2?: string;
  admin3?: string;
  country: { iso3: string; name?: string };
  precision: GeoPrecision;
}

export interface Classification {
  taxonomy: Taxonomy;
  /** ACLED event type, e.g. `Explosions/Remote violence`. */
  eventType?: string;
  /** ACLED sub-event type, e.g. `Shelling/artillery/missile attack`. */
  subEventType?: string;
  category: Category;
  tags?: string[];
}

export interface Participant {
  role: ParticipantRole;
  /** Exactly as the source spelled it; never rewritten. */
  nameAsReported: string;
  /** Canonical actor id, resolved at ingest from the registry when known. */
  actorId?: string;
}

export interface Fatalities {
  best?: number;
  low?: number;
  high?: number;
}

/** The normalised view of what a report claims happened. */
export interface EventAssertion {
  occurred: Occurred;
  location: Place;
  classification: Classification;
  participants: Participant[];
  fatalities?: Fatalities;
  injuries?: { min?: number; max?: number };
  civilianTargeting?: boolean;
  /** A source's own assessment, e.g. Airwars' Confirmed | Fair | Weak | Contested | Discounted. */
  assessment?: string;
  notes?: { text: string; lang?: string };
}

export interface License {
  spdx?: string;
  attribution: string;
  redistributable: boolean;
}

/** What an ingest pipeline submits (HTTP body or inbound-topic record). */
export interface ReportSubmission {
  op: ReportOp;
  sourceSystem: SourceSystem;
  sourceDatasetVersion?: string;
  /** The source's own id: ACLED event_id_cnty, UCDP id, GDELT GLOBALEVENTID, Airwars incident code. */
  nativeId: string;
  /** The source's revision of that record: ACLED timestamp, Airwars source_last_modified. */
  nativeRevision?: string;
  /** When the source published it (not when it happened, not when we received it). */
  reportedAt: string;
  license: License;
  sources: SourceRef[];
  /** For supersede/retract: report ids, or native ids of the same source system. */
  supersedes?: string[];
  retractReason?: RetractReason;
  /** The original record, kept verbatim. */
  raw?: { format: RawFormat; body: string };
  /** Required for assert and supersede; absent for retract. */
  assertion?: EventAssertion;
}
