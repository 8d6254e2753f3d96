import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { onCleanup } from './cleanup';
import { REPO_ROOT } from './repo';

const run = promisify(execFile);

export interface BrokerOptions {
  port: number;
  controllerPort: number;
}

/**
 * A broker of our own for benchmarks (tools/kafka/kafka.sh on other ports and a fresh data dir),
 * so the test broker on 9092 is never disturbed and every run starts from empty topics.
 */
export class BenchBroker {
  private stopped = false;
  private readonly removeCleanup: () => void;

  private constructor(
    readonly brokers: string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly dataDir: string,
    readonly startSeconds: number,
  ) {
    this.removeCleanup = onCleanup(`kafka broker ${brokers}`, () => this.stop());
  }

  static async start(options: BrokerOptions): Promise<BenchBroker> {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'sitrep-bench-kafka-'));
    const env = {
      ...process.env,
      KAFKA_PORT: String(options.port),
      KAFKA_CONTROLLER_PORT: String(options.controllerPort),
      SITREP_KAFKA_DATA: dataDir,
      KAFKA_HEAP_OPTS: process.env.BENCH_KAFKA_HEAP_OPTS ?? '-Xmx512m',
    };
    const t0 = performance.now();
    try {
      await run('bash', [path.join(REPO_ROOT, 'tools/kafka/kafka.sh'), 'start'], { env, cwd: REPO_ROOT, timeout: 180_000 });
    } catch (error) {
      rmSync(dataDir, { recursive: true, force: true });
      const detail = (error as { stderr?: string }).stderr ?? String(error);
      throw new Error(`bench: could not start a Kafka broker on 127.0.0.1:${options.port}:\n${detail.split('\n').slice(-15).join('\n')}`);
    }
    return new BenchBroker(`127.0.0.1:${options.port}`, env, dataDir, (performance.now() - t0) / 1000);
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.removeCleanup();
    try {
      await run('bash', [path.join(REPO_ROOT, 'tools/kafka/kafka.sh'), 'stop'], { env: this.env, cwd: REPO_ROOT, timeout: 60_000 });
    } finally {
      rmSync(this.dataDir, { recursive: true, force: true });
    }
  }
}
