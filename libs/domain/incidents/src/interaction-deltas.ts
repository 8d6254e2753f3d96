import type { Incident } from './incident.types';
import { activityScopeOf, type ActivityScope } from './activity-scope';
import { compareStrings } from './merge-actors';

/** How one change moves the count of incidents two actors were both part of, per day and governorate. */
export interface InteractionDelta {
  /** The two actor keys, sorted so each unordered pair has one row. */
  actorA: string;
  actorB: string;
  day: string;
  admin1: string;
  /** +1 or −1 (rows that net to zero are left out). */
  count: number;
}

/** The interaction deltas of a change: the pairs `after` counts minus the pairs `before` counted. */
export function interactionDeltas(before: Incident | null, after: Incident | null): InteractionDelta[] {
  const rows = new Map<string, InteractionDelta>();
  addPairs(rows, activityScopeOf(before), -1);
  addPairs(rows, activityScopeOf(after), +1);
  return [...rows.values()].filter((row) => row.count !== 0);
}

function addPairs(rows: Map<string, InteractionDelta>, scope: ActivityScope | null, sign: 1 | -1): void {
  if (scope === null) return;
  const keys = [...new Set(scope.actorKeys)].sort(compareStrings);
  keys.forEach((actorA, index) => {
    for (const actorB of keys.slice(index + 1)) {
      const key = JSON.stringify([actorA, actorB, scope.day, scope.admin1]);
      const row = rows.get(key) ?? { actorA, actorB, day: scope.day, admin1: scope.admin1, count: 0 };
      rows.set(key, { ...row, count: row.count + sign });
    }
  });
}
