import type { Actor, ActorRegistry } from './actor';
import { actorNameKey } from './actor-name-key';

/** What a name as reported tells us: one actor, nobody we know, or several we cannot tell apart. */
export type ActorNameLookup =
  | { status: 'resolved'; actor: Actor }
  | { status: 'unknown' }
  | { status: 'ambiguous'; candidates: Actor[] };

export function actorById(registry: ActorRegistry, actorId: string): Actor | null {
  return registry.actors.get(actorId) ?? null;
}

export function lookupActorName(registry: ActorRegistry, nameAsReported: string): ActorNameLookup {
  const key = actorNameKey(nameAsReported);
  const ids = key === '' ? [] : (registry.byName.get(key) ?? []);
  const actors = ids.map((id) => registry.actors.get(id)).filter((actor): actor is Actor => actor !== undefined);
  if (actors.length === 1) return { status: 'resolved', actor: actors[0] };
  if (actors.length === 0) return { status: 'unknown' };
  return { status: 'ambiguous', candidates: actors };
}

/**
 * The actor a source means by this name ("Daesh", "ISIS", "داعش" → Islamic State), or null when the
 * name is unknown or ambiguous: a wrong attribution is worse than none.
 */
export function resolveActor(registry: ActorRegistry, nameAsReported: string): Actor | null {
  const lookup = lookupActorName(registry, nameAsReported);
  return lookup.status === 'resolved' ? lookup.actor : null;
}

/**
 * Ids of the groups an actor belongs to, nearest first (YPG → SDF), for roll-ups such as "SDF and
 * everything under it". A parent the registry does not hold ends the chain (its id is still
 * listed); a cycle ends it before repeating.
 */
export function ancestorIds(registry: ActorRegistry, actorId: string): string[] {
  const ancestors: string[] = [];
  let parentId = registry.actors.get(actorId)?.parentId;
  while (parentId !== undefined && parentId !== actorId && !ancestors.includes(parentId)) {
    ancestors.push(parentId);
    parentId = registry.actors.get(parentId)?.parentId;
  }
  return ancestors;
}
