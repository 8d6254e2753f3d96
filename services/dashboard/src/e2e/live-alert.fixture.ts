/** A `match` rule for attacks on detention facilities in Al Hasakah (any spelling of the governorate). */
export const prisonRule = {
  id: 'dashboard-e2e-prison',
  name: 'Attack on a detention facility in Al Hasakah',
  severity: 'critical',
  kind: 'match',
  groupBy: ['admin1'],
  filter: { all: [{ field: 'admin1', op: 'eq', value: 'Hassakah' }, { field: 'text', op: 'contains', value: 'prison' }] },
};

/** Today (or `days` from it), UTC: a match fires only for reports received within its lateness (30 days) of when it occurred. */
export function today(days = 0): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A new report that the rule matches: fighting at al-Sina'a prison, today. */
export function hasakahPrisonReport(nativeId: string, day: string) {
  return {
    op: 'assert',
    sourceSystem: 'manual',
    nativeId,
    reportedAt: new Date().toISOString(),
    license: { attribution: 'Sitrep dashboard e2e', redistributable: true },
    sources: [{ name: 'Field contact', reliability: 'B', credibility: 2 }],
    assertion: {
      occurred: { start: day, precision: 'day' },
      location: { placeName: "al-Sina'a prison (سجن الصناعة)", admin1: 'Hassakah', country: { iso3: 'SYR' }, point: { lat: 36.4752, lon: 40.7553 }, precision: 'exact' },
      classification: { taxonomy: 'acled', eventType: 'Battles', subEventType: 'Armed clash', category: 'battle' },
      participants: [
        { role: 'actor1', nameAsReported: 'ISIS' },
        { role: 'actor2', nameAsReported: 'SDF' },
      ],
    },
  };
}
