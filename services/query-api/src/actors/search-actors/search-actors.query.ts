import { Injectable } from '@nestjs/common';
import { ActorActivityStore, type ActorTotals, LiveActorRegistry } from '@sitrep/db';
import { foldName } from '@sitrep/domain-incidents';
import type { Actor, ActorRegistry } from '@sitrep/domain-places';
import { matchRank } from './match-actor';
import type { SearchActorsRequest } from './search-actors.request';
import type { ActorResponse, SearchActorsResponse } from './search-actors.response';

const DEFAULT_LIMIT = 50;

/** Registry actors matching a name or alias, best match then busiest first, and unresolved names seen in reports. */
@Injectable()
export class SearchActorsQuery {
  constructor(
    private readonly activity: ActorActivityStore,
    private readonly actors: LiveActorRegistry,
  ) {}

  async run(request: SearchActorsRequest): Promise<SearchActorsResponse> {
    const limit = request.limit ?? DEFAULT_LIMIT;
    const q = request.q;
    const registry = this.actors.registry();
    const matches = [...registry.actors.values()]
      .map((actor) => ({ actor, rank: q === undefined ? 0 : matchRank(actor, q) }))
      .filter((match): match is { actor: Actor; rank: number } => match.rank !== null);
    const totals = await this.activity.totals(matches.map((match) => match.actor.id));
    const registered = matches
      .map((match) => ({ ...match, item: toResponse(registry, match.actor, totals.get(match.actor.id)) }))
      .sort((a, b) => a.rank - b.rank || b.item.incidents - a.item.incidents || a.item.name.localeCompare(b.item.name))
      .map((match) => match.item);
    const folded = q === undefined ? '' : foldName(q);
    const unresolved = folded === '' ? [] : (await this.activity.unresolvedMatching(folded, limit)).map(unresolvedResponse);
    return { items: [...registered, ...unresolved].slice(0, limit) };
  }
}

function toResponse(registry: ActorRegistry, actor: Actor, totals: ActorTotals | undefined): ActorResponse {
  const parent = actor.parentId === undefined ? undefined : registry.actors.get(actor.parentId);
  return {
    id: actor.id,
    name: actor.name,
    aliases: [...actor.aliases],
    ...(actor.kind !== undefined && { kind: actor.kind }),
    ...(actor.parentId !== undefined && { parent: { id: actor.parentId, name: parent?.name ?? actor.parentId } }),
    registered: true,
    ...counts(totals),
  };
}

function unresolvedResponse(totals: ActorTotals): ActorResponse {
  return { id: totals.actorKey, name: totals.actorKey.slice('name:'.length), aliases: [], registered: false, ...counts(totals) };
}

function counts(totals: ActorTotals | undefined) {
  return { incidents: totals?.incidents ?? 0, fatalities: totals?.fatalities ?? 0, firstSeen: totals?.firstDay ?? null, lastSeen: totals?.lastDay ?? null };
}
