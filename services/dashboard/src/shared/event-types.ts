// Colours by ACLED event type, from the Okabe–Ito palette so that the types stay apart for
// colour-blind analysts; the same colour on the map, the timeline and the actor charts.

export const EVENT_TYPES = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Protests',
  'Riots',
  'Strategic developments',
  'Other',
] as const;

const COLOURS: Record<string, string> = {
  Battles: '#D55E00',
  'Explosions/Remote violence': '#0072B2',
  'Violence against civilians': '#CC79A7',
  Protests: '#009E73',
  Riots: '#E69F00',
  'Strategic developments': '#56B4E9',
  Other: '#7f7f7f',
};

/** Our coarse category → the ACLED event type it stands for, for incidents whose source has no type (Airwars). */
const BY_CATEGORY: Record<string, string> = {
  battle: 'Battles',
  explosion_remote: 'Explosions/Remote violence',
  violence_against_civilians: 'Violence against civilians',
  protest: 'Protests',
  riot: 'Riots',
  strategic_development: 'Strategic developments',
};

/** The event type to show and colour by: the source's ACLED type, else the one our category maps to, else Other. */
export function eventTypeOf(incident: { eventType?: string; category?: string }): string {
  const named = EVENT_TYPES.find((type) => type.toLowerCase() === incident.eventType?.toLowerCase());
  if (named !== undefined) return named;
  return BY_CATEGORY[incident.category ?? incident.eventType ?? ''] ?? 'Other';
}

export function eventColour(eventType: string): string {
  return COLOURS[eventTypeOf({ eventType })] ?? COLOURS.Other;
}
