import { foldName } from '@sitrep/domain-incidents';
import { actorById, lookupActorName, normalizeAdmin1, type Actor, type Admin1Ref, type ActorRegistry } from '@sitrep/domain-places';
import { parsed, refused, type Parsed } from '../http/parsed';

/** Every governorate the API knows is Syrian; another country is one more table in domain-places. */
export const COUNTRY = 'SYR';

/** A governorate in any spelling or by ISO 3166-2 id ("Hassakah", "الحسكة", "SY-HA" → Al Hasakah). */
export function resolveAdmin1(text: string): Parsed<Admin1Ref> {
  const found = normalizeAdmin1(COUNTRY, text);
  return found === null ? refused(`"${text}" is not a governorate we know (see GET /v1/places/admin1)`) : parsed(found);
}

/** An actor as the read model keys it: a registered actor, or the `name:` key of an unresolved one. */
export interface ResolvedActor {
  key: string;
  actor: Actor | null;
}

/**
 * A canonical id (`ucdp:234`), any name or alias the registry knows ("ISIS", "Daesh", "داعش"), or
 * an unresolved actor's key (`name:kurdish militia`). Names the registry does not know become the
 * `name:<folded>` key the projector gives unresolved actors; an ambiguous name is refused, because
 * picking one of its actors would be a guess.
 */
export function resolveActorKey(registry: ActorRegistry, text: string): Parsed<ResolvedActor> {
  const trimmed = text.trim();
  const byId = actorById(registry, trimmed);
  if (byId !== null) return parsed({ key: byId.id, actor: byId });
  if (trimmed.startsWith('name:')) return nameKey(trimmed.slice(5));
  const lookup = lookupActorName(registry, trimmed);
  if (lookup.status === 'resolved') return parsed({ key: lookup.actor.id, actor: lookup.actor });
  if (lookup.status === 'ambiguous') {
    const candidates = lookup.candidates.map((actor) => `${actor.id} (${actor.name})`).join(', ');
    return refused(`"${trimmed}" names several actors: ${candidates}; ask by id`);
  }
  return nameKey(trimmed);
}

function nameKey(name: string): Parsed<ResolvedActor> {
  const folded = foldName(name);
  return folded === '' ? refused('names no actor') : parsed({ key: `name:${folded}`, actor: null });
}
