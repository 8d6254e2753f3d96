/**
 * The log of record, as the rest of Sitrep sees it. Two adapters implement it: Kafka (scaled) and
 * an append-only table in the embedded PostgreSQL (embedded default). One contract suite
 * (libs/testing) runs against both so they cannot drift.
 *
 * A position is partition + offset in both. Offsets are decimal strings because Kafka's are int64.
 */
export interface LogPosition {
  partition: number;
  offset: string;
}

export interface AppendRecord {
  /** Decides the partition: records with one key keep their order. */
  key: string;
  value: Buffer;
  headers?: Record<string, string>;
}

export interface LogRecord extends LogPosition {
  topic: string;
  key: string;
  value: Buffer;
  headers: Record<string, string>;
  /** Append time, epoch milliseconds as a decimal string. */
  timestamp: string;
}

export interface LogBatch {
  topic: string;
  partition: number;
  records: LogRecord[];
}

export interface TopicSpec {
  name: string;
  partitions: number;
  /** -1 keeps records forever (the canonical log). */
  retentionMs: number;
}

export interface SubscribeOptions {
  topic: string;
  /** Explicit, never suffixed. One group = one logical consumer scaled over partitions. */
  groupId: string;
  /**
   * Called with records of one partition, in offset order. When it resolves, the adapter commits
   * `lastOffset + 1` for the group; when it rejects, nothing is committed and the batch is
   * delivered again (after a back-off). Batches of different partitions may be in flight at the
   * same time (the adapters' `partitionsConsumedConcurrently`); batches of one partition never are.
   */
  handleBatch: (batch: LogBatch) => Promise<void>;
  /**
   * Positions kept by the consumer itself (e.g. in the same PostgreSQL transaction as its read
   * models). Asked on every assignment; the adapter seeks each partition to the returned next
   * offset. Partitions missing from the map start at the group's committed offset, or the
   * beginning.
   */
  storedPositions?: (partitions: number[]) => Promise<Map<number, string>>;
  onAssigned?: (partitions: number[]) => void;
  onRevoked?: (partitions: number[]) => void;
  /** Most records handed to one handleBatch call. */
  maxBatchSize?: number;
}

export interface LogSubscription {
  /** Finishes the batch in flight, commits it, leaves the group. */
  stop(): Promise<void>;
}

export interface ReportLog {
  readonly kind: 'kafka' | 'embedded';
  ensureTopics(topics: TopicSpec[]): Promise<void>;
  /** Appends in order; resolves once every record is durable (acks=all / committed). */
  append(topic: string, records: AppendRecord[]): Promise<LogPosition[]>;
  subscribe(options: SubscribeOptions): Promise<LogSubscription>;
  /** Next offset to be written, per partition (the high watermark). */
  endOffsets(topic: string): Promise<Map<number, string>>;
  /**
   * The group's committed next offset per partition (partitions it never committed are absent).
   * For consumers that store their own positions this is informational: operators compare it with
   * the stored ones, and tests check that no zombie moved it.
   */
  committedOffsets(topic: string, groupId: string): Promise<Map<number, string>>;
  /**
   * Reads one partition from `fromOffset` up to its end offset at the time of the call, oldest
   * first, handing each record to `visit` once. For rare recovery paths (ingest looking for a
   * report that an attempt which died may have appended), not for consuming: on Kafka it costs a
   * throwaway consumer group.
   */
  scanPartition(topic: string, partition: number, fromOffset: string, visit: (record: LogRecord) => void): Promise<void>;
  /** Reachability for readiness probes. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Nest injection token for the ReportLog chosen at boot (Kafka or embedded). */
export const REPORT_LOG = Symbol.for('sitrep.ReportLog');

/**
 * Thrown by adapters when the log cannot take a write right now (broker down, embedded database
 * unreachable). HTTP maps it to 503 + Retry-After; consumers retry.
 *
 * `mayHaveWritten` is false only when the append certainly never reached the log (e.g. the producer
 * could not even connect); after a timeout or a lost answer the records may be there, and a writer
 * that must not duplicate them has to look before it appends again.
 */
export class LogUnavailableError extends Error {
  override readonly name = 'LogUnavailableError';
  constructor(
    message: string,
    readonly causeError?: unknown,
    readonly mayHaveWritten = true,
  ) {
    super(message);
  }
}
