import type { AppendRecord, LogRecord, ValidationIssue } from '@sitrep/contracts';

export const REJECTED_HEADERS = {
  reason: 'x-sitrep-reason',
  sourceTopic: 'x-sitrep-source-topic',
  sourcePartition: 'x-sitrep-source-partition',
  sourceOffset: 'x-sitrep-source-offset',
} as const;

/** Keeps a rejected record's headers well under Kafka's default 1 MB message limit. */
export const MAX_REASON_CHARS = 16_000;

/**
 * An inbound record that could not become a report, for the rejected topic: the original key,
 * bytes and headers untouched, plus why it was refused and where it came from, so a pipeline can
 * fix it and send it again.
 */
export function toRejectedRecord(record: LogRecord, reason: string): AppendRecord {
  return {
    key: record.key,
    value: record.value,
    headers: {
      ...record.headers,
      [REJECTED_HEADERS.reason]: reason,
      [REJECTED_HEADERS.sourceTopic]: record.topic,
      [REJECTED_HEADERS.sourcePartition]: String(record.partition),
      [REJECTED_HEADERS.sourceOffset]: record.offset,
    },
  };
}

/**
 * Validation issues as the reason header: the issue list as JSON. A huge, broken record can have
 * thousands of issues; the list is then cut, and its last entry says how many were left out.
 */
export function issuesReason(issues: ValidationIssue[]): string {
  const kept: ValidationIssue[] = [];
  let length = 2;
  for (const issue of issues) {
    const size = JSON.stringify(issue).length + 1;
    if (length + size > MAX_REASON_CHARS - 100) break;
    kept.push(issue);
    length += size;
  }
  if (kept.length < issues.length) kept.push({ path: '(more)', reason: `${issues.length - kept.length} more issues left out` });
  return JSON.stringify(kept);
}
