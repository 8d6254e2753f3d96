/**
 * Fifty alert rules, ten of each kind, as an analyst team would keep them for the Hasakah story
 * (the shapes of libs/domain/alerting's AlertRule, without id and version, which the server gives).
 * One match rule watches the benchmark's probe incidents (tag `bench-probe`): its webhooks time
 * append → webhook; the other 49 evaluate every incident of the background traffic.
 */
export const PROBE_RULE_NAME = 'bench: probe incidents (timing)';

const GOVERNORATES = ['Al Hasakah', 'Deir ez-Zor', 'Aleppo', 'Idlib', 'Ar Raqqah', 'Hama', 'Daraa', 'Homs', 'Rif Dimashq', 'Latakia'];
const ACTORS = ['ISIS', 'SDF', 'Military Forces of Turkey', 'Syrian National Army', 'Military Forces of Syria', 'Military Forces of Russia', 'US-led Coalition', 'Hayat Tahrir al-Sham', 'Unidentified Armed Group (Syria)', 'Military Forces of Israel'];
const EVENT_TYPES = ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Strategic developments'];

type Rule = Record<string, unknown>;

const base = (name: string, kind: string, filter: unknown, extra: Rule = {}): Rule => ({
  name,
  kind,
  severity: 'warning',
  enabled: true,
  filter,
  groupBy: [],
  latenessDays: 30,
  ...extra,
});

export function benchRules(): Rule[] {
  const rules: Rule[] = [
    base(PROBE_RULE_NAME, 'match', { field: 'tags', op: 'contains', value: 'bench-probe' }, { severity: 'info' }),
  ];
  for (let i = 0; i < 9; i++) {
    rules.push(base(`match: ${ACTORS[i]} in ${GOVERNORATES[i]} with fatalities`, 'match', { all: [{ field: 'actor', op: 'eq', value: ACTORS[i] }, { field: 'admin1', op: 'eq', value: GOVERNORATES[i] }, { field: 'fatalities', op: 'gte', value: 5 }] }));
  }
  for (let i = 0; i < 10; i++) {
    rules.push(base(`threshold: more than ${3 + i} ${ACTORS[i]} incidents in 24 h per governorate`, 'threshold', { field: 'actor', op: 'eq', value: ACTORS[i] }, { groupBy: ['admin1'], windowHours: 24, threshold: { op: 'gt', value: 3 + i } }));
  }
  for (let i = 0; i < 10; i++) {
    const a = ACTORS[i];
    const b = ACTORS[(i + 1) % ACTORS.length];
    rules.push(
      base(`sequence: ${b} within 48 h after ${a}, same governorate`, 'sequence', { all: [] }, {
        withinHours: 48,
        joinOn: ['admin1'],
        steps: [{ name: `${a} acts`, filter: { field: 'actor', op: 'eq', value: a } }, { name: `${b} acts`, filter: { field: 'actor', op: 'eq', value: b } }],
      }),
    );
  }
  for (let i = 0; i < 10; i++) {
    rules.push(base(`new_term: an actor new to ${GOVERNORATES[i]} in a year`, 'new_term', { field: 'admin1', op: 'eq', value: GOVERNORATES[i] }, { groupBy: ['admin1'], termField: 'actor', lookbackDays: 365 }));
  }
  for (let i = 0; i < 10; i++) {
    rules.push(base(`spike: ${EVENT_TYPES[i % EVENT_TYPES.length]} at 3× the 30-day baseline in ${GOVERNORATES[i]}`, 'spike', { all: [{ field: 'eventType', op: 'eq', value: EVENT_TYPES[i % EVENT_TYPES.length] }, { field: 'admin1', op: 'eq', value: GOVERNORATES[i] }] }, { groupBy: ['admin1'], windowHours: 24, baselineDays: 30, factor: 3, minCount: 5 }));
  }
  return rules;
}
