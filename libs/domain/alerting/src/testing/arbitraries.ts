import fc from 'fast-check';
import type { IncidentActor, IncidentStatus } from '@sitrep/domain-incidents';
import type { AlertRule } from '../rules/alert-rule.types';
import { incident, ISIS, SDF, TURKEY } from './incident-builder';
import { ruleOf, type Delivery } from './run-rule';

const HOUR = 3_600_000;
const START = Date.UTC(2022, 0, 1);
const ADMIN1S = ['Al Hasakah', 'Ar Raqqah', 'Deir ez-Zor'] as const;
const ACTORS: IncidentActor[] = [ISIS, SDF, TURKEY];
const TYPES = [
  ['Battles', 'Armed clash'],
  ['Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  ['Explosions/Remote violence', 'Suicide bomb'],
] as const;

const leaf = fc.oneof(
  fc.constantFrom(...ADMIN1S).map((value) => ({ field: 'admin1', op: 'eq', value })),
  fc.constantFrom('ISIS', 'Turkey', 'SDF').map((value) => ({ field: 'actor', op: 'eq', value })),
  fc.constantFrom('Battles', 'Explosions/Remote violence').map((value) => ({ field: 'eventType', op: 'eq', value })),
  fc.constant({ field: 'tags', op: 'contains', value: 'prison' }),
  fc.integer({ min: 0, max: 5 }).map((value) => ({ field: 'fatalities', op: 'gte', value })),
);
/** Small filters over the fields the generated incidents vary in. */
export const filterArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: leaf },
  { weight: 1, arbitrary: fc.array(leaf, { maxLength: 2 }).map((all) => ({ all })) },
  { weight: 1, arbitrary: fc.array(leaf, { minLength: 1, maxLength: 2 }).map((any) => ({ any })) },
  { weight: 1, arbitrary: leaf.map((not) => ({ not })) },
);

const base = { id: 'prop-rule', version: 1, name: 'property rule', severity: 'info' };
const groupBy = fc.constantFrom([], ['admin1']);
const kindArb = fc.oneof(
  fc.record({ kind: fc.constant('match'), groupBy }),
  fc.record({
    kind: fc.constant('threshold'), groupBy, windowHours: fc.integer({ min: 1, max: 96 }),
    threshold: fc.record({ op: fc.constantFrom('gt', 'gte'), value: fc.integer({ min: 1, max: 4 }) }),
    distinctField: fc.constantFrom(undefined, 'actor'),
  }),
  fc.record({
    kind: fc.constant('sequence'), joinOn: groupBy, withinHours: fc.integer({ min: 1, max: 96 }),
    steps: fc.array(filterArb.map((filter) => ({ filter })), { minLength: 2, maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('new_term'), groupBy, termField: fc.constant('actor'), lookbackDays: fc.integer({ min: 1, max: 20 }) }),
  fc.record({
    kind: fc.constant('spike'), groupBy, windowHours: fc.integer({ min: 6, max: 48 }), baselineDays: fc.integer({ min: 3, max: 10 }),
    factor: fc.integer({ min: 1, max: 4 }), minCount: fc.integer({ min: 1, max: 4 }),
  }),
);

/** Any valid rule of any kind, with small windows so short logs exercise them. */
export const ruleArb: fc.Arbitrary<AlertRule> = fc
  .tuple(kindArb, filterArb, fc.integer({ min: 0, max: 10 }))
  .map(([kind, filter, latenessDays]) => ruleOf(JSON.parse(JSON.stringify({ ...base, ...kind, filter, latenessDays }))));

/** One step of a generated log, before it is turned into an incident change. */
interface StepSpec {
  fresh: boolean;
  pick: number;
  advanceHours: number;
  delayHours: number;
  admin1: number;
  actors: boolean[];
  type: number;
  prison: boolean;
  fatalities: number;
  status: IncidentStatus;
}

const stepArb: fc.Arbitrary<StepSpec> = fc.record({
  fresh: fc.boolean(),
  pick: fc.nat(),
  advanceHours: fc.integer({ min: 0, max: 12 }),
  delayHours: fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 6 }) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 72 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 40 * 24 }) },
  ),
  admin1: fc.nat({ max: ADMIN1S.length - 1 }),
  actors: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()),
  type: fc.nat({ max: TYPES.length - 1 }),
  prison: fc.boolean(),
  fatalities: fc.nat({ max: 6 }),
  status: fc.constantFrom<IncidentStatus>('active', 'active', 'active', 'active', 'active', 'retracted', 'merged'),
});

/**
 * A change log as the stream processor would write it: new incidents and later versions of
 * recent ones, received in order, about things that occurred up to 40 days earlier.
 */
export function logArb(minLength: number, maxLength: number): fc.Arbitrary<Delivery[]> {
  return fc.array(stepArb, { minLength, maxLength, size: 'max' }).map(realise);
}

function realise(steps: StepSpec[]): Delivery[] {
  const versions = new Map<string, number>();
  let clock = START;
  return steps.map((step, index) => {
    clock += step.advanceHours * HOUR;
    const known = [...versions.keys()].slice(-8);
    const id = step.fresh || known.length === 0 ? `inc-${index}` : known[step.pick % known.length];
    const version = (versions.get(id) ?? 0) + 1;
    versions.set(id, version);
    const [eventType, subEventType] = TYPES[step.type];
    const actors = ACTORS.filter((_, i) => step.actors[i]);
    const receivedAt = new Date(clock).toISOString();
    const after = incident({
      id, version, status: step.status, at: new Date(clock - step.delayHours * HOUR).toISOString(), admin1: ADMIN1S[step.admin1],
      eventType, subEventType, actors: actors.length > 0 ? actors : [SDF], tags: step.prison ? ['prison'] : [], fatalities: step.fatalities, receivedAt,
    });
    return { change: { before: null, after }, receivedAt };
  });
}
