import type { ActorRegistry, RegistryChange } from './actor';
import { actorNameKey } from './actor-name-key';

/**
 * Teach the registry another name for a known actor. Refused when the name already means another
 * actor: silently moving "SNA" from one group to another would re-attribute past reports. Adding a
 * spelling the actor already answers to changes nothing and returns the same registry.
 */
export function addAlias(
  registry: ActorRegistry,
  actorId: string,
  alias: string,
): RegistryChange<'UNKNOWN_ACTOR' | 'EMPTY_NAME' | 'ALIAS_OWNED_BY_OTHER_ACTOR'> {
  const actor = registry.actors.get(actorId);
  if (!actor) return { ok: false, error: 'UNKNOWN_ACTOR', detail: `no actor ${actorId}` };
  const key = actorNameKey(alias);
  if (key === '') return { ok: false, error: 'EMPTY_NAME', detail: `alias "${alias}" has no letters or digits` };
  const owners = registry.byName.get(key) ?? [];
  const others = owners.filter((id) => id !== actorId);
  if (others.length > 0) {
    return { ok: false, error: 'ALIAS_OWNED_BY_OTHER_ACTOR', detail: `"${alias}" already names ${others.join(', ')}` };
  }
  if (owners.includes(actorId)) return { ok: true, registry };
  const actors = new Map(registry.actors).set(actorId, { ...actor, aliases: [...actor.aliases, alias.trim()] });
  const byName = new Map(registry.byName).set(key, [actorId]);
  return { ok: true, registry: { actors, byName } };
}
