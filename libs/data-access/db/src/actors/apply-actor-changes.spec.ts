import { describe, expect, it } from '@jest/globals';
import { buildRegistry, resolveActor } from '@sitrep/domain-places';
import { applyActorChanges } from './apply-actor-changes';

const reference = () => buildRegistry([{ id: 'ucdp:234', name: 'Islamic State', aliases: ['ISIS', 'Daesh'] }]);

describe('applyActorChanges', () => {
  it('adds stored actors and aliases in order, aliases of reference actors included', () => {
    const { registry, refused } = applyActorChanges(reference(), [
      { seq: '1', kind: 'actor', actor: { id: 'sitrep:a', name: 'Liwa al-Example', aliases: [], kind: 'non_state' } },
      { seq: '2', kind: 'alias', actorId: 'sitrep:a', alias: 'لواء المثال' },
      { seq: '3', kind: 'alias', actorId: 'ucdp:234', alias: 'Tanzim al-Dawla' },
    ]);
    expect(refused).toEqual([]);
    expect(resolveActor(registry, 'لواء المثال')?.id).toBe('sitrep:a');
    expect(resolveActor(registry, 'tanzim al dawla')?.id).toBe('ucdp:234');
    expect(registry.actors.get('sitrep:a')).toEqual({ id: 'sitrep:a', name: 'Liwa al-Example', aliases: ['لواء المثال'], kind: 'non_state' });
  });

  it('reports, and skips, a change the reference data no longer allows', () => {
    const { registry, refused } = applyActorChanges(reference(), [
      { seq: '7', kind: 'actor', actor: { id: 'sitrep:b', name: 'Daesh', aliases: [] } },
      { seq: '8', kind: 'alias', actorId: 'sitrep:b', alias: 'Other name' },
    ]);
    expect(refused.map((r) => [r.seq, r.error])).toEqual([
      ['7', 'ALIAS_OWNED_BY_OTHER_ACTOR'],
      ['8', 'UNKNOWN_ACTOR'],
    ]);
    expect(resolveActor(registry, 'Daesh')?.id).toBe('ucdp:234');
  });
});
