import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { REPORT_LOG, type ReportLog } from '@sitrep/contracts';
import { IncidentProjectionStore, ReadModelCatalog } from '@sitrep/db';
import { PartitionOwnership } from '../partitions/partition-ownership';
import { PROCESSOR_SETTINGS, type ProcessorSettings } from '../processor-settings';
import { LiveProjectionConsumer } from '../project-reports/live-projection.consumer';
import { ProjectionSubscription } from '../project-reports/projection-subscription';
import { ReportBatchProjector } from '../project-reports/report-batch.projector';
import { coversPositions, rebuildProgress, type RebuildProgress } from './rebuild-progress';

export interface RebuildStatus {
  state: 'idle' | 'replaying' | 'catching-up' | 'switching';
  liveSchema: string;
  buildingSchema: string | null;
  buildStartedAt: string | null;
  /** Whether this process runs the build (in scaled mode another processor may). */
  runningHere: boolean;
  progress: RebuildProgress | null;
  lastSwitch: { from: string; to: string; at: string } | null;
  lastError: string | null;
}

interface RunningBuild {
  schema: string;
  subscription: ProjectionSubscription;
  startEnds: Map<number, string>;
  timer: NodeJS.Timeout;
  checking: boolean;
  switching: boolean;
  /** The query indexes were built after the replay (see ReadModelCatalog.buildQueryIndexes). */
  indexed: boolean;
}

/**
 * Rebuilds the read models online: a second subscription (group `sitrep-rebuild-<schema>`) replays
 * the log from offset 0 into a new schema while the live one keeps being projected and served.
 * Once it has replayed the log as it was at the start and then caught up with the current end, the
 * live projection stops (its batch in flight commits), the pointer switches in one transaction, and
 * the live projection carries on in the new schema from the positions the rebuild stored. The old
 * schema is dropped after a grace period. A build recorded in the catalog resumes on boot.
 */
