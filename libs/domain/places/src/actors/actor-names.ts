import type { Actor } from './actor';
import { actorNameKey } from './actor-name-key';

/** The distinct, non-empty name keys an actor answers to: its name and every alias. */
export function nameKeysOf(actor: Actor): string[] {
  const keys = [actor.name, ...actor.aliases].map(actorNameKey).filter((key) => key !== '');
  return [...new Set(keys)];
}

/**
 * `first` with everything `second` knows added: the name, kind, parent and UCDP id of `first`
 * win; `second`'s name and aliases become aliases. One raw spelling is kept per name key.
 */
export function combineActors(first: Actor, second: Actor): Actor {
  const nameKey = actorNameKey(first.name);
  const seen = new Set([nameKey]);
  const aliases: string[] = [];
  for (const alias of [...first.aliases, second.name, ...second.aliases]) {
    const key = actorNameKey(alias);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    aliases.push(alias.trim());
  }
  return withoutUndefined({
    id: first.id,
    name: first.name,
    aliases,
    kind: first.kind ?? second.kind,
    parentId: first.parentId ?? second.parentId,
    ucdpId: first.ucdpId ?? second.ucdpId,
  });
}

/** Optional fields absent rather than `undefined`, so actors compare and serialise cleanly. */
export function withoutUndefined(actor: Actor): Actor {
  return Object.fromEntries(Object.entries(actor).filter(([, value]) => value !== undefined)) as Actor;
}

/** A copy the registry owns, so callers mutating their input cannot change it. */
export function copyActor(actor: Actor): Actor {
  return withoutUndefined({ ...actor, aliases: [...actor.aliases] });
}
