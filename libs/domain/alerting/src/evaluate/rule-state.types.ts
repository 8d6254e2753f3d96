/**
 * What a rule remembers about one incident that was evidence for it. `facts` is absent once the
 * incident stopped being evidence (retracted, merged, or corrected out of the filter): the entry
 * then only keeps its version, so replaying an older change cannot bring it back.
 */
export interface TrackedIncident {
  /** The incident version last applied; a change at or below it is a replay and changes nothing. */
  version: number;
  /** Occurred start (event time), ISO. */
  at: string;
  /** End of the occurred period (a date alone ends at the next midnight), ISO. */
  end: string;
  /**
   * The latest occurred start any version had, when later than `at` (a correction moved it
   * back): the entry is remembered until this leaves the retention, so replaying that older
   * version cannot bring it back. Judged, it counts only while `at` is within the retention.
   */
  until?: string;
  facts?: IncidentFacts;
}

/** What the rule needs of an incident, worked out once when the change arrives. */
export interface IncidentFacts {
  /** Group keys it counts under (`admin1=Al Hasakah`); `*` when the rule has no grouping. */
  groups: string[];
  /** Distinct-count values (threshold) or terms (new_term), e.g. actor keys. */
  values: string[];
  /** Sequence steps it can fill, 0-based. */
  steps: number[];
}

/**
 * An alert the rule holds open. `announced` false: the alert holds only because of a report beyond
 * the lateness; it is tracked (so it is never announced later) but never notified.
 */
export interface OpenAlert {
  fingerprint: string;
  /** The group it was computed in (the group key, without a new term's value). */
  scope: string;
  groupKey: string;
  /** Window start (threshold, spike) or anchoring incident id (match, sequence, new_term). */
  anchor: string;
  /** Occurred time it starts at: the alert is forgotten once this leaves the retention. */
  anchorAt: string;
  window?: { start: string; end: string };
  incidentIds: string[];
  occurredAt: string;
  /** receivedAt of the change that fired it. */
  detectedAt: string;
  detectedLate: boolean;
  announced: boolean;
}

/**
 * Everything one rule version remembers, as plain JSON: the engine stores it with its log position
 * in one transaction and hands it back with the next change. Bounded: incidents and alerts older
 * than the rule's retention behind `clock` are dropped.
 */
export interface RuleState {
  ruleId: string;
  ruleVersion: number;
  /** The latest receivedAt (or watermark) seen: the rule's clock for lateness and pruning. */
  clock: string | null;
  /** By incident id. */
  incidents: Record<string, TrackedIncident>;
  /** By fingerprint. */
  alerts: Record<string, OpenAlert>;
}
