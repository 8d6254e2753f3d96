import type { DataSource, QueryRunner } from 'typeorm';
import { AlertEngineTx } from './alert-engine.tx';
import { pruneConsumedInput } from './alert-input.reader';

/**
 * Session advisory lock naming the one active engine. Session-level (not a lease row): it is held
 * exactly as long as the connection lives, so a killed engine's lock goes with its backend and a
 * standby takes over at its next try, with no lease to expire and no clocks to trust.
 */
const ENGINE_LOCK = `hashtext('sitrep.alert-engine')`;

/**
 * One engine's dedicated connection. It takes the lock, and every batch transaction runs on this
 * same connection: a transaction can only commit while its session still holds the lock, which
 * fences off an engine that lost it (its connection died, taking the lock and the transaction).
 * Needs a session-pooled connection (not PgBouncer in transaction mode).
 */
export class AlertEngineSession {
  private leading = false;
  private closed = false;

  private constructor(private readonly runner: QueryRunner) {}

  static async open(db: DataSource): Promise<AlertEngineSession> {
    const runner = db.createQueryRunner();
    await runner.connect();
    return new AlertEngineSession(runner);
  }

  get isLeading(): boolean {
    return this.leading;
  }

  /** Takes the engine lock when nobody holds it; true while this session holds it. */
  async tryLead(): Promise<boolean> {
    if (this.leading) return true;
    const [row]: Array<{ locked: boolean }> = await this.runner.query(`SELECT pg_try_advisory_lock(${ENGINE_LOCK}) AS locked`);
    this.leading = row.locked;
    return this.leading;
  }

  /** Runs `work` in one transaction on the locked session; any throw rolls everything back. */
  async transaction<T>(work: (tx: AlertEngineTx) => Promise<T>): Promise<T> {
    if (!this.leading) throw new Error('the alert engine session does not hold the engine lock');
    await this.runner.startTransaction();
    try {
      const result = await work(new AlertEngineTx(this.runner));
      await this.runner.commitTransaction();
      return result;
    } catch (error) {
      if (this.runner.isTransactionActive) await this.runner.rollbackTransaction().catch(() => undefined);
      throw error;
    }
  }

  pruneInput(keepMs: number): Promise<number> {
    return pruneConsumedInput(this.runner, keepMs);
  }

  /**
   * Gives the lock up and the connection back. When the connection is broken, it is destroyed
   * rather than returned: a pooled connection must never carry the lock to someone else.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      if (this.leading) await this.runner.query(`SELECT pg_advisory_unlock(${ENGINE_LOCK})`);
      this.leading = false;
      await this.runner.release();
    } catch (error) {
      this.leading = false;
      const broken = this.runner as unknown as { releasePostgresConnection?: (err: unknown) => Promise<void> };
      await broken.releasePostgresConnection?.(error instanceof Error ? error : new Error(String(error))).catch(() => undefined);
    }
  }
}
