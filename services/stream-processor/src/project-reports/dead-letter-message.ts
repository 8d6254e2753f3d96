import type { AppendRecord, LogRecord } from '@sitrep/contracts';

/** Kafka header values stay small; the reason's head is what an operator needs. */
const MAX_REASON_LENGTH = 2_000;

/**
 * A poisoned record as it goes to the dead-letter topic: the original key, bytes and headers, plus
 * why it was skipped, where it came from, and which read model skipped it (a rebuild replays
 * poison the live projection already dead-lettered).
 */
export function deadLetterMessage(record: LogRecord, reason: string, readModel: string): AppendRecord {
  return {
    key: record.key,
    value: record.value,
    headers: {
      ...record.headers,
      'x-sitrep-reason': reason.length > MAX_REASON_LENGTH ? `${reason.slice(0, MAX_REASON_LENGTH - 1)}…` : reason,
      'x-sitrep-source-topic': record.topic,
      'x-sitrep-source-partition': String(record.partition),
      'x-sitrep-source-offset': record.offset,
      'x-sitrep-read-model': readModel,
    },
  };
}
