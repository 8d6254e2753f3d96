import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AlertEngineStore, PgWakeups, WAKE_CHANNELS, type AlertEngineSession, type WakeSubscription } from '@sitrep/db';
import { setTimeout as sleep } from 'node:timers/promises';
import { ALERT_ENGINE_SETTINGS, type AlertEngineSettings } from '../alert-engine-settings';
import { AlertRelay } from '../relay/alert-relay';
import { AlertBatchRunner } from './alert-batch.runner';
import { AlertEngineMetrics } from './alert-engine.metrics';

/**
 * The alert engine: one active instance at a time, any number on hot standby. Each instance keeps a
 * dedicated database session and tries the engine's session advisory lock; the holder evaluates
 * batch after batch on that session (so its transactions die with its lock), publishes the events
 * to the alerts topic and prunes old input. A standby tries again every few seconds and takes over
 * as soon as the holder's session ends (a crash, a kill, a lost connection). Rules group by any
 * field across partitions, so evaluation needs this one global view rather than a split by partition.
 * The processor's commits wake it (LISTEN/NOTIFY); the poll is the fallback.
 */
@Injectable()
export class AlertEngine implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AlertEngine');
  private session?: AlertEngineSession;
  private running = false;
  private abandoned = false;
  private loopDone: Promise<void> = Promise.resolve();
  private wake = new AbortController();
  private woken = false;
  private wakeups?: WakeSubscription;
  private lastPrune = 0;

  constructor(
    private readonly store: AlertEngineStore,
    private readonly runner: AlertBatchRunner,
    private readonly relay: AlertRelay,
    private readonly metrics: AlertEngineMetrics,
    private readonly pgWakeups: PgWakeups,
    @Inject(ALERT_ENGINE_SETTINGS) private readonly settings: AlertEngineSettings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.settings.engine) return;
    this.running = true;
    this.loopDone = this.loop();
    this.wakeups = await this.pgWakeups.listen(WAKE_CHANNELS.alertEngine, () => this.nudge(), (error) => this.logger.warn(`alert input wake-ups lost, polling until re-listened: ${String(error)}`));
  }

  /** New input was committed: evaluate now rather than at the next poll. */
  nudge(): void {
    this.woken = true;
    this.wake.abort();
    this.wake = new AbortController();
  }

  /** Lets the batch in flight commit, then gives the lock up so a standby takes over at once. */
  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake.abort();
    await this.wakeups?.stop();
    await this.loopDone;
  }

  /** Whether this instance is the active engine right now. */
  get active(): boolean {
    return this.session?.isLeading ?? false;
  }

  /** Like a kill (for tests): stops at once, commits nothing more, leaves the session to die with its connection. */
  abandon(): void {
    this.abandoned = true;
    this.running = false;
    this.wake.abort();
    void this.wakeups?.stop();
  }

  private async loop(): Promise<void> {
    while (this.running) {
      try {
        const busy = await this.step();
        if (!busy) await this.pause(this.active ? this.settings.pollIntervalMs : this.settings.standbyPollMs);
      } catch (error) {
        if (this.abandoned) return;
        this.logger.error(`alert engine batch failed; reopening the session: ${error instanceof Error ? error.message : String(error)}`);
        await this.dropSession();
        await this.pause(this.settings.retryMs);
      }
    }
    if (!this.abandoned) await this.dropSession();
  }

  /** One round: become active if possible, then one batch. True when there may be more to do right away. */
  private async step(): Promise<boolean> {
    this.session ??= await this.store.openSession();
    const leading = await this.session.tryLead();
    this.metrics.setActive(leading);
    if (!leading) return false;
    const done = this.metrics.startBatch();
    const outcome = await this.session.transaction((tx) => this.runner.run(tx, new Date().toISOString()));
    done();
    this.metrics.recordBatch(outcome, Date.now());
    if (this.abandoned) return false;
    for (const id of outcome.started) this.logger.log(`rule ${id} started (warmed up on recent history)`);
    await this.publish();
    await this.pruneNow();
    return outcome.inputs >= this.settings.batchSize;
  }

  /** The events are safe in the database: a log outage only delays publishing them, it does not stop evaluation. */
  private async publish(): Promise<void> {
    try {
      this.metrics.recordPublished(await this.relay.publishPending());
    } catch (error) {
      this.logger.warn(`could not publish alert events to the alerts topic; retrying after the next batch: ${String(error)}`);
    }
  }

  private async pruneNow(): Promise<void> {
    if (Date.now() - this.lastPrune < this.settings.pruneIntervalMs || this.session === undefined) return;
    this.lastPrune = Date.now();
    const pruned = await this.session.pruneInput(this.settings.inputRetentionMs);
    if (pruned > 0) this.logger.log(`pruned ${pruned} consumed alert input rows`);
  }

  private async dropSession(): Promise<void> {
    const session = this.session;
    this.session = undefined;
    this.metrics.setActive(false);
    await session?.close().catch(() => undefined);
  }

  /** Sleeps unless a wake came in since the last step (it would otherwise be lost until the poll). */
  private async pause(ms: number): Promise<void> {
    if (!this.running) return;
    if (this.woken) {
      this.woken = false;
      return;
    }
    await sleep(ms, undefined, { signal: this.wake.signal }).catch(() => undefined);
    this.woken = false;
  }
}
