import type { ChangeStamp, Incident } from './incident.types';
import type { IncidentOutcome } from './incident-outcome.types';
import { toIncidentReport } from './incident-report';
import { keyChangeNotices } from './key-change-notices';
import { oldestFirst } from './oldest-first';
import { openIncident, type ClaimRecord } from './open-incident';
import { reviseIncident } from './revise-incident';
import { describesSameIncident } from './same-incident';

/**
 * Places a new claim: it joins the oldest candidate that describes the same incident (ACLED-style
 * aggregation), or opens `inc-<reportId>`.
 */
export function placeClaim(record: ClaimRecord, candidates: Incident[], at: ChangeStamp): IncidentOutcome {
  const match = candidates.filter((candidate) => describesSameIncident(candidate, record)).sort(oldestFirst)[0];
  if (match === undefined) return { changes: [{ before: null, after: openIncident(record, at) }], notices: [] };
  const after = reviseIncident(match, [...match.reports, toIncidentReport(record)], at);
  return { changes: [{ before: match, after }], notices: keyChangeNotices(match, after) };
}
