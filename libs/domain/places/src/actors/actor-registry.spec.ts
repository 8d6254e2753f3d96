import { describe, expect, it } from '@jest/globals';
import type { Actor } from './actor';
import { addActor } from './add-actor';
import { addAlias } from './add-alias';
import { buildRegistry } from './build-registry';
import { mergeRegistries } from './merge-registries';
import { actorById, ancestorIds, lookupActorName, resolveActor } from './resolve-actor';

const front: Actor = { id: 'x:1', name: 'Example Front', aliases: ['EF', 'Front of Examples'], kind: 'non_state' };
const brigade: Actor = { id: 'x:2', name: 'Sample Brigade', aliases: ['SB'], parentId: 'x:1' };
const army: Actor = { id: 'x:3', name: 'Example Army', aliases: ['EA'], kind: 'state' };

const given = (...actors: Actor[]) => buildRegistry(actors);

describe('buildRegistry and resolveActor', () => {
  it('resolves the name and every alias, whatever the spelling noise', () => {
    const registry = given(front, brigade);
    for (const name of ['Example Front', 'EF', 'e.f.', 'the front of examples', 'SAMPLE-BRIGADE']) {
      expect(resolveActor(registry, name)?.name).toBe(name.startsWith('S') ? 'Sample Brigade' : 'Example Front');
    }
  });

  it('returns null for an unknown or empty name', () => {
    const registry = given(front);
    expect(resolveActor(registry, 'Other Front')).toBeNull();
    expect(resolveActor(registry, ' - ')).toBeNull();
    expect(lookupActorName(registry, 'Other Front')).toEqual({ status: 'unknown' });
  });

  it('keeps a name two actors answer to, as ambiguous, and resolves it to nobody', () => {
    const registry = given(front, { ...army, aliases: ['EF'] });
    expect(resolveActor(registry, 'EF')).toBeNull();
    const lookup = lookupActorName(registry, 'EF');
    expect(lookup.status === 'ambiguous' && lookup.candidates.map((actor) => actor.id)).toEqual(['x:1', 'x:3']);
  });

  it('combines entries with one id, first name winning, all names kept', () => {
    const registry = given(front, { id: 'x:1', name: 'Front Exemplaire', aliases: ['EF'] });
    expect(actorById(registry, 'x:1')?.name).toBe('Example Front');
    expect(resolveActor(registry, 'Front Exemplaire')?.id).toBe('x:1');
    expect(registry.actors.size).toBe(1);
  });

  it('is not changed when the caller mutates its input afterwards', () => {
    const input: Actor = { ...front, aliases: [...front.aliases] };
    const registry = given(input);
    input.aliases.push('Mutated');
    expect(actorById(registry, 'x:1')?.aliases).toEqual(front.aliases);
  });
});

describe('ancestorIds', () => {
  it('lists parents nearest first and stops at a cycle', () => {
    const registry = given(front, brigade, { id: 'x:4', name: 'Sub Unit', aliases: [], parentId: 'x:2' });
    expect(ancestorIds(registry, 'x:4')).toEqual(['x:2', 'x:1']);
    const cyclic = given({ ...front, parentId: 'x:2' }, brigade);
    expect(ancestorIds(cyclic, 'x:2')).toEqual(['x:1']);
  });

  it('lists a parent the registry does not hold, then stops', () => {
    expect(ancestorIds(given(brigade), 'x:2')).toEqual(['x:1']);
  });
});

describe('addAlias', () => {
  it('adds a name and leaves the old registry as it was', () => {
    const before = given(front, army);
    const change = addAlias(before, 'x:1', 'Exemplary Front');
    expect(change.ok && resolveActor(change.registry, 'exemplary front')?.id).toBe('x:1');
    expect(resolveActor(before, 'Exemplary Front')).toBeNull();
    expect(actorById(before, 'x:1')?.aliases).toEqual(front.aliases);
  });

  it('refuses a name that already means another actor', () => {
    const change = addAlias(given(front, army), 'x:1', 'E.A.');
    expect(change).toEqual({ ok: false, error: 'ALIAS_OWNED_BY_OTHER_ACTOR', detail: '"E.A." already names x:3' });
  });

  it('refuses an unknown actor and an empty alias', () => {
    expect(addAlias(given(front), 'x:9', 'Nine')).toMatchObject({ ok: false, error: 'UNKNOWN_ACTOR' });
    expect(addAlias(given(front), 'x:1', " '- ")).toMatchObject({ ok: false, error: 'EMPTY_NAME' });
  });

  it('returns the same registry for a spelling the actor already answers to', () => {
    const registry = given(front);
    const change = addAlias(registry, 'x:1', 'example-front');
    expect(change.ok && change.registry).toBe(registry);
  });
});

describe('addActor', () => {
  it('adds a new actor under a known parent', () => {
    const change = addActor(given(front), brigade);
    expect(change.ok && ancestorIds(change.registry, 'x:2')).toEqual(['x:1']);
    expect(change.ok && resolveActor(change.registry, 'SB')?.id).toBe('x:2');
  });

  it.each([
    [{ ...army, id: 'x:1' }, 'ACTOR_ID_TAKEN'],
    [{ ...army, name: '  ' }, 'EMPTY_NAME'],
    [{ ...army, parentId: 'x:9' }, 'UNKNOWN_PARENT'],
    [{ ...army, aliases: ['Front of Examples'] }, 'ALIAS_OWNED_BY_OTHER_ACTOR'],
  ] as Array<[Actor, string]>)('refuses %o with %s', (actor, error) => {
    const before = given(front);
    expect(addActor(before, actor)).toMatchObject({ ok: false, error });
    expect(before.actors.size).toBe(1);
  });
});

describe('mergeRegistries', () => {
  it('combines an actor both know: primary name, aliases from both, missing fields filled', () => {
    const imported = given({ id: 'x:1', name: 'EF', aliases: ['Exemplary Front'], kind: 'other', ucdpId: '1' });
    const merged = mergeRegistries(given(front), imported);
    expect(actorById(merged, 'x:1')).toEqual({
      id: 'x:1',
      name: 'Example Front',
      aliases: ['EF', 'Front of Examples', 'Exemplary Front'],
      kind: 'non_state',
      ucdpId: '1',
    });
  });

  it('lets the primary decide a name the import gives to someone else', () => {
    const imported = given({ ...army, aliases: ['EF', 'Front of Examples'] }, { ...front, aliases: ['EF'] });
    const merged = mergeRegistries(given(front), imported);
    expect(resolveActor(merged, 'Front of Examples')?.id).toBe('x:1');
    expect(resolveActor(merged, 'Example Army')?.id).toBe('x:3');
    expect(resolveActor(imported, 'EF')).toBeNull();
  });

  it('keeps ambiguity the primary does not settle', () => {
    const imported = given({ ...army, aliases: ['Twin'] }, { ...brigade, parentId: undefined, aliases: ['Twin'] });
    expect(lookupActorName(mergeRegistries(given(front), imported), 'Twin').status).toBe('ambiguous');
  });
});
