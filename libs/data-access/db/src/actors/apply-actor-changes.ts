import { addActor, addAlias, type ActorRegistry, type RegistryError } from '@sitrep/domain-places';
import type { StoredActorChange } from './actor.store';

export interface AppliedActorChanges {
  registry: ActorRegistry;
  /**
   * Stored changes the registry no longer takes: the reference data changed under them (a newer
   * UCDP file gives the alias to another actor). They stay stored and are reported, never forced.
   */
  refused: Array<{ seq: string; error: RegistryError; detail: string }>;
}

/**
 * The reference registry with analysts' changes applied in the order they were made, by the same
 * domain rules that accepted them (addActor, addAlias).
 */
export function applyActorChanges(registry: ActorRegistry, changes: StoredActorChange[]): AppliedActorChanges {
  let current = registry;
  const refused: AppliedActorChanges['refused'] = [];
  for (const change of changes) {
    const applied = change.kind === 'actor' ? addActor(current, change.actor) : addAlias(current, change.actorId, change.alias);
    if (applied.ok) current = applied.registry;
    else refused.push({ seq: change.seq, error: applied.error, detail: applied.detail });
  }
  return { registry: current, refused };
}
