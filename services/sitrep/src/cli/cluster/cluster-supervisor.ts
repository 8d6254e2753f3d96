import { spawn, type ChildProcess } from 'node:child_process';
import type { PlannedInstance } from './cluster-plan';

export interface SupervisorOptions {
  /** The CLI's own entry (the bundle): each instance runs `<entry> serve <service>`. */
  entry: string;
  env: NodeJS.ProcessEnv;
  /** One line of an instance's output, prefixed with its id. */
  out: (line: string) => void;
  /** The cluster's own messages. */
  say: (message: string) => void;
  /** After a forwarded SIGTERM, how long instances get to drain before SIGKILL. */
  stopGraceMs: number;
}

interface Running {
  instance: PlannedInstance;
  child: ChildProcess;
  code?: number | string;
}

/**
 * The instances of `sitrep cluster` as child processes: started together, their output passed on
 * line by line behind their id, a SIGTERM forwarded to every one (each drains by itself), and one
 * exit code for the lot: 0 only when every instance drained and exited 0 after being asked to.
 */
export class ClusterSupervisor {
  private readonly running: Running[] = [];
  private stopping = false;
  private resolveFinished: (code: number) => void = () => undefined;
  readonly finished = new Promise<number>((resolve) => (this.resolveFinished = resolve));

  constructor(private readonly options: SupervisorOptions) {}

  start(instances: PlannedInstance[]): void {
    for (const instance of instances) {
      const env = { ...this.options.env, PORT: String(instance.port), SITREP_INSTANCE_ID: instance.id };
      const child = spawn(process.execPath, [this.options.entry, 'serve', instance.service], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      const entry: Running = { instance, child };
      this.running.push(entry);
      this.pipe(entry);
      child.once('exit', (code, signal) => this.exited(entry, code ?? signal ?? -1));
    }
  }

  pids(): Map<string, number | undefined> {
    return new Map(this.running.map((r) => [r.instance.id, r.child.pid]));
  }

  /** Resolves once every instance answers GET /ready; rejects if one exits first or time runs out. */
  async ready(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const pending = new Set(this.running);
    while (pending.size > 0) {
      for (const r of pending) {
        if (r.code !== undefined) throw new Error(`${r.instance.id} exited (${r.code}) before it was ready`);
        if (await fetch(`http://127.0.0.1:${r.instance.port}/ready`).then((res) => res.ok, () => false)) pending.delete(r);
      }
      if (pending.size === 0) return;
      if (Date.now() > deadline) throw new Error(`not ready within ${timeoutMs} ms: ${[...pending].map((r) => r.instance.id).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  /** Forwards SIGTERM to every instance still running; SIGKILL for those still there after the grace. */
  stop(reason: string): void {
    if (this.stopping) return;
    this.stopping = true;
    const alive = this.running.filter((r) => r.code === undefined);
    this.options.say(`${reason}: asking ${alive.length} instance(s) to drain`);
    for (const r of alive) r.child.kill('SIGTERM');
    const timer = setTimeout(() => {
      for (const r of this.running.filter((x) => x.code === undefined)) {
        this.options.say(`${r.instance.id} did not drain within ${this.options.stopGraceMs} ms; killing it`);
        r.child.kill('SIGKILL');
      }
    }, this.options.stopGraceMs);
    timer.unref();
    this.settleIfDone();
  }

  private exited(entry: Running, code: number | string): void {
    entry.code = code;
    if (!this.stopping) this.options.say(`${entry.instance.id} (${entry.instance.service}) exited unexpectedly (${code}); the others keep running`);
    this.settleIfDone();
  }

  private settleIfDone(): void {
    if (this.running.some((r) => r.code === undefined)) return;
    const clean = this.stopping && this.running.every((r) => r.code === 0);
    this.resolveFinished(clean ? 0 : 1);
  }

  private pipe(entry: Running): void {
    const prefix = entry.instance.id.padEnd(14);
    for (const stream of [entry.child.stdout, entry.child.stderr]) {
      let partial = '';
      stream?.on('data', (chunk: Buffer) => {
        const lines = (partial + chunk.toString('utf8')).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) this.options.out(`${prefix} ${line}`);
      });
      stream?.on('end', () => partial && this.options.out(`${prefix} ${partial}`));
    }
  }
}
