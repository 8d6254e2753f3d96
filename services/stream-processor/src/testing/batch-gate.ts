import type { LogBatch, ReportLog, SubscribeOptions } from '@sitrep/contracts';

/** Where a held batch stops: before its transaction, or after it committed but before the log's commit. */
export type GatePoint = 'before-apply' | 'after-apply';

export interface HeldBatch {
  batch: LogBatch;
  /** Lets it carry on; resolves with how its handling ended (an error, or undefined when it succeeded). */
  release(): Promise<unknown>;
}

/**
 * Wraps an instance's log so that the next batch its subscription hands over stops at a gate, as
 * in a long GC pause or a stalled handler: the consumer sends no heartbeats meanwhile, so the
 * group moves its partitions to the other members. Released, the batch goes on where it stopped.
 */
export class BatchGate {
  private armed?: { point: GatePoint; held: (held: HeldBatch) => void };

  /** Resolves with the next batch once it reached the gate. */
  holdNext(point: GatePoint): Promise<HeldBatch> {
    return new Promise((held) => (this.armed = { point, held }));
  }

  wrap(log: ReportLog): ReportLog {
    return {
      kind: log.kind,
      ensureTopics: (topics) => log.ensureTopics(topics),
      append: (topic, records) => log.append(topic, records),
      subscribe: (options) => log.subscribe({ ...options, handleBatch: (batch) => this.handle(options, batch) }),
      endOffsets: (topic) => log.endOffsets(topic),
      committedOffsets: (topic, groupId) => log.committedOffsets(topic, groupId),
      scanPartition: (topic, partition, from, visit) => log.scanPartition(topic, partition, from, visit),
      ping: () => log.ping(),
      close: () => log.close(),
    };
  }

  private async handle(options: SubscribeOptions, batch: LogBatch): Promise<void> {
    const armed = this.armed;
    if (armed === undefined) return options.handleBatch(batch);
    this.armed = undefined;
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let settle: (outcome: unknown) => void = () => undefined;
    const outcome = new Promise<unknown>((resolve) => (settle = resolve));
    armed.held({ batch, release: () => (open(), outcome) });
    try {
      if (armed.point === 'before-apply') await gate;
      await options.handleBatch(batch);
      if (armed.point === 'after-apply') await gate;
      settle(undefined);
    } catch (error) {
      settle(error);
      throw error;
    }
  }
}