@Injectable()
export class RebuildService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RebuildService');
  private build?: RunningBuild;
  private starting?: Promise<void>;
  private lastSwitch: RebuildStatus['lastSwitch'] = null;
  private lastError: string | null = null;
  private readonly dropTimers = new Set<NodeJS.Timeout>();

  constructor(
    @Inject(REPORT_LOG) private readonly log: ReportLog,
    private readonly store: IncidentProjectionStore,
    private readonly catalog: ReadModelCatalog,
    private readonly projector: ReportBatchProjector,
    private readonly live: LiveProjectionConsumer,
    @Inject(PROCESSOR_SETTINGS) private readonly settings: ProcessorSettings,
    private readonly ownership: PartitionOwnership,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { buildingSchema } = await this.catalog.state();
    if (buildingSchema !== null) await this.follow(buildingSchema);
  }

  async onApplicationShutdown(): Promise<void> {
    for (const timer of this.dropTimers) clearTimeout(timer);
    await this.release();
  }

  /** Starts a rebuild, or joins the one already recorded; answers with its status. */
  async start(): Promise<RebuildStatus> {
    this.starting ??= (async () => {
      if (this.build !== undefined) return;
      this.lastError = null;
      const { schema, resumed } = await this.catalog.startBuild();
      this.logger.log(`${resumed ? 'resuming' : 'starting'} a rebuild into ${schema}`);
      await this.follow(schema);
    })().finally(() => (this.starting = undefined));
    await this.starting;
    return this.status();
  }

  async status(): Promise<RebuildStatus> {
    const state = await this.catalog.state();
    const progress = state.buildingSchema === null ? null : ((state.buildProgress as RebuildProgress | null) ?? null);
    const phase = progress?.phase === 'caught-up' ? 'catching-up' : (progress?.phase ?? 'replaying');
    return {
      state: state.buildingSchema === null ? 'idle' : this.build?.switching ? 'switching' : phase,
      liveSchema: state.liveSchema,
      buildingSchema: state.buildingSchema,
      buildStartedAt: state.buildStartedAt,
      runningHere: this.build !== undefined,
      progress,
      lastSwitch: this.lastSwitch,
      lastError: this.lastError,
    };
  }

  private async follow(schema: string): Promise<void> {
    const startEnds = await this.log.endOffsets(this.settings.topic);
    const deps = { log: this.log, store: this.store, projector: this.projector, settings: this.settings, ownership: this.ownership };
    const subscription = new ProjectionSubscription(deps, schema, 'building', `${this.settings.rebuildGroupPrefix}${schema}`, () => void this.release());
    await subscription.start();
    const timer = setInterval(() => void this.check(), this.settings.rebuildCheckIntervalMs);
    timer.unref();
    this.build = { schema, subscription, startEnds, timer, checking: false, switching: false, indexed: false };
  }

  /** Records progress; switches once caught up. One check at a time. */
  private async check(): Promise<void> {
    const build = this.build;
    if (build === undefined || build.checking) return;
    build.checking = true;
    try {
      const ends = await this.log.endOffsets(this.settings.topic);
      const positions = await this.store.storedPositions(build.schema, this.settings.topic, [...ends.keys()]);
      const progress = rebuildProgress(positions, build.startEnds, ends);
      // Another instance switched or the build was abandoned: nothing left to do here.
      if (!(await this.catalog.recordProgress(build.schema, progress))) return await this.release();
      if (progress.phase !== 'caught-up') return;
      // While the indexes build, the rebuild's writes wait on their lock and the log moves on: the
      // next check (or the switch's coverage test) catches up again before switching.
      if (!build.indexed) {
        const seconds = await this.catalog.buildQueryIndexes(build.schema);
        build.indexed = true;
        this.logger.log(`built the query indexes of ${build.schema} in ${seconds.toFixed(1)} s`);
        return;
      }
      await this.switchOver(build);
    } catch (error) {
      this.lastError = String(error);
      this.logger.error(`rebuild of ${build.schema}: ${this.lastError}`);
    } finally {
      build.checking = false;
    }
  }

  private async switchOver(build: RunningBuild): Promise<void> {
    build.switching = true;
    clearInterval(build.timer);
    let switched: { previous: string } | null;
    try {
      await build.subscription.stop();
      switched = await this.live.pausedWhile(() => this.switchIfCovered(build.schema));
    } finally {
      // On failure the build stays recorded in the catalog: POST /v1/admin/rebuild resumes it.
      if (this.build === build) this.build = undefined;
    }
    if (switched === null) return this.follow(build.schema);
    this.lastSwitch = { from: switched.previous, to: build.schema, at: new Date().toISOString() };
    this.logger.log(`switched the live read model from ${switched.previous} to ${build.schema}`);
    this.dropLater(switched.previous);
  }

  /** With both projections stopped: switch only if the new schema is at or past the live one everywhere. */
  private async switchIfCovered(schema: string): Promise<{ previous: string } | null> {
    const partitions = [...(await this.log.endOffsets(this.settings.topic)).keys()];
    const [rebuilt, served] = await Promise.all([
      this.store.storedPositions(schema, this.settings.topic, partitions),
      this.store.storedPositions(await this.catalog.liveSchema(), this.settings.topic, partitions),
    ]);
    // Records arrived between the check and the live projection's stop: build a little more first.
    if (!coversPositions(rebuilt, served)) return null;
    return this.catalog.switchLive(schema);
  }

  /** Queries that read the previous schema just before the switch may still be running. */
  private dropLater(schema: string): void {
    const timer = setTimeout(() => {
      this.dropTimers.delete(timer);
      this.catalog.dropSchema(schema).catch((error: unknown) => this.logger.warn(`could not drop ${schema}: ${String(error)}`));
    }, this.settings.switchGraceMs);
    timer.unref();
    this.dropTimers.add(timer);
  }

  private async release(): Promise<void> {
    const build = this.build;
    this.build = undefined;
    if (build === undefined) return;
    clearInterval(build.timer);
    await build.subscription.stop();
  }
}
