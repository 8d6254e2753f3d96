import type { Incident } from '@sitrep/domain-incidents';
import { eventEndOf, eventTimeOf, isoOf, toMs } from '../time/event-time';
import { factsOf } from './incident-facts';
import type { PreparedRule } from './prepare-rule';
import type { IncidentFacts, RuleState, TrackedIncident } from './rule-state.types';

/** The rule's incidents after one change, and the groups whose alerts may have changed. */
export interface Tracking {
  incidents: Record<string, TrackedIncident>;
  scopes: string[];
}

/**
 * Records the incident's new version: as evidence when it counts for the rule, else as a
 * tombstone when it was evidence before (so its groups are re-judged and an older version replayed
 * later cannot bring it back). An incident that never counted is not remembered at all. An
 * incident older than the retention cutoff is no evidence: nothing that old can fire.
 */
export function trackIncident(state: RuleState, prepared: PreparedRule, incident: Incident, cutoffMs: number): Tracking {
  const previous = state.incidents[incident.incidentId];
  const atMs = eventTimeOf(incident);
  const usable = !Number.isNaN(atMs) && atMs >= cutoffMs;
  const facts = usable ? factsOf(prepared, incident) : null;
  const scopes = [...new Set([...(previous?.facts?.groups ?? []), ...(facts?.groups ?? [])])].sort();
  if (facts === null && previous === undefined) return { incidents: state.incidents, scopes };
  const tracked = facts !== null ? evidenceEntry(incident, atMs, facts, previous) : tombstone(incident, previous as TrackedIncident, atMs);
  return { incidents: { ...state.incidents, [incident.incidentId]: tracked }, scopes };
}

function evidenceEntry(incident: Incident, atMs: number, facts: IncidentFacts, previous: TrackedIncident | undefined): TrackedIncident {
  const endMs = eventEndOf(incident);
  const end = isoOf(Number.isNaN(endMs) ? atMs : Math.max(atMs, endMs));
  return { version: incident.version, at: isoOf(atMs), end, ...untilOf(previous, atMs), facts };
}

/** No longer evidence: only the version is kept, as long as any version's occurred time is remembered. */
function tombstone(incident: Incident, previous: TrackedIncident, atMs: number): TrackedIncident {
  const at = Number.isNaN(atMs) ? toMs(previous.at) : atMs;
  return { version: incident.version, at: isoOf(at), end: isoOf(at), ...untilOf(previous, at) };
}

function untilOf(previous: TrackedIncident | undefined, atMs: number): { until?: string } {
  const latest = previous === undefined ? atMs : Math.max(toMs(previous.until ?? previous.at), atMs);
  return latest > atMs ? { until: isoOf(latest) } : {};
}
