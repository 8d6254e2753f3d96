import type { ReportRecorded } from '@sitrep/contracts';
import type { IncidentChange } from '@sitrep/domain-incidents';

/** One record of a partition as the consumer hands it over: parsed, or refused (poison) with why. */
export type ProjectionRecord = { offset: string; record: ReportRecorded } | { offset: string; poison: true; reason: string };

/** Records of one partition, in offset order. */
export interface ProjectionBatch {
  topic: string;
  partition: number;
  records: ProjectionRecord[];
}

/** A record skipped as poison: the consumer could not parse it, or the domain could not apply it. */
export interface PoisonedRecord {
  offset: string;
  reason: string;
}

/** Which pointer of `sitrep_read_model` the schema must still be, checked in the batch transaction. */
export type ReadModelRole = 'live' | 'building';

export interface ApplyBatchOptions {
  /**
   * The stored next offset the caller believes in (set when it was assigned the partition, then
   * moved by each of its batches). Another value means another instance wrote this partition
   * since: the caller is a zombie of an earlier assignment and its batch is rejected.
   */
  expectedNextOffset?: string;
  /** Rejects the batch (ReadModelSwitchedError) once the schema no longer plays this role. */
  role?: ReadModelRole;
  /** A rebuild replaying history: a later alert engine must not notify about these changes. */
  replay?: boolean;
  /**
   * Called inside the transaction, before the position moves past them, with every poisoned record
   * of the batch (once per commit): dead-letter them here; a throw rolls the whole batch back.
   */
  onPoison?: (poisoned: PoisonedRecord[]) => Promise<void>;
}

/** What one committed batch did. */
export interface AppliedBatch {
  topic: string;
  partition: number;
  /** The stored next offset before and after the batch. */
  previousNextOffset: string;
  nextOffset: string;
  /** Records applied (poison excluded); records skipped because they were at or below the position. */
  applied: number;
  skipped: number;
  poisoned: PoisonedRecord[];
  /** Per incident touched: its state before the batch (null: opened by it) and after it. */
  changes: IncidentChange[];
  replay: boolean;
}

export function isParsed(record: ProjectionRecord): record is { offset: string; record: ReportRecorded } {
  return 'record' in record;
}
