import { Inject, Injectable, Logger } from '@nestjs/common';
import { ProjectionOwnerStore } from '@sitrep/db';
import { PROCESSOR_SETTINGS, type ProcessorSettings } from '../processor-settings';
import { ProjectionMetrics } from '../project-reports/projection.metrics';

/**
 * Reports this instance's assignments and revocations, as the log announces them, to the
 * projection_owner table (for GET /v1/admin/partitions) and, for the live group, to /metrics.
 * The log announces them synchronously and does not wait: writes are queued in event order and
 * stamped with the event's time, so a late write never hides a newer owner.
 */
@Injectable()
export class PartitionOwnership {
  private readonly logger = new Logger('PartitionOwnership');
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly owners: ProjectionOwnerStore,
    private readonly metrics: ProjectionMetrics,
    @Inject(PROCESSOR_SETTINGS) private readonly settings: ProcessorSettings,
  ) {}

  assigned(groupId: string, partitions: number[]): void {
    const at = new Date();
    if (groupId === this.settings.groupId) this.metrics.recordOwnership(partitions, true);
    this.logger.log(`${this.settings.instanceId} assigned ${this.settings.topic} [${partitions.join(', ')}] in ${groupId}`);
    this.enqueue(() => this.owners.recordAssigned(groupId, this.settings.topic, partitions, this.settings.instanceId, at));
  }

  revoked(groupId: string, partitions: number[]): void {
    const at = new Date();
    this.logger.log(`${this.settings.instanceId} revoked ${this.settings.topic} [${partitions.join(', ')}] in ${groupId}`);
    if (groupId === this.settings.groupId) this.metrics.recordOwnership(partitions, false);
    this.enqueue(() => this.owners.recordRevoked(groupId, this.settings.topic, partitions, this.settings.instanceId, at));
  }

  /**
   * Resolves once every report made so far was written or given up, or after `limitMs`: a write to
   * a database that is going away (a crash, a drain cut short) must not hold the shutdown.
   */
  flushed(limitMs = 2_000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, limitMs)));
    return Promise.race([this.queue, limit]).finally(() => clearTimeout(timer));
  }

  private enqueue(write: () => Promise<void>): void {
    // Ownership is for operators: a failed write is logged, never fails the projection.
    this.queue = this.queue.then(write).catch((error: unknown) => this.logger.warn(`could not record partition ownership: ${String(error)}`));
  }
}
