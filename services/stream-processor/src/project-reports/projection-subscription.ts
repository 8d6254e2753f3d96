import type { LogBatch, LogSubscription, ReportLog } from '@sitrep/contracts';
import { ReadModelSwitchedError, type IncidentProjectionStore, type ReadModelRole } from '@sitrep/db';
import type { PartitionOwnership } from '../partitions/partition-ownership';
import type { ProcessorSettings } from '../processor-settings';
import type { ReportBatchProjector } from './report-batch.projector';

export interface ProjectionSubscriptionDeps {
  log: ReportLog;
  store: IncidentProjectionStore;
  projector: ReportBatchProjector;
  settings: ProcessorSettings;
  ownership: PartitionOwnership;
}

/**
 * One consumer-group subscription to the log of record, projecting into one schema. It seeks each
 * assigned partition to the position stored in that schema and remembers it as its fencing token:
 * a batch finding another position stored was overtaken by another instance and is rolled back.
 */
export class ProjectionSubscription {
  private readonly expected = new Map<number, string>();
  private subscription?: LogSubscription;

  constructor(
    private readonly deps: ProjectionSubscriptionDeps,
    readonly schema: string,
    private readonly role: ReadModelRole,
    private readonly groupId: string,
    /** Called (without waiting) when the schema no longer plays its role: the owner resubscribes or stops. */
    private readonly onSwitched: () => void,
  ) {}

  async start(): Promise<void> {
    const { log, store, settings, ownership } = this.deps;
    this.subscription = await log.subscribe({
      topic: settings.topic,
      groupId: this.groupId,
      maxBatchSize: settings.maxBatchSize,
      storedPositions: async (partitions) => {
        const stored = await store.storedPositions(this.schema, settings.topic, partitions);
        for (const [partition, offset] of stored) this.expected.set(partition, offset);
        return stored;
      },
      handleBatch: (batch) => this.handle(batch),
      onAssigned: (partitions) => ownership.assigned(this.groupId, partitions),
      onRevoked: (partitions) => ownership.revoked(this.groupId, partitions),
    });
  }

  /** Lets the batch in flight commit, then leaves the group. */
  async stop(): Promise<void> {
    const subscription = this.subscription;
    this.subscription = undefined;
    await subscription?.stop();
    await this.deps.ownership.flushed();
  }

  private async handle(batch: LogBatch): Promise<void> {
    try {
      const result = await this.deps.projector.project(batch, { schema: this.schema, role: this.role, expectedNextOffset: this.expected.get(batch.partition) });
      this.expected.set(batch.partition, result.nextOffset);
    } catch (error) {
      // The outcome of a failed call can be unknown (a commit whose answer was lost): the retry
      // trusts the position it finds under the row lock, which still applies each record once.
      this.expected.delete(batch.partition);
      if (error instanceof ReadModelSwitchedError) this.onSwitched();
      throw error;
    }
  }
}
