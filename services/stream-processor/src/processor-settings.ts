import { TOPICS } from '@sitrep/contracts';
import { hostname } from 'node:os';

/** What the processor reads and writes and how it paces itself; tests override it. */
export interface ProcessorSettings {
  /** Names this process where it reports the partitions it owns (SITREP_INSTANCE_ID). */
  instanceId: string;
  topic: string;
  deadLetterTopic: string;
  /** The live projection's consumer group. */
  groupId: string;
  /** A rebuild of schema `rm_<n>` consumes as `<prefix>rm_<n>`, from offset 0. */
  rebuildGroupPrefix: string;
  maxBatchSize: number;
  /** How often partition lag is measured for /metrics. */
  lagIntervalMs: number;
  /** How often a rebuild records its progress and checks whether it caught up. */
  rebuildCheckIntervalMs: number;
  /** How long the previous live schema is kept after a switch, for queries still reading it. */
  switchGraceMs: number;
}

export const PROCESSOR_SETTINGS = Symbol.for('sitrep.processor.Settings');

export const DEFAULT_PROCESSOR_SETTINGS: ProcessorSettings = {
  instanceId: `${hostname()}-${process.pid}`,
  topic: TOPICS.reports,
  deadLetterTopic: TOPICS.deadLetter,
  groupId: 'sitrep-stream-processor',
  rebuildGroupPrefix: 'sitrep-rebuild-',
  maxBatchSize: 500,
  lagIntervalMs: 5_000,
  rebuildCheckIntervalMs: 1_000,
  switchGraceMs: 60_000,
};
