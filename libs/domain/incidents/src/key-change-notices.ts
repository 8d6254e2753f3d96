import type { Incident } from './incident.types';
import type { IncidentNotice } from './incident-outcome.types';

/** A MERGE_KEY_CHANGED notice when a change moved the incident to another day/governorate/country. */
export function keyChangeNotices(before: Incident, after: Incident): IncidentNotice[] {
  return before.mergeKey === after.mergeKey
    ? []
    : [{ code: 'MERGE_KEY_CHANGED', incidentId: after.incidentId, from: before.mergeKey, to: after.mergeKey }];
}
