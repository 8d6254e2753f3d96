import type { IncidentActor } from '@sitrep/domain-incidents';
import { foldName } from '@sitrep/domain-incidents';
import { ancestorIds, resolveActor, type ActorRegistry } from '@sitrep/domain-places';

/**
 * Whether an incident's actor is the actor a rule names, by canonical id or by any alias the
 * registry knows, counting members as their group (a cell of Islamic State, the YPG under the
 * SDF). An actor ingest could not resolve still matches by name, or by the registry resolving its
 * reported name now. Without a registry only ids and folded names are compared.
 */
export function actorIs(target: string, registry?: ActorRegistry): (actor: IncidentActor) => boolean {
  const folded = foldName(target);
  const canonical = registry === undefined ? undefined : canonicalIdOf(registry, target);
  return (actor) => {
    if (actor.key === target || actor.actorId === target || foldName(actor.name) === folded) return true;
    if (registry === undefined || canonical === undefined) return false;
    const id = actor.actorId ?? resolveActor(registry, actor.name)?.id;
    return id !== undefined && (id === canonical || ancestorIds(registry, id).includes(canonical));
  };
}

/** Whether the actor's reported name, or its canonical name, contains the folded text. */
export function actorNameContains(needle: string, registry?: ActorRegistry): (actor: IncidentActor) => boolean {
  const folded = foldName(needle);
  return (actor) => {
    const canonicalName = actor.actorId === undefined ? undefined : registry?.actors.get(actor.actorId)?.name;
    return [actor.name, canonicalName].some((name) => name !== undefined && foldName(name).includes(folded));
  };
}

function canonicalIdOf(registry: ActorRegistry, target: string): string | undefined {
  return registry.actors.has(target) ? target : resolveActor(registry, target)?.id;
}
