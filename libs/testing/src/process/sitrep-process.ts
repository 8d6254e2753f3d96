import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const root = process.cwd();
/**
 * The real bundle `npm start` runs, built per Jest worker into its own folder inside the repo
 * (externals resolve from node_modules), so parallel test files never clean each other's build.
 */
export const SITREP_BUNDLE = path.join(root, 'dist/.test-bundles', process.env.SITREP_TEST_RUN ?? 'adhoc', String(process.pid), 'main.cjs');

export function buildSitrep(): void {
  if (existsSync(SITREP_BUNDLE)) return;
  const webpack = path.join(root, 'node_modules/webpack/bin/webpack.js');
  execFileSync(process.execPath, [webpack, '--config', 'services/sitrep/webpack.config.cjs', '--output-path', path.dirname(SITREP_BUNDLE)], {
    cwd: root,
    stdio: 'pipe',
  });
  if (!existsSync(SITREP_BUNDLE)) throw new Error(`build produced no ${SITREP_BUNDLE}`);
}

/**
 * Ports are drawn below the kernel's ephemeral range (32768+): a port picked there and released
 * can be taken by any outgoing connection before the child binds it (CI saw Kafka fail to bind
 * 33361 that way). Each Jest worker draws from its own slice and never hands a port out twice.
 */
const PORT_FLOOR = 20_000;
const PORT_SLICE = 1_500;
const handedOut = new Set<number>();

export async function freePort(): Promise<number> {
  const worker = Number(process.env.JEST_WORKER_ID ?? 0) % 8;
  const base = PORT_FLOOR + worker * PORT_SLICE;
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const port = base + Math.floor(Math.random() * PORT_SLICE);
    if (handedOut.has(port)) continue;
    if (await canBind(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free port in ${base}..${base + PORT_SLICE - 1}`);
}

function canBind(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export interface SitrepProcess {
  child: ChildProcess;
  baseUrl: string;
  output: () => string;
  /** Resolves with the exit code (or the signal name). */
  exited: Promise<number | string>;
}

/** Runs the built Sitrep CLI as a real child process, as a user or an orchestrator would. */
export function spawnSitrep(args: string[], env: Record<string, string>, port: number): SitrepProcess {
  let output = '';
  const child = spawn(process.execPath, [SITREP_BUNDLE, ...args], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'info', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  return { child, baseUrl: `http://127.0.0.1:${port}`, output: () => output, exited };
}

/** Polls until the URL answers 200, or fails with the process output. */
export async function waitForOk(url: string, proc: SitrepProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.child.exitCode !== null) throw new Error(`sitrep exited early (${proc.child.exitCode}):\n${proc.output()}`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms:\n${proc.output()}`);
}
