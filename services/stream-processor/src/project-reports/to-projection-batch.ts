import { parseReportRecorded, type LogBatch } from '@sitrep/contracts';
import type { ProjectionBatch, ProjectionRecord } from '@sitrep/db';

/**
 * The consumer edge: every record is parsed and re-validated; one that does not parse is poison,
 * with the parser's reason, and travels on so the store skips it in the same transaction.
 */
export function toProjectionBatch(batch: LogBatch): ProjectionBatch {
  return {
    topic: batch.topic,
    partition: batch.partition,
    records: batch.records.map((r): ProjectionRecord => {
      const parsed = parseReportRecorded(r.value, r.headers);
      return parsed.ok ? { offset: r.offset, record: parsed.value } : { offset: r.offset, poison: true, reason: parsed.reason };
    }),
  };
}
