import { actorActivityDeltas, type ActivityDelta } from '../actor-activity-deltas';
import type { Incident } from '../incident.types';
import { interactionDeltas, type InteractionDelta } from '../interaction-deltas';

/** Activity per `actor|day|admin1|eventType`, as `incidents/fatalities`; zero rows left out. */
export type ActivityTable = Map<string, string>;

/** Adds deltas into running totals, as the projector's `+ EXCLUDED` upserts would. */
export function sumActivity(deltas: ActivityDelta[], into: Map<string, { incidents: number; fatalities: number }> = new Map()) {
  for (const d of deltas) {
    const key = [d.actorId, d.day, d.admin1, d.eventType].join('|');
    const total = into.get(key) ?? { incidents: 0, fatalities: 0 };
    into.set(key, { incidents: total.incidents + d.incidents, fatalities: total.fatalities + d.fatalities });
  }
  return into;
}

export function sumInteractions(deltas: InteractionDelta[], into: Map<string, number> = new Map()) {
  for (const d of deltas) {
    const key = [d.actorA, d.actorB, d.day, d.admin1].join('|');
    into.set(key, (into.get(key) ?? 0) + d.count);
  }
  return into;
}

/** Running totals without their zero rows, for comparison. */
export function nonZero(totals: Map<string, { incidents: number; fatalities: number }>): ActivityTable {
  const rows = [...totals].filter(([, t]) => t.incidents !== 0 || t.fatalities !== 0);
  return new Map(rows.map(([key, t]) => [key, `${t.incidents}/${t.fatalities}`]));
}

export function nonZeroPairs(totals: Map<string, number>): Map<string, number> {
  return new Map([...totals].filter(([, count]) => count !== 0));
}

/** Activity computed from scratch over the incidents as they stand. */
export function activityOf(incidents: Incident[]): ActivityTable {
  return nonZero(sumActivity(incidents.flatMap((incident) => actorActivityDeltas(null, incident))));
}

export function interactionsOf(incidents: Incident[]): Map<string, number> {
  return nonZeroPairs(sumInteractions(incidents.flatMap((incident) => interactionDeltas(null, incident))));
}
