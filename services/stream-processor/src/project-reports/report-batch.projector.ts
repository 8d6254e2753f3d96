import { Inject, Injectable, Logger } from '@nestjs/common';
import { REPORT_LOG, type LogBatch, type LogRecord, type ReportLog } from '@sitrep/contracts';
import { IncidentProjectionStore, type AppliedBatch, type PoisonedRecord, type ReadModelRole } from '@sitrep/db';
import { PROCESSOR_SETTINGS, type ProcessorSettings } from '../processor-settings';
import { deadLetterMessage } from './dead-letter-message';
import { ProjectionMetrics } from './projection.metrics';
import { toProjectionBatch } from './to-projection-batch';

/** Where one batch goes: the schema, the role it must still play, and the caller's fencing token. */
export interface ProjectionTarget {
  schema: string;
  role: ReadModelRole;
  expectedNextOffset?: string;
}

/**
 * One batch of the log of record into one read-model schema, in one transaction: parse at the edge,
 * apply in the store, dead-letter poison before the position moves past it (so a poisoned record is
 * never lost; a batch retried after a failed commit may dead-letter it twice). Anything else that
 * fails (database or log down) rejects the batch, and the log delivers it again.
 */
@Injectable()
export class ReportBatchProjector {
  private readonly logger = new Logger('ReportBatchProjector');

  constructor(
    private readonly store: IncidentProjectionStore,
    @Inject(REPORT_LOG) private readonly log: ReportLog,
    private readonly metrics: ProjectionMetrics,
    @Inject(PROCESSOR_SETTINGS) private readonly settings: ProcessorSettings,
  ) {}

  async project(batch: LogBatch, target: ProjectionTarget): Promise<AppliedBatch> {
    const done = this.metrics.startBatch(target.role);
    const byOffset = new Map(batch.records.map((record) => [record.offset, record]));
    const result = await this.store.applyBatch(target.schema, toProjectionBatch(batch), {
      role: target.role,
      replay: target.role === 'building',
      expectedNextOffset: target.expectedNextOffset,
      onPoison: (poisoned) => this.deadLetter(poisoned, byOffset, target.schema),
    });
    done();
    this.metrics.recordBatch(target.role, result);
    return result;
  }

  private async deadLetter(poisoned: PoisonedRecord[], byOffset: Map<string, LogRecord>, schema: string): Promise<void> {
    const records = poisoned.map((p) => byOffset.get(p.offset) as LogRecord);
    await this.log.append(this.settings.deadLetterTopic, records.map((record, i) => deadLetterMessage(record, poisoned[i].reason, schema)));
    records.forEach((r, i) => this.logger.warn(`${schema}: dead-lettered ${r.topic}[${r.partition}]@${r.offset}: ${poisoned[i].reason}`));
  }
}
