import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, SITREP_BUNDLE } from '../process/sitrep-process';
import type { MemberLog } from './warning-summary';

export interface FleetMember {
  id: string;
  service: string;
  baseUrl: string;
  child: ChildProcess;
  exited: Promise<number | string>;
}

export interface FleetOptions {
  /** Shared by every member (mode, DATABASE_URL, KAFKA_BROKERS, keys…); PORT and SITREP_INSTANCE_ID are per member. */
  env: Record<string, string>;
  /** Extra node flags for a member, e.g. --cpu-prof. */
  nodeArgs?: (member: { id: string; service: string }) => string[];
  /** Patterns counted over every line any member ever printed (e.g. fenced batches). */
  watch?: Record<string, RegExp>;
}

const TAIL_CHARS = 64_000;

/**
 * Sitrep processes (`sitrep serve <service>`, the built bundle) started, stopped, killed and
 * paused one by one, as an orchestrator or a failure would. Every member's output goes to a file in
 * `logDir`; the watched patterns are counted as lines arrive.
 */
export class SitrepFleet {
  readonly logDir = mkdtempSync(path.join(tmpdir(), 'sitrep-fleet-'));
  readonly counts: Record<string, number> = {};
  private readonly live = new Map<string, FleetMember>();
  private readonly tails = new Map<string, string>();
  private readonly files = new Set<WriteStream>();
  private incarnation = 0;

  constructor(private readonly options: FleetOptions) {
    for (const name of Object.keys(options.watch ?? {})) this.counts[name] = 0;
  }

  /** Spawns and waits until GET /health answers (set `ready` to wait for /ready: PostgreSQL and the log). */
  async start(service: string, id: string, opts: { ready?: boolean; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<FleetMember> {
    if (this.live.has(id)) throw new Error(`${id} is already running`);
    const port = await freePort();
    const args = [...(this.options.nodeArgs?.({ id, service }) ?? []), SITREP_BUNDLE, 'serve', service];
    const env = { ...process.env, LOG_LEVEL: 'info', ...this.options.env, ...opts.env, PORT: String(port), SITREP_INSTANCE_ID: id };
    const child = spawn(process.execPath, args, { cwd: process.cwd(), env, stdio: ['ignore', 'pipe', 'pipe'] });
    const member: FleetMember = {
      id,
      service,
      baseUrl: `http://127.0.0.1:${port}`,
      child,
      exited: new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1))),
    };
    this.capture(member);
    this.live.set(id, member);
    void member.exited.then(() => this.live.get(id) === member && this.live.delete(id));
    await this.waitUntilUp(member, opts.ready ? '/ready' : '/health', opts.timeoutMs ?? 90_000);
    return member;
  }

  members(service?: string): FleetMember[] {
    return [...this.live.values()].filter((m) => service === undefined || m.service === service);
  }

  member(id: string): FleetMember {
    const found = this.live.get(id);
    if (!found) throw new Error(`${id} is not running`);
    return found;
  }

  /** SIGTERM: drains; resolves with the exit code (0 = drained cleanly). */
  async stop(id: string): Promise<number | string> {
    const member = this.member(id);
    member.child.kill('SIGTERM');
    return member.exited;
  }

  async kill(id: string): Promise<void> {
    const member = this.member(id);
    member.child.kill('SIGKILL');
    await member.exited;
  }

  pause(id: string): void {
    this.member(id).child.kill('SIGSTOP');
  }

  resume(id: string): void {
    this.member(id).child.kill('SIGCONT');
  }

  /** Everything the members whose id matches printed so far, incarnation after incarnation (from the log files). */
  logs(idPattern: RegExp = /./): string {
    return this.memberLogs(idPattern)
      .map((log) => log.text)
      .join('\n');
  }

  /** The same, one entry per incarnation, named by its log file (`002-processor-1`). */
  memberLogs(idPattern: RegExp = /./): MemberLog[] {
    return readdirSync(this.logDir)
      .filter((file) => idPattern.test(file.replace(/^\d+-|\.log$/g, '')))
      .sort()
      .map((file) => ({ member: file.replace(/\.log$/, ''), text: readFileSync(path.join(this.logDir, file), 'utf8') }));
  }

  /** The last output of a member (running or not). */
  tail(id: string): string {
    return this.tails.get(id) ?? '';
  }

  /** Stops every member (SIGTERM; SIGKILL after `graceMs`); resolves with the exit code of each. */
  async stopAll(graceMs = 40_000): Promise<Record<string, number | string>> {
    const members = [...this.live.values()];
    for (const m of members) m.child.kill('SIGCONT');
    for (const m of members) m.child.kill('SIGTERM');
    const timer = setTimeout(() => members.forEach((m) => m.child.kill('SIGKILL')), graceMs);
    const codes = await Promise.all(members.map((m) => m.exited));
    clearTimeout(timer);
    await Promise.all([...this.files].map((f) => new Promise((resolve) => f.end(resolve))));
    return Object.fromEntries(members.map((m, i) => [m.id, codes[i]]));
  }

  private capture(member: FleetMember): void {
    this.incarnation += 1;
    const file = createWriteStream(path.join(this.logDir, `${String(this.incarnation).padStart(3, '0')}-${member.id}.log`));
    this.files.add(file);
    let partial = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      file.write(text);
      this.tails.set(member.id, ((this.tails.get(member.id) ?? '') + text).slice(-TAIL_CHARS));
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) this.count(line);
    };
    member.child.stdout?.on('data', onData);
    member.child.stderr?.on('data', onData);
    void member.exited.then(() => this.files.delete(file) && file.end());
  }

  private count(line: string): void {
    for (const [name, pattern] of Object.entries(this.options.watch ?? {})) if (pattern.test(line)) this.counts[name] += 1;
  }

  private async waitUntilUp(member: FleetMember, probe: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (member.child.exitCode !== null || member.child.signalCode !== null) {
        throw new Error(`${member.id} (${member.service}) exited while starting:\n${this.tail(member.id).slice(-4_000)}`);
      }
      if (await fetch(`${member.baseUrl}${probe}`).then((r) => r.ok, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    member.child.kill('SIGKILL');
    throw new Error(`${member.id} did not answer ${probe} within ${timeoutMs} ms:\n${this.tail(member.id).slice(-4_000)}`);
  }
}
