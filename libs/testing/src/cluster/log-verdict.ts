import type { ItemOutcome } from './ingest-driver';
import type { LogAudit } from './log-audit';
import type { FedReport } from './report-feed';

export interface LogVerdict {
  /** Reports ingest answered 2xx for (accepted, or duplicate = recorded before). */
  acknowledged: number;
  /** Of those, on the log exactly once. */
  exactlyOnce: number;
  /** Acknowledged but not on the log: lost. */
  lost: string[];
  /** Report ids on the log more than once, acknowledged or not. */
  duplicated: string[];
  /** Refused (400) yet on the log. */
  refusedButRecorded: string[];
  /** Never answered (given up): how many of them made it onto the log anyway (once). */
  unanswered: number;
  unansweredRecorded: number;
}

/** Every report that got a 2xx must be on the log exactly once; nothing may be there twice. */
export function logVerdict(feed: FedReport[], outcomes: ItemOutcome[], audit: LogAudit): LogVerdict {
  const count = (r: FedReport) => audit.byId.get(r.reportId) ?? 0;
  const acknowledged = feed.filter((r) => outcomes[r.index].status === 'accepted' || outcomes[r.index].status === 'duplicate');
  const unanswered = feed.filter((r) => outcomes[r.index].status === 'unanswered');
  return {
    acknowledged: acknowledged.length,
    exactlyOnce: acknowledged.filter((r) => count(r) === 1).length,
    lost: acknowledged.filter((r) => count(r) === 0).map((r) => r.reportId),
    duplicated: audit.duplicates,
    refusedButRecorded: feed.filter((r) => outcomes[r.index].status === 'rejected' && count(r) > 0).map((r) => r.reportId),
    unanswered: unanswered.length,
    unansweredRecorded: unanswered.filter((r) => count(r) > 0).length,
  };
}
