import { Injectable } from '@nestjs/common';
import { LiveActorRegistry, type TimelineFilter } from '@sitrep/db';
import { badParameter } from '../../http/bad-parameter';
import type { StatusFilter } from './timeline-filter.request';
import { toTimelineFilter, type TimelineFilterParams } from './to-timeline-filter';

/** Turns validated filter parameters into the store's filter, or a 400 naming the parameter. */
@Injectable()
export class TimelineFilterResolver {
  constructor(private readonly actors: LiveActorRegistry) {}

  resolve(params: TimelineFilterParams, defaultStatus: StatusFilter = 'active'): TimelineFilter {
    const result = toTimelineFilter(params, this.actors.registry(), defaultStatus);
    if (!result.ok) throw badParameter(result.parameter, result.reason);
    return result.filter;
  }
}
