import { TOPICS } from '@sitrep/contracts';

/** What ingest reads and how often it looks for other processes' changes; tests override it. */
export interface IngestSettings {
  inbound: {
    /**
     * Consume the inbound topic. Unset: only on Kafka. With the embedded log nothing outside the
     * process can write to the inbound topic (pipelines use HTTP), so polling it would be waste.
     */
    enabled?: boolean;
    topic: string;
    rejectedTopic: string;
    groupId: string;
  };
  /** Actors and aliases added through another process are used here within this many ms. */
  actorRefreshMs: number;
  /**
   * A ledger claim this old was left by an attempt that died or whose append got no answer; it is
   * taken over (after looking on the log for that attempt's record). Tests shorten it.
   */
  staleClaimSeconds: number;
}

export const INGEST_SETTINGS = Symbol.for('sitrep.ingest.Settings');

export const DEFAULT_INGEST_SETTINGS: IngestSettings = {
  inbound: { topic: TOPICS.inbound, rejectedTopic: TOPICS.rejected, groupId: 'sitrep-ingest-inbound' },
  actorRefreshMs: 10_000,
  staleClaimSeconds: 30,
};
