import type { TopicSpec } from '../report-log/report-log.port';

/**
 * Topic names are versioned: changing a topic's partition count breaks key order, so the safe path
 * is a new version of the topic and a replay into it, never `kafka-topics --alter`.
 * Six partitions: enough for 3 processor instances with headroom on one broker; see SCALING.md.
 */
export const TOPICS = {
  /** The log of record: canonical ReportRecorded records. Kept forever, never compacted. */
  reports: 'sitrep.reports.v1',
  /** Raw reports from pipelines, validated by ingest before they reach the log of record. */
  inbound: 'sitrep.reports.inbound.v1',
  /** Inbound records that failed validation: original bytes + the reason. */
  rejected: 'sitrep.reports.rejected.v1',
  /** Canonical records a projector could not apply (poison): original bytes + the reason. */
  deadLetter: 'sitrep.reports.dlq.v1',
  /** Alert rule changes (created, updated, enabled, disabled, deleted): the truth rules are projected from. One partition, so changes keep one order. */
  rules: 'sitrep.rules.v1',
  /** Alert events (firing, updated, resolved) keyed by fingerprint, each with a stable event id consumers dedupe by. */
  alerts: 'sitrep.alerts.v1',
} as const;

const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_PARTITIONS = 6;

export const TOPIC_SPECS: readonly TopicSpec[] = [
  { name: TOPICS.reports, partitions: DEFAULT_PARTITIONS, retentionMs: -1 },
  { name: TOPICS.inbound, partitions: DEFAULT_PARTITIONS, retentionMs: 7 * DAY_MS },
  { name: TOPICS.rejected, partitions: 1, retentionMs: 90 * DAY_MS },
  { name: TOPICS.deadLetter, partitions: 1, retentionMs: -1 },
  { name: TOPICS.rules, partitions: 1, retentionMs: -1 },
  { name: TOPICS.alerts, partitions: DEFAULT_PARTITIONS, retentionMs: -1 },
];

/** The topic specs with the partitioned topics at `partitions` (single-partition ones stay single). */
export function topicSpecs(partitions: number = DEFAULT_PARTITIONS): TopicSpec[] {
  return TOPIC_SPECS.map((spec) => (spec.partitions === DEFAULT_PARTITIONS ? { ...spec, partitions } : { ...spec }));
}
