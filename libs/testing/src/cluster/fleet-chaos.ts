import type { SeededRandom } from './seeded-random';
import type { SitrepFleet } from './sitrep-fleet';

export interface ChaosRole {
  service: string;
  /** Instance ids are `<prefix>-<n>`, n counting up over the whole run. */
  prefix: string;
  min: number;
  max: number;
}

export type ChaosKind = 'start' | 'sigterm' | 'sigkill' | 'pause';

export interface ChaosAction {
  at: number;
  kind: ChaosKind;
  id: string;
  service: string;
  /** The exit code after a SIGTERM (0 = drained), or what went wrong. */
  note?: string;
}

/**
 * Seeded disturbances of a SitrepFleet: instances started, stopped (SIGTERM), killed (SIGKILL)
 * and paused (SIGSTOP … SIGCONT), every one recorded with its time, so a failing run can be
 * replayed from its seed and read against the instances' logs.
 */
export class FleetChaos {
  readonly actions: ChaosAction[] = [];
  private readonly next = new Map<string, number>();

  constructor(
    private readonly fleet: SitrepFleet,
    private readonly random: SeededRandom,
    private readonly say: (line: string) => void = () => undefined,
  ) {}

  count(kind: ChaosKind, service?: string): number {
    return this.actions.filter((a) => a.kind === kind && (service === undefined || a.service === service)).length;
  }

  /** Membership changes of a service (each start, stop or kill of a consumer-group member is a rebalance). */
  changes(service: string): number {
    return this.actions.filter((a) => a.service === service && a.kind !== 'pause' && a.note !== 'failed').length;
  }

  async start(role: ChaosRole, ready = false): Promise<string> {
    const n = (this.next.get(role.prefix) ?? 0) + 1;
    this.next.set(role.prefix, n);
    const id = `${role.prefix}-${n}`;
    try {
      await this.fleet.start(role.service, id, { ready });
      this.record('start', id, role.service);
    } catch (error) {
      this.record('start', id, role.service, 'failed');
      throw error;
    }
    return id;
  }

  /** Grows or shrinks the role within [min, max]: a start, or a SIGTERM or SIGKILL of a random member. */
  async resize(role: ChaosRole): Promise<void> {
    const live = this.fleet.members(role.service);
    const grow = live.length <= role.min || (live.length < role.max && this.random.chance(0.5));
    if (grow) await this.start(role);
    else await this.end(this.random.pick(live).id, role.service, this.random.chance(0.5) ? 'sigkill' : 'sigterm');
  }

  /** Ends a random member (SIGKILL or SIGTERM as given, else either) and starts its replacement. */
  async replace(role: ChaosRole, kind?: 'sigterm' | 'sigkill'): Promise<void> {
    const live = this.fleet.members(role.service);
    if (live.length > 0) await this.end(this.random.pick(live).id, role.service, kind ?? (this.random.chance(0.5) ? 'sigkill' : 'sigterm'));
    await this.start(role);
  }

  /** SIGKILLs a random member of the role; the id, or undefined when none runs. */
  async kill(role: ChaosRole): Promise<string | undefined> {
    const live = this.fleet.members(role.service);
    if (live.length === 0) return undefined;
    const { id } = this.random.pick(live);
    await this.end(id, role.service, 'sigkill');
    return id;
  }

  /** SIGSTOP for `ms`, then SIGCONT: a process frozen past its session timeout comes back as a zombie. */
  async pause(role: ChaosRole, ms: number): Promise<string | undefined> {
    const live = this.fleet.members(role.service);
    if (live.length === 0) return undefined;
    const { id } = this.random.pick(live);
    this.record('pause', id, role.service, `${ms} ms`);
    this.fleet.pause(id);
    await new Promise((resolve) => setTimeout(resolve, ms));
    this.fleet.resume(id);
    return id;
  }

  private async end(id: string, service: string, kind: 'sigterm' | 'sigkill'): Promise<void> {
    if (kind === 'sigkill') {
      await this.fleet.kill(id);
      this.record(kind, id, service);
    } else {
      this.record(kind, id, service, `exit ${await this.fleet.stop(id)}`);
    }
  }

  private record(kind: ChaosKind, id: string, service: string, note?: string): void {
    this.actions.push({ at: Date.now(), kind, id, service, note });
    this.say(`[chaos] ${kind} ${id}${note ? ` (${note})` : ''}`);
  }
}
