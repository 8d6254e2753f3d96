import type { Actor, ActorRegistry, RegistryChange } from './actor';
import { actorNameKey } from './actor-name-key';
import { copyActor, nameKeysOf } from './actor-names';

type AddActorError = 'ACTOR_ID_TAKEN' | 'EMPTY_NAME' | 'UNKNOWN_PARENT' | 'ALIAS_OWNED_BY_OTHER_ACTOR';

function refusal(registry: ActorRegistry, actor: Actor): { error: AddActorError; detail: string } | null {
  const existing = registry.actors.get(actor.id);
  if (existing) return { error: 'ACTOR_ID_TAKEN', detail: `${actor.id} is already ${existing.name}` };
  const empty = [actor.name, ...actor.aliases].find((name) => actorNameKey(name) === '');
  if (empty !== undefined) return { error: 'EMPTY_NAME', detail: `name "${empty}" has no letters or digits` };
  if (actor.parentId !== undefined && !registry.actors.has(actor.parentId)) {
    return { error: 'UNKNOWN_PARENT', detail: `parent ${actor.parentId} is not in the registry` };
  }
  const taken = nameKeysOf(actor).find((key) => registry.byName.has(key));
  if (taken !== undefined) {
    const owners = registry.byName.get(taken)?.join(', ');
    return { error: 'ALIAS_OWNED_BY_OTHER_ACTOR', detail: `"${taken}" already names ${owners}` };
  }
  return null;
}

/**
 * Add an actor an analyst (or an importer) met for the first time. Refused when the id exists,
 * a name is blank, the parent is unknown, or one of its names already means another actor.
 */
export function addActor(registry: ActorRegistry, actor: Actor): RegistryChange<AddActorError> {
  const refused = refusal(registry, actor);
  if (refused) return { ok: false, ...refused };
  const added = copyActor(actor);
  const byName = new Map(registry.byName);
  for (const key of nameKeysOf(added)) byName.set(key, [added.id]);
  return { ok: true, registry: { actors: new Map(registry.actors).set(added.id, added), byName } };
}
