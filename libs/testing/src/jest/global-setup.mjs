// Makes sure the real servers the integration suites need are there, once per Jest run.
// PostgreSQL: the machine's server on 127.0.0.1:5432. Kafka: KAFKA_BROKERS, or a broker this
// setup starts from tools/kafka (assembled from Maven Central) and stops in teardown.
// In CI (CI=true) a missing server fails the run loudly; elsewhere its suites are skipped with a
// loud note, so that `npm test` still says something useful on a laptop without Java.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const root = path.resolve(new URL('.', import.meta.url).pathname, '../../../..');

function reachable(hostPort, timeoutMs = 1500) {
  const [host, port] = hostPort.split(':');
  return new Promise((resolve) => {
    const socket = net.connect({ host, port: Number(port) });
    const done = (ok) => { socket.destroy(); resolve(ok); };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function hasJava() {
  try { execFileSync('java', ['-version'], { stdio: 'ignore' }); return true; } catch { return false; }
}

async function ensureKafka() {
  if (process.env.SITREP_TEST_KAFKA === 'skip') return 'skipped (SITREP_TEST_KAFKA=skip)';
  process.env.KAFKA_BROKERS ??= '127.0.0.1:9092';
  const first = process.env.KAFKA_BROKERS.split(',')[0];
  if (await reachable(first)) return 'up';
  const script = path.join(root, 'tools/kafka/kafka.sh');
  if (!existsSync(script) || !hasJava()) return `down: nothing at ${first} and no Java to start one`;
  console.log(`\n[sitrep tests] no Kafka at ${first}: starting one from tools/kafka (first run fetches jars from Maven Central)`);
  execFileSync('bash', [script, 'fetch'], { stdio: 'inherit' });
  execFileSync('bash', [script, 'start'], { stdio: 'inherit' });
  process.env.SITREP_TEST_STARTED_KAFKA = '1';
  return 'up';
}

async function ensurePostgres() {
  if (process.env.SITREP_TEST_PG === 'skip') return 'skipped (SITREP_TEST_PG=skip)';
  process.env.SITREP_TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
  const url = new URL(process.env.SITREP_TEST_DATABASE_URL);
  return (await reachable(`${url.hostname}:${url.port || 5432}`)) ? 'up' : `down: nothing at ${url.host}`;
}

export default async function globalSetup() {
  // Names this run's build folder, so its teardown never removes another run's bundles.
  process.env.SITREP_TEST_RUN = `run-${process.pid}`;
  const kafka = await ensureKafka();
  const postgres = await ensurePostgres();
  process.env.SITREP_TEST_KAFKA_STATE = kafka;
  process.env.SITREP_TEST_PG_STATE = postgres;
  const ci = process.env.CI === 'true' || process.env.CI === '1';
  if (ci && (kafka !== 'up' || postgres !== 'up')) {
    throw new Error(`CI needs real Kafka and PostgreSQL. Kafka: ${kafka}. PostgreSQL: ${postgres}.`);
  }
  for (const [name, state] of [['Kafka', kafka], ['PostgreSQL', postgres]]) {
    if (state !== 'up') console.warn(`\n[sitrep tests] ${name} is ${state}: its integration suites are SKIPPED in this run.\n`);
  }
}
