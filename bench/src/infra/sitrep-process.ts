import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { onCleanup } from './cleanup';
import { outPath, REPO_ROOT, SITREP_BUNDLE } from './repo';

export interface SitrepProcessOptions {
  /** CLI arguments, e.g. ['start'] or ['serve', 'ingest-api']. */
  args: string[];
  env: Record<string, string>;
  /** Names the log file under .bench-out/logs/ and the profile folder. */
  label: string;
  /** Write a V8 CPU profile (node --cpu-prof) into this folder when the process exits. */
  cpuProfileDir?: string;
  /** Extra Node flags, e.g. --max-old-space-size. */
  nodeFlags?: string[];
}

/** A `sitrep` process started from the built bundle, on its own port, stopped with SIGTERM. */
export class SitrepProcess {
  readonly baseUrl: string;
  private readonly exited: Promise<number | null>;
  private exitCode: number | null | undefined;
  private readonly removeCleanup: () => void;
  readonly logFile: string;

  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
    readonly label: string,
  ) {
    this.baseUrl = `http://127.0.0.1:${port}`;
    this.logFile = outPath('logs', `${label}.log`);
    const log = createWriteStream(this.logFile);
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    this.exited = new Promise<number | null>((resolve) =>
      child.once('exit', (code) => {
        this.exitCode = code;
        resolve(code);
      }),
    );
    this.removeCleanup = onCleanup(`sitrep ${label}`, async () => void (await this.stop()));
  }

  static async start(options: SitrepProcessOptions): Promise<SitrepProcess> {
    const port = await freePort();
    const flags = [...(options.nodeFlags ?? [])];
    if (options.cpuProfileDir) flags.push('--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`, `--cpu-prof-name=${options.label}.cpuprofile`);
    const child = spawn(process.execPath, [...flags, SITREP_BUNDLE, ...options.args], {
      cwd: REPO_ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', HOST: '127.0.0.1', KAFKAJS_NO_PARTITIONER_WARNING: '1', ...options.env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const proc = new SitrepProcess(child, port, options.label);
    await proc.waitReady(120_000);
    return proc;
  }

  get pid(): number {
    return this.child.pid as number;
  }

  async waitReady(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.exitCode !== undefined) throw new Error(`sitrep ${this.label} exited with ${this.exitCode} before it was ready; see ${this.logFile}`);
      try {
        const response = await fetch(`${this.baseUrl}/ready`, { signal: AbortSignal.timeout(2_000) });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    throw new Error(`sitrep ${this.label} was not ready within ${timeoutMs} ms; see ${this.logFile}`);
  }

  /** Peak resident memory so far (VmHWM) and current RSS, in MiB, from /proc. */
  memory(): { peakMiB: number; rssMiB: number } {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
      return { peakMiB: kb('VmHWM') / 1024, rssMiB: kb('VmRSS') / 1024 };
    } catch {
      return { peakMiB: NaN, rssMiB: NaN };
    }
  }

  /** Resets the peak (VmHWM) so the next reading covers only what follows (Linux clear_refs 5). */
  resetPeak(): boolean {
    try {
      writeFileSync(`/proc/${this.pid}/clear_refs`, '5');
      return true;
    } catch {
      return false;
    }
  }

  /** User + system CPU seconds used so far, from /proc/<pid>/stat. */
  cpuSeconds(): number {
    try {
      const stat = readFileSync(`/proc/${this.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      return NaN;
    }
  }

  /** SIGTERM, then SIGKILL if it does not drain in time. Resolves with the exit code. */
  async stop(timeoutMs = 40_000): Promise<number | null> {
    this.removeCleanup();
    if (this.exitCode !== undefined) return this.exitCode;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
