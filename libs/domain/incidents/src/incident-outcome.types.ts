import type { LogPosition } from '@sitrep/contracts';
import type { IncidentChange } from './incident.types';

/**
 * Something worth logging or alerting about that is not a change in itself. Expected situations
 * are values, never throws.
 */
export type IncidentNotice =
  /** The record's report is already attached to this incident: applying it again changes nothing. */
  | { code: 'ALREADY_APPLIED'; reportId: string; incidentId: string }
  /** This incident already holds a later (or the same) position of the record's partition. */
  | { code: 'STALE_POSITION'; incidentId: string; stored: LogPosition }
  /** Supersede/retract targets held by no given (non-merged) incident; nothing changed for them. */
  | { code: 'UNRESOLVED_TARGETS'; reportIds: string[] }
  /** A supersede whose targets are all unknown was placed like an assert (it carries an assertion). */
  | { code: 'SUPERSEDE_APPLIED_AS_ASSERT'; reportId: string }
  /** An assert or supersede without an assertion: a contract violation the parser should catch. */
  | { code: 'MISSING_ASSERTION'; reportId: string }
  /** A correction moved the incident to another day/governorate/country. */
  | { code: 'MERGE_KEY_CHANGED'; incidentId: string; from: string; to: string }
  /** Superseded reports lived in several incidents; the oldest (`chosen`) took the correction. */
  | { code: 'TARGETS_SPAN_INCIDENTS'; incidentIds: string[]; chosen: string }
  /**
   * An explicit merge not done: into itself, `from` already merged (into `mergedInto`; a replay
   * when that is the asked target), or `into` itself merged (into `mergedInto`: merge there).
   */
  | { code: 'MERGE_REJECTED'; reason: 'SAME_INCIDENT' | 'ALREADY_MERGED' | 'TARGET_MERGED'; mergedInto?: string };

/** What applying one record (or one merge) did: the incidents to write, and what to tell. */
export interface IncidentOutcome {
  changes: IncidentChange[];
  notices: IncidentNotice[];
}
