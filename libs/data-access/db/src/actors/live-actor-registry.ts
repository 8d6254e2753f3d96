import { Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { standardActorRegistry, type ActorRegistry } from '@sitrep/domain-places';
import { existsSync, readFileSync } from 'node:fs';
import type { ActorDecision, ActorStore, StoredActorChange } from './actor.store';
import { applyActorChanges } from './apply-actor-changes';

export interface LiveActorRegistryOptions {
  /** UCDP's actor list; used when the file is there (it is not shipped: see ../shared/data/README). */
  ucdpActorsCsv: string;
  /** How often changes stored by other processes are caught up with. */
  refreshMs: number;
  /** Names the service in log lines. */
  name: string;
}

/**
 * The actor registry a service resolves names with: the reference registry (our seed plus UCDP's
 * actor list when present) with analysts' actors and aliases from the database applied on top, in
 * the order they were made. A change made through this instance is used at once; one made by
 * another process within `refreshMs`. Reads are synchronous (normalising a report needs them per
 * participant). Ingest, the query API and the alert engine each hold one.
 */
export class LiveActorRegistry implements OnModuleInit, OnModuleDestroy {
  private readonly logger: Logger;
  private current: ActorRegistry;
  private appliedSeq = '0';
  private queue: Promise<unknown> = Promise.resolve();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly store: ActorStore,
    private readonly options: LiveActorRegistryOptions,
  ) {
    this.logger = new Logger(`${options.name}ActorRegistry`);
    const csv = existsSync(options.ucdpActorsCsv) ? readFileSync(options.ucdpActorsCsv, 'utf8') : null;
    const { registry, ucdpImport } = standardActorRegistry(csv);
    this.logger.log(ucdpImport ? `seed + ${ucdpImport.actors.length} UCDP actors from ${options.ucdpActorsCsv}` : 'built-in seed only (no UCDP actor file)');
    this.current = registry;
  }

  async onModuleInit(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh().catch((error: unknown) => this.logger.warn(`actor refresh failed: ${String(error)}`)), this.options.refreshMs);
    this.timer.unref();
  }

  /** Lets a refresh in flight finish, so no query outlives the module. */
  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.queue;
  }

  registry(): ActorRegistry {
    return this.current;
  }

  /** Catches up with changes stored by any process. */
  refresh(): Promise<void> {
    return this.serially(async () => this.apply(await this.store.changesSince(this.appliedSeq)));
  }

  /**
   * Decides a change against the registry as it stands in the database right now (writers across
   * processes take turns), stores what the decision adds, and uses it here at once.
   */
  change<T>(decide: (registry: ActorRegistry) => ActorDecision<T>): Promise<T> {
    return this.serially(async () => {
      const { result, changes } = await this.store.write(this.appliedSeq, (newer) => decide(applyActorChanges(this.current, newer).registry));
      this.apply(changes);
      return result;
    });
  }

  private apply(changes: StoredActorChange[]): void {
    if (changes.length === 0) return;
    const { registry, refused } = applyActorChanges(this.current, changes);
    for (const r of refused) this.logger.warn(`stored actor change ${r.seq} no longer applies (${r.error}): ${r.detail}`);
    this.current = registry;
    this.appliedSeq = changes[changes.length - 1].seq;
  }

  /** One refresh or change at a time in this process, so no change is applied twice. */
  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
