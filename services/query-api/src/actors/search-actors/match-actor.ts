import type { Actor } from '@sitrep/domain-places';
import { actorNameKey } from '@sitrep/domain-places';

/**
 * How well an actor answers a search, best first: 0 its name or an alias is the text, 1 one
 * starts with it, 2 one contains it; null when none does. Names compare folded (case, accents,
 * Arabic marks, punctuation), so "daesh", "DA'ESH" and "داعش" find Islamic State.
 */
export function matchRank(actor: Actor, query: string): number | null {
  const wanted = actorNameKey(query);
  if (wanted === '') return null;
  if (actor.id.toLowerCase() === query.trim().toLowerCase()) return 0;
  let best: number | null = null;
  for (const name of [actor.name, ...actor.aliases]) {
    const key = actorNameKey(name);
    const rank = key === wanted ? 0 : key.startsWith(wanted) ? 1 : key.includes(wanted) ? 2 : null;
    if (rank !== null && (best === null || rank < best)) best = rank;
  }
  return best;
}
