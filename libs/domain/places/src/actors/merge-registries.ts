import type { Actor, ActorRegistry } from './actor';
import { combineActors } from './actor-names';
import { indexActorNames } from './build-registry';

/**
 * One registry from a curated one (`primary`, e.g. our seed) and an imported one (`secondary`,
 * e.g. UCDP's actor list). Actors with one id become one actor (`combineActors`: primary's name,
 * kind and parent win; all names are kept as aliases). For resolution the primary's word is final:
 * a name the primary maps to an actor keeps that meaning even if the import also gives it to
 * others. So "Islamic State", which UCDP 22.1 also lists for Darul Islam (ucdp:217), resolves to
 * IS (ucdp:234) once the seed is primary. Names only the import knows keep the import's owners,
 * ambiguity included.
 */
export function mergeRegistries(primary: ActorRegistry, secondary: ActorRegistry): ActorRegistry {
  const actors = new Map<string, Actor>(primary.actors);
  for (const [id, imported] of secondary.actors) {
    const curated = actors.get(id);
    actors.set(id, curated ? combineActors(curated, imported) : imported);
  }
  const byName = new Map(primary.byName);
  for (const [key, owners] of indexActorNames(actors.values())) {
    if (!byName.has(key)) byName.set(key, owners);
  }
  return { actors, byName };
}
