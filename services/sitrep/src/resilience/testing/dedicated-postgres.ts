import { createDataSource, runMigrations, startEmbeddedPostgres, type EmbeddedPostgres } from '@sitrep/db';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A real PostgreSQL of one suite's own (the embedded binaries), so restarting it disturbs no other suite. */
export interface DedicatedPostgres {
  /** The server's maintenance database; `database(name)` for others. */
  url: string;
  database(name: string): string;
  /** Creates and migrates a database on it; returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** The postmaster's pid (its CPU time, with its backends'). */
  pid(): number | undefined;
  /** A fast shutdown (open transactions roll back, clients are cut off), then a start on the same data. */
  restart(): Promise<{ seconds: number }>;
  stop(): Promise<void>;
}

export async function startDedicatedPostgres(port: number): Promise<DedicatedPostgres> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sitrep-pg-'));
  // As root the server runs as the `postgres` user, which must be able to reach its folder.
  chmodSync(dataDir, 0o755);
  const log = () => undefined;
  let server: EmbeddedPostgres | undefined = await startEmbeddedPostgres({ dataDir, port, log });
  const url = server.url;
  const database = (name: string) => {
    const u = new URL(url);
    u.pathname = `/${name}`;
    return u.toString();
  };
  return {
    url,
    database,
    createDatabase: async (name) => {
      const admin = createDataSource({ url, poolSize: 1 });
      await admin.initialize();
      await admin.query(`CREATE DATABASE "${name}"`).finally(() => admin.destroy());
      const db = createDataSource({ url: database(name), poolSize: 1 });
      await db.initialize();
      await runMigrations(db).finally(() => db.destroy());
      return database(name);
    },
    pid: () => {
      try {
        return Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
      } catch {
        return undefined;
      }
    },
    restart: async () => {
      const t0 = performance.now();
      await server?.stop();
      server = await startEmbeddedPostgres({ dataDir, port, log });
      return { seconds: (performance.now() - t0) / 1000 };
    },
    stop: async () => {
      await server?.stop();
      server = undefined;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
