import { describe, expect, it } from '@jest/globals';
import { nameKeysOf } from './actor-names';
import { ancestorIds, lookupActorName, resolveActor } from './resolve-actor';
import { SEED_ACTORS } from './seed-actors';
import { seedRegistry, standardActorRegistry } from './standard-actor-registry';

describe('the built-in seed', () => {
  const registry = seedRegistry();

  it.each(['ISIS', 'IS', 'ISIL', 'Daesh', 'Islamic State', 'داعش', 'تنظيم الدولة الإسلامية', 'Islamic State of Iraq and the Levant'])(
    '%s is Islamic State, ucdp:234',
    (name) => {
      expect(resolveActor(registry, name)?.id).toBe('ucdp:234');
    },
  );

  it('puts PYD and YPG under SDF (ucdp:6288)', () => {
    expect(resolveActor(registry, 'SDF')?.id).toBe('ucdp:6288');
    expect(resolveActor(registry, 'قسد')?.id).toBe('ucdp:6288');
    for (const name of ['PYD', 'YPG']) {
      const actor = resolveActor(registry, name);
      expect(actor && ancestorIds(registry, actor.id)).toEqual(['ucdp:6288']);
    }
  });

  it.each([
    ['Military Forces of Turkey (2016-)', 'ucdp:115'], ['TSK', 'ucdp:115'], ['Turkish Armed Forces', 'ucdp:115'],
    ['SNA', 'ucdp:7514'], ['SAA', 'ucdp:118'], ['Military Forces of Syria', 'ucdp:118'],
    ['CJTF-OIR', 'sitrep:us-led-coalition'], ['Global Coalition to Defeat ISIS', 'sitrep:us-led-coalition'],
  ])('%s is %s', (name, id) => {
    expect(resolveActor(registry, name)?.id).toBe(id);
  });

  it('gives the Turkish-backed SNA no parent: backing is not membership', () => {
    expect(resolveActor(registry, 'SNA')?.parentId).toBeUndefined();
  });

  it('has unique ids, no name two seed actors share, parents inside the seed, UCDP ids matching ids', () => {
    expect(new Set(SEED_ACTORS.map((actor) => actor.id)).size).toBe(SEED_ACTORS.length);
    const keys = SEED_ACTORS.flatMap(nameKeysOf);
    expect(new Set(keys).size).toBe(keys.length);
    for (const actor of SEED_ACTORS) {
      if (actor.parentId) expect(registry.actors.has(actor.parentId)).toBe(true);
      if (actor.ucdpId) expect(actor.id).toBe(`ucdp:${actor.ucdpId}`);
    }
  });

  it('leaves "Kurdish Forces" unresolved: it could mean YPG, SDF or Peshmerga', () => {
    expect(lookupActorName(registry, 'Kurdish Forces')).toEqual({ status: 'unknown' });
  });

  it('is what standardActorRegistry gives without UCDP text', () => {
    const { registry: standard, ucdpImport } = standardActorRegistry(null);
    expect(ucdpImport).toBeNull();
    expect([...standard.actors.keys()]).toEqual(SEED_ACTORS.map((actor) => actor.id));
  });
});
