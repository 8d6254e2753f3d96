import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../process/sitrep-process';

const run = promisify(execFile);
const KAFKA_SH = path.join(process.cwd(), 'tools/kafka/kafka.sh');

/** A real Kafka broker of one suite's own: restarting it never disturbs the suites on 9092. */
export interface DedicatedKafka {
  brokers: string;
  /** The broker JVM's pid (for its CPU time and memory). */
  pid(): number | undefined;
  /**
   * SIGTERM, then start again on the same data (records and committed offsets survive), with
   * `extraProps` (server.properties lines) in place of the ones it was started with.
   */
  restart(extraProps?: string): Promise<{ seconds: number }>;
  stop(): Promise<void>;
}

/**
 * tools/kafka/kafka.sh on two free ports and a fresh data dir, removed again by stop().
 * `extraProps` are server.properties lines appended last, e.g. to break the broker on purpose.
 */
export async function startDedicatedKafka(extraProps = ''): Promise<DedicatedKafka> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sitrep-kafka-'));
  const port = await freePort();
  const env = {
    ...process.env,
    KAFKA_PORT: String(port),
    KAFKA_CONTROLLER_PORT: String(await freePort()),
    SITREP_KAFKA_DATA: dataDir,
    KAFKA_HEAP_OPTS: process.env.SITREP_TEST_KAFKA_HEAP ?? '-Xmx384m',
  };
  const kafka = (command: string, props = extraProps) => run('bash', [KAFKA_SH, command], { env: { ...env, KAFKA_EXTRA_PROPS: props }, timeout: 180_000 });
  try {
    await kafka('start');
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`could not start a dedicated Kafka on 127.0.0.1:${port}: ${(error as { stderr?: string }).stderr ?? String(error)}`);
  }
  let stopped = false;
  return {
    brokers: `127.0.0.1:${port}`,
    pid: () => {
      const text = existsSync(path.join(dataDir, 'kafka.pid')) ? readFileSync(path.join(dataDir, 'kafka.pid'), 'utf8').trim() : '';
      return text === '' ? undefined : Number(text);
    },
    restart: async (props = extraProps) => {
      const t0 = performance.now();
      await kafka('restart', props);
      return { seconds: (performance.now() - t0) / 1000 };
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      try {
        await kafka('stop');
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}
