import type { Actor, ActorRegistry } from './actor';
import { combineActors, copyActor, nameKeysOf } from './actor-names';

/** Name key → ids of the actors answering to it, in the order the actors come. */
export function indexActorNames(actors: Iterable<Actor>): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const actor of actors) {
    for (const key of nameKeysOf(actor)) {
      const owners = byName.get(key) ?? [];
      if (!owners.includes(actor.id)) byName.set(key, [...owners, actor.id]);
    }
  }
  return byName;
}

/**
 * A registry of the given actors. Two entries with one id are one actor (see `combineActors`, the
 * first entry wins). Two actors answering to one name are both kept and the name becomes ambiguous:
 * imported lists such as UCDP's hold real homonyms ("SSDF" in Somalia and in Sudan).
 */
export function buildRegistry(actors: Actor[]): ActorRegistry {
  const byId = new Map<string, Actor>();
  for (const actor of actors) {
    const known = byId.get(actor.id);
    byId.set(actor.id, known ? combineActors(known, actor) : copyActor(actor));
  }
  return { actors: byId, byName: indexActorNames(byId.values()) };
}
