import type { ChangeToEvaluate } from '@sitrep/domain-alerting';
import type { IncidentChange } from '@sitrep/domain-incidents';

/** One row of `alert_input`: an incident change as the alert engine reads it. */
export interface AlertInputRow {
  source_topic: string;
  source_partition: number;
  source_offset: string;
  /** Order of the change among those the same record made (a merge changes two incidents). */
  seq: number;
  incident_id: string;
  incident_version: number;
  received_at: string;
  /** The incident after the change only: rules never read `before` (their state has it), and it was up to half the row. */
  change: ChangeToEvaluate;
}

/**
 * The input rows of a batch's steps (every change, in log order, not the net change per incident:
 * what an alert sees must not depend on how records were batched). Each change is placed at the
 * record that made it (`after.position`, `after.lastUpdatedAt`); changes of records below
 * `fromOffset` are left out.
 */
export function alertInputRows(topic: string, partition: number, steps: readonly IncidentChange[], fromOffset: bigint): AlertInputRow[] {
  const seqs = new Map<string, number>();
  const rows: AlertInputRow[] = [];
  for (const change of steps) {
    const { after } = change;
    const offset = after.position.offset;
    if (BigInt(offset) < fromOffset) continue;
    const seq = seqs.get(offset) ?? 0;
    seqs.set(offset, seq + 1);
    rows.push({
      source_topic: topic,
      source_partition: partition,
      source_offset: offset,
      seq,
      incident_id: after.incidentId,
      incident_version: after.version,
      received_at: after.lastUpdatedAt,
      change: { after },
    });
  }
  return rows;
}
