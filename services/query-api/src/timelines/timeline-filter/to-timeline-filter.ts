import type { TimelineFilter } from '@sitrep/db';
import type { ActorRegistry } from '@sitrep/domain-places';
import type { ParameterIssue } from '../../http/bad-parameter';
import type { Parsed } from '../../http/parsed';
import { resolveActorKey, resolveAdmin1 } from '../../reference-data/resolve-names';
import { parseBbox } from './parse-bbox';
import { parseMinGrade } from './parse-grade';
import { parseEnd, parseStart } from './parse-instant';
import type { StatusFilter, TimelineFilterRequest } from './timeline-filter.request';

export type TimelineFilterParams = TimelineFilterRequest & { asOf?: string };

export type FilterResult = { ok: true; filter: TimelineFilter } | ({ ok: false } & ParameterIssue);

class Refused extends Error {
  constructor(readonly issue: ParameterIssue) {
    super(issue.reason);
  }
}

/**
 * The store's filter from the request's parameters: spellings resolved to canonical governorates
 * and actor keys, dates to instants. Refuses with the parameter's name (e.g. an ambiguous actor).
 */
export function toTimelineFilter(params: TimelineFilterParams, registry: ActorRegistry, defaultStatus: StatusFilter = 'active'): FilterResult {
  try {
    return { ok: true, filter: buildFilter(params, registry, defaultStatus) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, ...error.issue };
    throw error;
  }
}

function buildFilter(params: TimelineFilterParams, registry: ActorRegistry, defaultStatus: StatusFilter): TimelineFilter {
  const take = <T>(parameter: string, text: string | undefined, parse: (text: string) => Parsed<T>): T | undefined => {
    if (text === undefined) return undefined;
    const result = parse(text);
    if (!result.ok) throw new Refused({ parameter, reason: `${parameter}: ${result.reason}` });
    return result.value;
  };
  const filter: TimelineFilter = { status: params.status ?? defaultStatus };
  const set = <K extends keyof TimelineFilter>(key: K, value: TimelineFilter[K] | undefined) => {
    if (value !== undefined) filter[key] = value;
  };
  set('occurredFrom', take('from', params.from, parseStart));
  set('occurredTo', take('to', params.to, parseEnd));
  set('asOf', take('asOf', params.asOf, parseEnd));
  const admin1 = take('admin1', params.admin1, resolveAdmin1);
  if (admin1 !== undefined) filter.admin1 = [admin1.name];
  set('admin2', params.admin2);
  set('placeContains', params.place);
  set('bbox', take('bbox', params.bbox, parseBbox));
  const actor = take('actor', params.actor, (text) => resolveActorKey(registry, text));
  if (actor !== undefined) filter.actorKeys = [actor.key];
  set('eventType', params.eventType);
  set('subEventType', params.subEventType);
  set('category', params.category);
  set('minGrade', take('minGrade', params.minGrade, parseMinGrade));
  set('minFatalities', params.minFatalities);
  if (params.tag !== undefined && params.tag.length > 0) filter.tags = params.tag;
  set('text', params.q);
  return filter;
}
