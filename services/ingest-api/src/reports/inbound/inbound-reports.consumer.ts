import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { parseInboundRecord, REPORT_LOG, type AppendRecord, type LogBatch, type LogSubscription, type ReportLog } from '@sitrep/contracts';
import { INGEST_SETTINGS, type IngestSettings } from '../../ingest-settings';
import { RecordReportsService } from '../record-reports/record-reports.service';
import { issuesReason, toRejectedRecord } from './to-rejected-record';

/**
 * Pipelines publish raw reports to the inbound topic; they go through the same RecordReportsService
 * as HTTP (so a report sent both ways is appended once), and whatever cannot become a report goes
 * to the rejected topic with its original bytes and the reason. Nothing is dropped: the port
 * commits a batch only once its handler resolved, so both appends happen before that, and a
 * failure (the log or the ledger unavailable) has the whole batch delivered again.
 *
 * The record key a pipeline chose is not kept: the report is re-keyed by its log key. So the
 * producer's partitioner does not matter here (services/ingest-api/README.md says what pipelines should use).
 */
@Injectable()
export class InboundReportsConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('InboundReports');
  private subscription?: LogSubscription;

  constructor(
    @Inject(REPORT_LOG) private readonly log: ReportLog,
    private readonly reports: RecordReportsService,
    @Inject(INGEST_SETTINGS) private readonly settings: IngestSettings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { enabled, topic, groupId } = this.settings.inbound;
    if (!(enabled ?? this.log.kind === 'kafka')) return;
    this.subscription = await this.log.subscribe({ topic, groupId, handleBatch: (batch) => this.handleBatch(batch) });
    this.logger.log(`consuming ${topic} as consumer group ${groupId}`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.subscription?.stop();
    this.subscription = undefined;
  }

  async handleBatch(batch: LogBatch): Promise<void> {
    const parsed = batch.records.map((record) => ({ record, result: parseInboundRecord(record.value, record.headers) }));
    const readable = parsed.flatMap(({ record, result }) => (result.ok ? [{ record, submission: result.submission }] : []));
    const outcomes = readable.length > 0 ? await this.reports.record(readable.map((r) => r.submission)) : [];
    // Another request is appending one of these right now; if it failed, committing would lose it.
    const pending = outcomes.filter((o) => o.status === 'retry').length;
    if (pending > 0) throw new Error(`${pending} report(s) are being appended by another request; the batch comes again`);
    const reasons = new Map<string, string>();
    for (const { record, result } of parsed) if (!result.ok) reasons.set(record.offset, result.reason);
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') reasons.set(readable[outcome.index].record.offset, issuesReason(outcome.issues));
    }
    const rejected: AppendRecord[] = batch.records.flatMap((record) => {
      const reason = reasons.get(record.offset);
      return reason === undefined ? [] : [toRejectedRecord(record, reason)];
    });
    if (rejected.length > 0) {
      await this.log.append(this.settings.inbound.rejectedTopic, rejected);
      this.logger.warn(`${rejected.length} of ${batch.records.length} records from ${batch.topic}[${batch.partition}] rejected to ${this.settings.inbound.rejectedTopic}`);
    }
  }
}
