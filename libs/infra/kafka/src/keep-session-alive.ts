export interface KeepSessionAliveOptions {
  /** How often to heartbeat while the work runs (kafkajs sends one only once its interval elapsed). */
  intervalMs: number;
  /**
   * After this long the work counts as stuck (Kafka's max.poll.interval.ms): the heartbeats stop,
   * the session expires and the group hands the partition to a member that is not stuck.
   */
  limitMs: number;
  onStuck: (elapsedMs: number) => void;
}

/**
 * Runs `work` while heartbeating to the group. kafkajs heartbeats only between batches, so a chunk
 * slower than the session timeout (a slow database) would get its member evicted: the group
 * rebalances, another member redoes the chunk, and under a steady slowdown every member is evicted
 * in turn. A heartbeat that fails (a rebalance in progress) is left to the commit after the work,
 * which fails the same way and makes kafkajs rejoin.
 */
export async function keepSessionAlive<T>(work: () => Promise<T>, heartbeat: () => Promise<void>, options: KeepSessionAliveOptions): Promise<T> {
  const started = Date.now();
  const timer = setInterval(() => {
    const elapsed = Date.now() - started;
    if (elapsed < options.limitMs) return void heartbeat().catch(() => undefined);
    clearInterval(timer);
    options.onStuck(elapsed);
  }, options.intervalMs);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
