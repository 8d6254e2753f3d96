import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Client } from 'pg';
import { Client as PgClient } from 'pg';
import { onCleanup } from './cleanup';
import { BenchBroker } from './kafka-broker';
import { ScratchDatabase } from './postgres';
import { REPO_ROOT, SITREP_BUNDLE } from './repo';
import { freePort, SitrepProcess } from './sitrep-process';

const run = promisify(execFile);

export interface BenchSettings {
  postgresUrl: string;
  kafkaPort: number;
  kafkaControllerPort: number;
  partitions: number;
  /** Folder for --cpu-prof output, when profiling. */
  profileDir?: string;
  apiKey: string;
}

/**
 * One run's Sitrep (the per-key rate limit is off: SITREP_RATE_LIMIT_PER_MINUTE=0, as a benchmark
 * measures capacity, not the limiter): scaled (a fresh broker of ours + a scratch database, migrated) or embedded (a
 * fresh data folder). Services start as separate `sitrep` processes; stop() undoes everything.
 */
export interface Deployment {
  readonly mode: 'scaled' | 'embedded';
  readonly env: Record<string, string>;
  start(args: string[], label: string, nodeFlags?: string[]): Promise<SitrepProcess>;
  /** A PostgreSQL client on Sitrep's database (embedded: only while a process runs). */
  connect(): Promise<Client>;
  stop(): Promise<void>;
}

export async function scaledDeployment(settings: BenchSettings, runLabel: string, extraEnv: Record<string, string> = {}): Promise<Deployment & { broker: BenchBroker; db: ScratchDatabase }> {
  const broker = await BenchBroker.start({ port: settings.kafkaPort, controllerPort: settings.kafkaControllerPort });
  let db: ScratchDatabase | undefined;
  try {
    db = await ScratchDatabase.create(settings.postgresUrl, 'sitrep_bench');
    const env: Record<string, string> = {
      SITREP_MODE: 'scaled',
      DATABASE_URL: db.url,
      KAFKA_BROKERS: broker.brokers,
      SITREP_PARTITIONS: String(settings.partitions),
      SITREP_API_KEY: settings.apiKey,
      SITREP_RATE_LIMIT_PER_MINUTE: '0',
      ...extraEnv,
    };
    await run(process.execPath, [SITREP_BUNDLE, 'migrate'], { cwd: REPO_ROOT, env: { ...process.env, ...env, LOG_LEVEL: 'warn' }, timeout: 120_000 });
    return deployment('scaled', env, settings, runLabel, () => (db as ScratchDatabase).connect(), async () => {
      await (db as ScratchDatabase).drop();
      await broker.stop();
    }, { broker, db });
  } catch (error) {
    await db?.drop();
    await broker.stop();
    throw error;
  }
}

export async function embeddedDeployment(settings: BenchSettings, runLabel: string, extraEnv: Record<string, string> = {}): Promise<Deployment> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sitrep-bench-embedded-'));
  // Embedded PostgreSQL runs as the `postgres` user when we are root: it must reach the folder.
  chmodSync(dataDir, 0o755);
  const pgPort = await freePort();
  const env: Record<string, string> = {
    SITREP_MODE: 'embedded',
    SITREP_DATA_DIR: dataDir,
    SITREP_EMBEDDED_PG_PORT: String(pgPort),
    SITREP_PARTITIONS: String(settings.partitions),
    SITREP_API_KEY: settings.apiKey,
    SITREP_RATE_LIMIT_PER_MINUTE: '0',
    ...extraEnv,
  };
  const connect = async () => {
    const password = readFileSync(path.join(dataDir, 'pg-password'), 'utf8').trim();
    const client = new PgClient({ connectionString: `postgres://sitrep:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/postgres`, application_name: 'sitrep-bench' });
    // The embedded server stops with its process: a terminated connection is not a crash.
    client.on('error', () => undefined);
    await client.connect();
    return client;
  };
  return deployment('embedded', env, settings, runLabel, connect, async () => rmSync(dataDir, { recursive: true, force: true }), {});
}

function deployment<X extends object>(
  mode: 'scaled' | 'embedded',
  env: Record<string, string>,
  settings: BenchSettings,
  runLabel: string,
  connect: () => Promise<Client>,
  teardown: () => Promise<void>,
  extra: X,
): Deployment & X {
  const processes: SitrepProcess[] = [];
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    removeCleanup();
    for (const p of processes.reverse()) await p.stop();
    await teardown();
  };
  const removeCleanup = onCleanup(`${mode} deployment ${runLabel}`, stop);
  return {
    ...extra,
    mode,
    env,
    connect,
    stop,
    async start(args: string[], label: string, nodeFlags?: string[]) {
      const proc = await SitrepProcess.start({
        args,
        env: { ...env, SITREP_INSTANCE_ID: `bench-${label}` },
        label: `${runLabel}-${label}`,
        cpuProfileDir: settings.profileDir,
        nodeFlags,
      });
      processes.push(proc);
      return proc;
    },
  };
}
