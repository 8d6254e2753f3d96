/** Nest token for the live stream's timing (tests shorten it). */
export const STREAM_OPTIONS = Symbol.for('sitrep.query.StreamOptions');

export interface StreamOptions {
  /** How often each open stream asks the read model for changes. */
  pollMs: number;
  /** A comment line this often keeps proxies from closing an idle stream. */
  heartbeatMs: number;
  /**
   * How far back each poll looks again. `last_updated_at` is when Sitrep received the record, not
   * when the projector wrote it, so a change can land in the read model with a time just before
   * one already sent (another partition projected it later). Re-reading this window, and skipping
   * versions already sent, delivers those too.
   */
  lookbackMs: number;
  /** Most changes one poll reads. */
  batchSize: number;
}

export const DEFAULT_STREAM_OPTIONS: StreamOptions = { pollMs: 500, heartbeatMs: 15_000, lookbackMs: 10_000, batchSize: 500 };
