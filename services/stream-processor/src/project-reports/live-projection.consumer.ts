import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { REPORT_LOG, type ReportLog } from '@sitrep/contracts';
import { IncidentProjectionStore, ReadModelCatalog } from '@sitrep/db';
import { PartitionOwnership } from '../partitions/partition-ownership';
import { PROCESSOR_SETTINGS, type ProcessorSettings } from '../processor-settings';
import { ProjectionSubscription } from './projection-subscription';
import { ReportBatchProjector } from './report-batch.projector';

/**
 * Keeps the live read model up to date: one subscription (group `sitrep-stream-processor`) into
 * whichever schema is live. When the live schema moves, it stops (the batch in flight commits) and
 * subscribes again into the new one, whose stored positions say where to carry on.
 */
@Injectable()
export class LiveProjectionConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('LiveProjectionConsumer');
  private current?: ProjectionSubscription;
  /** Start, stop and switches run one at a time, in call order. */
  private queue: Promise<unknown> = Promise.resolve();
  private following = false;
  private closed = false;

  constructor(
    @Inject(REPORT_LOG) private readonly log: ReportLog,
    private readonly store: IncidentProjectionStore,
    private readonly catalog: ReadModelCatalog,
    private readonly projector: ReportBatchProjector,
    @Inject(PROCESSOR_SETTINGS) private readonly settings: ProcessorSettings,
    private readonly ownership: PartitionOwnership,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.serialised(() => this.subscribe());
  }

  onApplicationShutdown(): Promise<void> {
    this.closed = true;
    return this.serialised(() => this.unsubscribe());
  }

  /** The schema being projected now (undefined while paused). */
  get schema(): string | undefined {
    return this.current?.schema;
  }

  /**
   * Runs `step` with the live projection stopped (its batch in flight committed), then subscribes
   * again into whatever schema is live by then: how a rebuild switches the live schema.
   */
  pausedWhile<T>(step: () => Promise<T>): Promise<T> {
    return this.serialised(async () => {
      await this.unsubscribe();
      try {
        return await step();
      } finally {
        await this.subscribe();
      }
    });
  }

  private async subscribe(): Promise<void> {
    if (this.current !== undefined || this.closed) return;
    const schema = await this.catalog.liveSchema();
    const deps = { log: this.log, store: this.store, projector: this.projector, settings: this.settings, ownership: this.ownership };
    const subscription = new ProjectionSubscription(deps, schema, 'live', this.settings.groupId, () => this.followSwitch());
    await subscription.start();
    this.current = subscription;
    this.logger.log(`projecting ${this.settings.topic} into ${schema} as ${this.settings.groupId}`);
  }

  private async unsubscribe(): Promise<void> {
    const subscription = this.current;
    this.current = undefined;
    await subscription?.stop();
  }

  /** Another instance switched the live schema: follow it (once, however many batches noticed). */
  private followSwitch(): void {
    if (this.following) return;
    this.following = true;
    void this.pausedWhile(async () => undefined)
      .catch((error: unknown) => this.logger.error(`could not follow the switch of the live schema: ${String(error)}`))
      .finally(() => (this.following = false));
  }

  private serialised<T>(step: () => Promise<T>): Promise<T> {
    const run = this.queue.then(step, step);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
