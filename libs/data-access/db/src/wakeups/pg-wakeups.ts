import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import type { SqlExecutor } from '../webhooks/sql-executor';

/** What a service can be woken for: work committed by another process. */
export const WAKE_CHANNELS = {
  /** The alert engine has work: incident changes handed over by the processor, or rule changes. */
  alertEngine: 'sitrep_alert_engine',
  /** The alert engine (or a test-fire) queued webhook deliveries. */
  webhookOutbox: 'sitrep_webhook_outbox',
} as const;
export type WakeChannel = (typeof WAKE_CHANNELS)[keyof typeof WAKE_CHANNELS];

/**
 * Wakes the listeners of `channel` when the caller's transaction commits (PostgreSQL delivers a
 * NOTIFY at commit, never on rollback, and folds repeats within one transaction into one).
 */
export async function notifyOnCommit(m: SqlExecutor, channel: WakeChannel): Promise<void> {
  await m.query(`SELECT pg_notify($1, '')`, [channel]);
}

export interface WakeSubscription {
  stop(): Promise<void>;
}

const RELISTEN_MS = 1_000;

/**
 * LISTEN on a connection of its own, so a loop that polls can run as soon as work is committed
 * instead of at its next poll. A wake is a hint: the poll stays as the fallback, so a lost
 * connection (re-listened after a second) or a missed NOTIFY costs latency, never correctness.
 */
export class PgWakeups {
  constructor(private readonly db: DataSource) {}

  async listen(channel: WakeChannel, onWake: () => void, onError: (error: unknown) => void = () => undefined): Promise<WakeSubscription> {
    let stopped = false;
    let client: PoolClient | undefined;
    let retry: NodeJS.Timeout | undefined;
    let detach = () => undefined as void;
    const connect = async (): Promise<void> => {
      // TypeORM's PostgreSQL driver keeps node-postgres's pool as `master`.
      const pool = (this.db.driver as unknown as { master: { connect(): Promise<PoolClient> } }).master;
      const next = await pool.connect();
      const onNotification = (message: { channel: string }) => message.channel === channel && onWake();
      const onLost = (error: Error) => {
        if (client !== next) return;
        client = undefined;
        onError(error);
        next.release(true);
        if (!stopped) retry = setTimeout(() => void relisten(), RELISTEN_MS);
      };
      next.on('notification', onNotification);
      next.on('error', onLost);
      detach = () => {
        next.off('notification', onNotification);
        next.off('error', onLost);
      };
      try {
        await next.query(`LISTEN ${channel}`);
      } catch (error) {
        detach();
        next.release(true);
        throw error;
      }
      if (stopped) {
        detach();
        next.release(true);
        return;
      }
      client = next;
      // Work committed while no one listened is found by this first wake.
      onWake();
    };
    const relisten = async (): Promise<void> => {
      await connect().catch((error: unknown) => {
        onError(error);
        if (!stopped) retry = setTimeout(() => void relisten(), RELISTEN_MS);
      });
    };
    // A database that cannot be reached at boot is retried like a lost connection; it never fails the caller.
    await relisten();
    return {
      stop: async () => {
        stopped = true;
        clearTimeout(retry);
        const last = client;
        client = undefined;
        if (last === undefined) return;
        // Still checked out until UNLISTEN answers: an error meanwhile (the connection killed) must not go unhandled.
        last.on('error', () => undefined);
        detach();
        // Back to the pool clean: UNLISTEN, or destroyed if that fails.
        const clean = await last.query(`UNLISTEN ${channel}`).then(() => true, () => false);
        last.release(!clean);
      },
    };
  }
}
