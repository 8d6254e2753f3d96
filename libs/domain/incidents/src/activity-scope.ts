import type { Incident } from './incident.types';
import { admin1Of, dayOf } from './merge-key';

/** Where and when an incident counts in activity tables, and under which event type. */
export interface ActivityScope {
  /** Occurred day, YYYY-MM-DD (start of the occurred range). */
  day: string;
  /** Canonical governorate (raw admin1 when ingest could not resolve it). */
  admin1: string;
  /** ACLED event type, or our category when the source has no ACLED type. */
  eventType: string;
  /** The activity keys of its actors (`actorId`, or `name:<folded name>`). */
  actorKeys: string[];
  /** Best fatality estimate, 0 when unknown. */
  fatalities: number;
}

/** The scope an incident counts in, or null when it does not count (retracted or merged). */
export function activityScopeOf(incident: Incident | null): ActivityScope | null {
  if (incident === null || incident.status !== 'active') return null;
  const { view } = incident;
  return {
    day: dayOf(view.occurred.start),
    admin1: admin1Of(view.location),
    eventType: view.eventType ?? view.category,
    actorKeys: view.actors.map((actor) => actor.key),
    fatalities: view.fatalities.best ?? 0,
  };
}
