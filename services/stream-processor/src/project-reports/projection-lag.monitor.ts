import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { REPORT_LOG, type ReportLog } from '@sitrep/contracts';
import { IncidentProjectionStore, ReadModelCatalog } from '@sitrep/db';
import { PROCESSOR_SETTINGS, type ProcessorSettings } from '../processor-settings';
import { ProjectionMetrics } from './projection.metrics';

/**
 * Measures, every few seconds, how far the live read model is behind the log per partition (end
 * offset minus stored position). Read from the database, so it covers every instance's partitions.
 */
@Injectable()
export class ProjectionLagMonitor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ProjectionLagMonitor');
  private timer?: NodeJS.Timeout;
  private inFlight: Promise<void> = Promise.resolve();

  constructor(
    @Inject(REPORT_LOG) private readonly log: ReportLog,
    private readonly store: IncidentProjectionStore,
    private readonly catalog: ReadModelCatalog,
    private readonly metrics: ProjectionMetrics,
    @Inject(PROCESSOR_SETTINGS) private readonly settings: ProcessorSettings,
  ) {}

  onApplicationBootstrap(): void {
    const tick = () => {
      this.inFlight = this.measure().catch((error: unknown) => this.logger.warn(`could not measure lag: ${String(error)}`));
    };
    this.timer = setInterval(tick, this.settings.lagIntervalMs);
    this.timer.unref();
    tick();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.inFlight;
  }

  async measure(): Promise<void> {
    const ends = await this.log.endOffsets(this.settings.topic);
    const schema = await this.catalog.liveSchema();
    this.metrics.recordLag(ends, await this.store.storedPositions(schema, this.settings.topic, [...ends.keys()]));
  }
}
