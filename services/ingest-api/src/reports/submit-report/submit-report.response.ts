import { BadRequestException } from '@nestjs/common';
import { IngestUnavailableError, type RecordOutcome } from '../record-reports/record-outcome';
import type { BatchItem } from './parse-batch-body';

export function toSingleResponse(outcome: RecordOutcome) {
  switch (outcome.status) {
    case 'accepted':
    case 'duplicate':
      return { reportId: outcome.reportId, status: outcome.status, position: outcome.position };
    case 'rejected':
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'The report is invalid', issues: outcome.issues });
    case 'retry':
      throw new IngestUnavailableError(1, `report ${outcome.reportId} is being appended by another request`);
    default: {
      const exhaustive: never = outcome;
      return exhaustive;
    }
  }
}

/** Items whose line could not even be parsed keep that reason; the rest carry their outcome. */
export function toBatchResponse(items: BatchItem[], outcomes: RecordOutcome[]) {
  const results = outcomes.map((outcome, index) => {
    const item = items[index];
    if (!item.ok) return { index, status: 'rejected' as const, issues: [{ path: `[${index}]`, reason: item.reason }] };
    return outcome;
  });
  const count = (status: string) => results.filter((r) => r.status === status).length;
  const summary = { accepted: count('accepted'), duplicate: count('duplicate'), rejected: count('rejected'), retry: count('retry') };
  if (summary.rejected === results.length) {
    throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'Every report in the batch is invalid', summary, results });
  }
  return { summary, results };
}
