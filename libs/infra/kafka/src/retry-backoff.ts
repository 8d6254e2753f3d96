/**
 * Per-partition exponential back-off for redelivering a batch whose handler failed: a transient
 * fault (database restarting) clears quickly, a persistent one does not hammer the database.
 */
export class RetryBackoff {
  private readonly failures = new Map<number, number>();

  constructor(
    private readonly initialMs: number,
    private readonly maxMs: number,
  ) {}

  /** Records one more failure of `partition` and returns how long to wait before redelivering. */
  failed(partition: number): number {
    const count = (this.failures.get(partition) ?? 0) + 1;
    this.failures.set(partition, count);
    return Math.min(this.maxMs, this.initialMs * 2 ** Math.min(count - 1, 30));
  }

  succeeded(partition: number): void {
    this.failures.delete(partition);
  }
}
