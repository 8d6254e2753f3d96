import { Injectable } from '@nestjs/common';
import { TimelineStore, type TimelineOrder } from '@sitrep/db';
import { badParameter } from '../../http/bad-parameter';
import { decodeCursor, encodeCursor } from '../timeline-cursor';
import { toIncidentSummary } from '../timeline-filter/incident-summary';
import { TimelineFilterResolver } from '../timeline-filter/timeline-filter.resolver';
import type { GetTimelineRequest } from './get-timeline.request';
import type { TimelineResponse } from './timeline.response';

const DEFAULT_PAGE = 50;

/** One page of incidents in the asked order, with the cursor of the next. */
@Injectable()
export class GetTimelineQuery {
  constructor(
    private readonly timelines: TimelineStore,
    private readonly filters: TimelineFilterResolver,
  ) {}

  async run(request: GetTimelineRequest): Promise<TimelineResponse> {
    const filter = this.filters.resolve(request);
    const order: TimelineOrder = request.order ?? 'occurred_desc';
    let after = null;
    if (request.cursor !== undefined) {
      const decoded = decodeCursor(request.cursor, order);
      if (!decoded.ok) throw badParameter('cursor', `cursor ${decoded.reason}`);
      after = decoded.value;
    }
    const page = await this.timelines.page({ filter, order, after, limit: request.limit ?? DEFAULT_PAGE });
    return {
      items: page.rows.map(toIncidentSummary),
      nextCursor: page.next === null ? null : encodeCursor(order, page.next),
      ...(filter.asOf !== undefined && { asOf: filter.asOf }),
    };
  }
}
