import { toCloudEventMessage, type LogPosition, type ReportLog, type ReportRecorded } from '@sitrep/contracts';
import { assertedReport, correctingReport, retractingReport } from '@sitrep/db';

const DAY_MS = 86_400_000;

/**
 * A log's worth of history, one incident per day from `firstDay`: a manual report, an ACLED report
 * of the same attack that joins it, a correction of the first one's fatalities, and on every fifth
 * day a retraction of the ACLED report. Each day is its own log key, so days spread over partitions.
 */
export function scenarioHistory(days: number, firstDay = '2022-01-01', tag = 'h'): ReportRecorded[] {
  const start = Date.parse(`${firstDay}T00:00:00Z`);
  return Array.from({ length: days }, (_, k) => {
    const day = new Date(start + k * DAY_MS).toISOString().slice(0, 10);
    const first = assertedReport({ nativeId: `${tag}-a-${day}`, day, receivedAt: `${day}T12:00:00.000Z`, fatalities: { best: 10 + (k % 5) } });
    const second = assertedReport({ nativeId: `${tag}-b-${day}`, sourceSystem: 'acled', day, receivedAt: `${day}T13:00:00.000Z`, fatalities: { best: 12 } });
    const corrected = correctingReport(first, { receivedAt: `${day}T14:00:00.000Z`, fatalities: { best: 20 + (k % 3) } });
    const withdrawn = k % 5 === 0 ? [retractingReport([second], { nativeId: `${tag}-r-${day}`, receivedAt: `${day}T15:00:00.000Z` })] : [];
    return [first, second, corrected, ...withdrawn];
  }).flat();
}

/** Appends records as ingest does: CloudEvents in binary mode, keyed by their log key. */
export function appendRecorded(log: ReportLog, topic: string, records: ReportRecorded[]): Promise<LogPosition[]> {
  return log.append(topic, records.map((record) => toCloudEventMessage(record, '/sitrep/test')));
}
