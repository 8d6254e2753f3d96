import type { Incident } from './incident.types';
import { activityScopeOf, type ActivityScope } from './activity-scope';

/**
 * How one change moves an actor's activity count for a day, governorate and event type. Adding
 * every delta ever emitted gives exactly the activity of the incidents as they now stand.
 */
export interface ActivityDelta {
  /** Canonical actor id, or `name:<folded name>` while unresolved. */
  actorId: string;
  day: string;
  admin1: string;
  eventType: string;
  /** +1 when the incident starts counting here, −1 when it stops. */
  incidents: number;
  /** Best-estimate fatalities added (or removed) here. */
  fatalities: number;
}

/**
 * The activity deltas of a change: what `after` counts minus what `before` counted. Only active
 * incidents count; a retract or merge removes, a correction of day, governorate, actors, type or
 * fatalities moves. Rows that net to zero are left out.
 */
export function actorActivityDeltas(before: Incident | null, after: Incident | null): ActivityDelta[] {
  const rows = new Map<string, ActivityDelta>();
  addRows(rows, activityScopeOf(before), -1);
  addRows(rows, activityScopeOf(after), +1);
  return [...rows.values()].filter((row) => row.incidents !== 0 || row.fatalities !== 0);
}

function addRows(rows: Map<string, ActivityDelta>, scope: ActivityScope | null, sign: 1 | -1): void {
  if (scope === null) return;
  for (const actorId of scope.actorKeys) {
    const key = JSON.stringify([actorId, scope.day, scope.admin1, scope.eventType]);
    const row = rows.get(key) ?? { actorId, day: scope.day, admin1: scope.admin1, eventType: scope.eventType, incidents: 0, fatalities: 0 };
    rows.set(key, { ...row, incidents: row.incidents + sign, fatalities: row.fatalities + sign * scope.fatalities });
  }
}
