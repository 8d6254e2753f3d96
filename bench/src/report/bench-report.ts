import { writeFileSync } from 'node:fs';
import { load, machineInfo, type Load, type MachineInfo } from '../measure/machine';
import { spread, type Spread } from '../measure/stats';
import { outPath } from '../infra/repo';

export interface Target {
  /** `>=`: the figure must reach the value; `<=`: it must stay under it. */
  op: '>=' | '<=';
  value: number;
  label: string;
}

export interface Figure {
  key: string;
  label: string;
  unit: string;
  spread: Spread;
  target?: Target & { met: boolean };
}

/**
 * Collects one bench's figures run by run, then reports each as median (min–max) over the runs,
 * with the load average around every run, as one JSON line, a file in .bench-out/ and a summary.
 */
export class BenchReport {
  private readonly startedAt = new Date().toISOString();
  private readonly values = new Map<string, { label: string; unit: string; values: number[]; target?: Target }>();
  private readonly runs: Array<{ run: number; before: Load; after?: Load; detail: Record<string, unknown> }> = [];
  readonly notes: string[] = [];
  /** Taken at the start: the commit is the one `bench:build` just built, even if the tree moves meanwhile. */
  private readonly machine: MachineInfo = machineInfo();

  constructor(
    readonly bench: string,
    readonly config: Record<string, unknown>,
  ) {}

  beginRun(run: number): Record<string, unknown> {
    const detail: Record<string, unknown> = {};
    this.runs.push({ run, before: load(), detail });
    return detail;
  }

  endRun(): void {
    const current = this.runs.at(-1);
    if (current) current.after = load();
    this.checkpoint();
  }

  /** Writes what is known so far to the result file, so a long bench stopped midway keeps its figures. */
  checkpoint(): string {
    writeFileSync(this.file, `${JSON.stringify(this.result(), null, 2)}\n`);
    return this.file;
  }

  add(key: string, label: string, unit: string, value: number, target?: Target): void {
    const entry = this.values.get(key) ?? { label, unit, values: [], target };
    entry.values.push(value);
    this.values.set(key, entry);
  }

  setPostgresVersion(version: string): void {
    this.machine.versions.postgresql = version;
  }

  figures(): Figure[] {
    return [...this.values].map(([key, v]) => {
      const s = spread(v.values);
      const target = v.target ? { ...v.target, met: v.target.op === '>=' ? s.median >= v.target.value : s.median <= v.target.value } : undefined;
      return { key, label: v.label, unit: v.unit, spread: s, target };
    });
  }

  /** Prints the JSON line and the summary, writes .bench-out/<bench>-<time>.json; returns its path. */
  finish(): string {
    const result = this.result();
    this.checkpoint();
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.stdout.write(this.summary(result.figures, this.file));
    return this.file;
  }

  private get file(): string {
    return outPath(`${this.bench}-${this.startedAt.replace(/[:.]/g, '-')}.json`);
  }

  private result() {
    return {
      bench: this.bench,
      startedAt: this.startedAt,
      finishedAt: new Date().toISOString(),
      machine: this.machine,
      config: this.config,
      figures: this.figures(),
      runs: this.runs,
      notes: this.notes,
    };
  }

  private summary(figures: Figure[], file: string): string {
    const lines = [``, `== ${this.bench}: median (min–max) over ${new Set(this.runs.map((r) => r.run)).size} run(s); load averages ${this.runs.map((r) => r.before.loadavg[0]).join(', ')} at the start of each run`];
    const width = Math.max(...figures.map((f) => f.label.length), 10);
    for (const f of figures) {
      const { median, min, max } = f.spread;
      const target = f.target ? `  target ${f.target.op} ${fmt(f.target.value)} ${f.target.label}: ${f.target.met ? 'MET' : 'MISSED'}` : '';
      lines.push(`  ${f.label.padEnd(width)}  ${fmt(median)} (${fmt(min)}–${fmt(max)}) ${f.unit}${target}`);
    }
    for (const note of this.notes) lines.push(`  note: ${note}`);
    lines.push(`  full result: ${file}`, ``);
    return lines.join('\n');
  }
}

export function fmt(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  if (Math.abs(x) >= 1000) return Math.round(x).toLocaleString('en-US');
  if (Math.abs(x) >= 100) return x.toFixed(0);
  if (Math.abs(x) >= 10) return x.toFixed(1);
  return x.toFixed(2);
}
