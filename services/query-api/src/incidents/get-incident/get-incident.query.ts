import { Injectable, NotFoundException } from '@nestjs/common';
import { IncidentDetailStore } from '@sitrep/db';
import { badParameter } from '../../http/bad-parameter';
import { parseEnd } from '../../timelines/timeline-filter/parse-instant';
import type { AsOfRequest } from '../../timelines/timeline-filter/timeline-filter.request';
import { toIncidentDetail } from './incident-detail';
import type { IncidentDetailResponse } from './incident-detail.response';

@Injectable()
export class GetIncidentQuery {
  constructor(private readonly incidents: IncidentDetailStore) {}

  async run(incidentId: string, request: AsOfRequest): Promise<IncidentDetailResponse> {
    let asOf: string | undefined;
    if (request.asOf !== undefined) {
      const parsed = parseEnd(request.asOf);
      if (!parsed.ok) throw badParameter('asOf', `asOf: ${parsed.reason}`);
      asOf = parsed.value;
    }
    const record = await this.incidents.find(incidentId, asOf);
    if (record === null) {
      const when = asOf === undefined ? '' : ` as of ${asOf}`;
      throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `no incident ${incidentId}${when}` });
    }
    return toIncidentDetail(record, asOf);
  }
}
