import { randomBytes } from 'node:crypto';
import type { BenchSettings } from './infra/deployment';

/** A bootstrap admin key in Sitrep's format: sk_<12 lowercase letters or digits>.<43 base64url characters>. */
function benchApiKey(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const id = Array.from(randomBytes(12), (b) => alphabet[b % alphabet.length]).join('');
  return `sk_${id}.${randomBytes(32).toString('base64url')}`;
}

/**
 * Flags (`--runs 5`, `--runs=5`) with environment fallbacks (`BENCH_RUNS=5`). Defaults finish each
 * bench in a few minutes on the 2-core development machine.
 */
export class Options {
  private readonly flags = new Map<string, string>();
  readonly positional: string[] = [];

  constructor(argv: string[]) {
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i];
      if (!arg.startsWith('--')) {
        this.positional.push(arg);
        continue;
      }
      const eq = arg.indexOf('=');
      if (eq > 0) this.flags.set(arg.slice(2, eq), arg.slice(eq + 1));
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) this.flags.set(arg.slice(2), argv[++i]);
      else this.flags.set(arg.slice(2), 'true');
    }
  }

  string(name: string, fallback: string): string {
    return this.flags.get(name) ?? process.env[`BENCH_${name.toUpperCase().replace(/-/g, '_')}`] ?? fallback;
  }

  int(name: string, fallback: number, { min = 1, max = 10_000_000 } = {}): number {
    const raw = this.string(name, String(fallback));
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) throw new Error(`--${name} must be a whole number from ${min} to ${max} (got ${raw})`);
    return value;
  }

  bool(name: string): boolean {
    return ['1', 'true', 'yes'].includes(this.string(name, 'false'));
  }

  list(name: string, fallback: string): string[] {
    return this.string(name, fallback).split(',').map((s) => s.trim()).filter((s) => s !== '');
  }

  settings(profileDir?: string): BenchSettings {
    return {
      postgresUrl: this.string('postgres-url', 'postgres://postgres@127.0.0.1:5432/postgres'),
      kafkaPort: this.int('kafka-port', 29092, { max: 65535 }),
      kafkaControllerPort: this.int('kafka-controller-port', 29093, { max: 65535 }),
      partitions: this.int('partitions', 6, { max: 64 }),
      profileDir,
      apiKey: this.string('api-key', benchApiKey()),
    };
  }
}
