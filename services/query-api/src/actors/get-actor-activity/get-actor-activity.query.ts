import { Injectable, NotFoundException } from '@nestjs/common';
import { type ActivityScopeFilter, ActorActivityStore, LiveActorRegistry } from '@sitrep/db';
import { normalizeAdmin1, type ActorRegistry } from '@sitrep/domain-places';
import { badParameter } from '../../http/bad-parameter';
import type { Parsed } from '../../http/parsed';
import { COUNTRY, resolveActorKey, resolveAdmin1, type ResolvedActor } from '../../reference-data/resolve-names';
import { BASELINE_DAYS, compareWithBaseline, parseWindow } from './activity-window';
import type { GetActorActivityRequest } from './get-actor-activity.request';
import type { ActivityActorResponse, ActorActivityResponse } from './get-actor-activity.response';

const DEFAULT_WINDOW_DAYS = 7;

/** One actor's activity over time and place, who it met, and whether it is busier than usual. */
@Injectable()
export class GetActorActivityQuery {
  constructor(
    private readonly activity: ActorActivityStore,
    private readonly actors: LiveActorRegistry,
  ) {}

  async run(id: string, request: GetActorActivityRequest): Promise<ActorActivityResponse> {
    const registry = this.actors.registry();
    const actor = resolve(registry, id);
    const windowDays = request.window === undefined ? DEFAULT_WINDOW_DAYS : unwrap('window', parseWindow(request.window));
    const scope: ActivityScopeFilter = {
      ...(request.from !== undefined && { from: request.from }),
      ...(request.to !== undefined && { to: request.to }),
      ...(request.admin1 !== undefined && { admin1: [unwrap('admin1', resolveAdmin1(request.admin1)).name] }),
      ...(request.eventType !== undefined && { eventType: request.eventType }),
    };
    if (actor.actor === null && (await this.activity.totals([actor.key])).size === 0) {
      throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `no actor ${id} in the registry or in any incident` });
    }
    const granularity = request.granularity ?? 'day';
    const found = await this.activity.activity({ actorKey: actor.key, granularity, scope, windowDays, baselineDays: BASELINE_DAYS });
    return {
      actor: describe(registry, actor.key),
      granularity,
      buckets: found.buckets,
      interactions: found.interactions.map(({ actorKey, ...counts }) => ({ with: describe(registry, actorKey), ...counts })),
      presence: found.presence.map(({ admin1, incidents, firstDay, lastDay }) => {
        const admin1Id = normalizeAdmin1(COUNTRY, admin1)?.id;
        return { admin1, ...(admin1Id !== undefined && { admin1Id }), incidents, firstSeen: firstDay, lastSeen: lastDay };
      }),
      window: found.window === null ? null : compareWithBaseline(found.window, windowDays),
    };
  }
}

function resolve(registry: ActorRegistry, id: string): ResolvedActor {
  const resolved = resolveActorKey(registry, id);
  if (!resolved.ok) throw badParameter('id', `id: ${resolved.reason}`);
  return resolved.value;
}

function describe(registry: ActorRegistry, key: string): ActivityActorResponse {
  const actor = registry.actors.get(key);
  if (actor !== undefined) return { key, name: actor.name, registered: true };
  return { key, name: key.startsWith('name:') ? key.slice('name:'.length) : key, registered: false };
}

function unwrap<T>(parameter: string, result: Parsed<T>): T {
  if (!result.ok) throw badParameter(parameter, `${parameter}: ${result.reason}`);
  return result.value;
}
