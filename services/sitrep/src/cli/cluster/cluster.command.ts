import type { SitrepConfig } from '@sitrep/config';
import { InvalidArgumentError, type Command } from 'commander';
import net from 'node:net';
import type { Logger as Pino } from 'pino';
import { migrateScaled } from '../../runtime/scaled-runtime';
import { CLUSTER_ROLES, formatCluster, planCluster, type ClusterCounts, type PlannedInstance } from './cluster-plan';
import { ClusterSupervisor } from './cluster-supervisor';

interface ClusterOptions extends ClusterCounts {
  basePort: number;
  idPrefix: string;
  migrate: boolean;
}

const READY_TIMEOUT_MS = 120_000;
/** Each instance drains within 30 s by itself (run-server); this is the backstop. */
const STOP_GRACE_MS = 40_000;

/**
 * `sitrep cluster`: N instances of each service on this machine, each its own `serve` process on
 * its own port with its own SITREP_INSTANCE_ID, over the scaled runtime (Kafka + PostgreSQL). For
 * trying scale-out and failover locally; an orchestrator (compose, Kubernetes) does this in production.
 */
export function registerClusterCommand(program: Command, config: SitrepConfig, logger: Pino): void {
  const command = program
    .command('cluster')
    .description('run N instances of each service locally, each its own `serve` process on its own port (scaled mode); SIGTERM drains them all');
  const counts: Record<string, number> = { query: 1, ingest: 1, processors: 1, dispatchers: 1, alertEngines: 1 };
  for (const role of CLUSTER_ROLES) {
    const flag = role.option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    command.option(`--${flag} <n>`, `${role.service} instances`, count, counts[role.option]);
  }
  command
    .option('--base-port <port>', 'port of the first instance; the others follow', port, config.port)
    .option('--id-prefix <prefix>', 'prefix of every SITREP_INSTANCE_ID', '')
    .option('--no-migrate', 'skip applying pending migrations first')
    .action((options: ClusterOptions) => runCluster(options, config, logger));
}

async function runCluster(options: ClusterOptions, config: SitrepConfig, logger: Pino): Promise<void> {
  const say = (message: string) => process.stderr.write(`sitrep cluster: ${message}\n`);
  if (config.mode !== 'scaled') {
    say('runs the scaled mode only: set SITREP_MODE=scaled, DATABASE_URL and KAFKA_BROKERS (see README, "Scaled")');
    process.exit(2);
  }
  const plan = planCluster(options, options.basePort, options.idPrefix);
  const taken = await takenPorts(plan);
  if (taken.length > 0) {
    say(`port(s) ${taken.join(', ')} are in use: choose another --base-port`);
    process.exit(2);
  }
  if (options.migrate) logger.info({ applied: await migrateScaled(config) }, 'migrations checked');
  const supervisor = new ClusterSupervisor({ entry: process.argv[1], env: process.env, out: (line) => process.stdout.write(`${line}\n`), say, stopGraceMs: STOP_GRACE_MS });
  process.once('SIGTERM', () => supervisor.stop('SIGTERM'));
  process.once('SIGINT', () => supervisor.stop('SIGINT'));
  supervisor.start(plan);
  say(`starting ${plan.length} instance(s)`);
  try {
    await supervisor.ready(READY_TIMEOUT_MS);
    const pids = supervisor.pids();
    say(`all ${plan.length} instance(s) ready:\n${formatCluster(plan.map((i) => ({ ...i, pid: pids.get(i.id) })), '127.0.0.1')}`);
  } catch (error) {
    supervisor.stop(`${(error as Error).message}; stopping`);
    await supervisor.finished;
    process.exit(1);
  }
  process.exit(await supervisor.finished);
}

function takenPorts(plan: PlannedInstance[]): Promise<number[]> {
  return Promise.all(plan.map((i) => isFree(i.port).then((free) => (free ? null : i.port)))).then((ports) => ports.filter((p): p is number => p !== null));
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '0.0.0.0', () => server.close(() => resolve(true)));
  });
}

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 32) throw new InvalidArgumentError('a whole number from 0 to 32');
  return n;
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new InvalidArgumentError('a port from 1 to 65535');
  return n;
}
