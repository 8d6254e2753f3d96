import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSitrep, freePort, spawnSitrep, waitForOk } from '@sitrep/testing';

// What `npm start` does on a fresh machine: the embedded default, no Kafka, no external database.
describe('sitrep start (embedded default)', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sitrep-e2e-'));
  chmodSync(dataDir, 0o755);
  let env: Record<string, string>;

  beforeAll(async () => {
    buildSitrep();
    env = { SITREP_DATA_DIR: dataDir, SITREP_EMBEDDED_PG_PORT: String(await freePort()) };
  }, 120_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('answers /health and /ready, drains on SIGTERM with exit 0, and keeps its data across restarts', async () => {
    const first = spawnSitrep(['start'], env, await freePort());
    await waitForOk(`${first.baseUrl}/health`, first);
    const ready = (await (await fetch(`${first.baseUrl}/ready`)).json()) as { details: unknown };
    expect(ready.details).toMatchObject({ postgresql: { status: 'up' }, log: { status: 'up' } });
    expect(await (await fetch(`${first.baseUrl}/metrics`)).text()).toContain('sitrep_process_cpu_user_seconds_total');
    const key = /Sitrep generated an admin API key[^\n]*\n\s+(sk_\S+)/.exec(first.output())?.[1];
    expect(key).toMatch(/^sk_[a-z0-9]{12}\./);
    expect((await fetch(`${first.baseUrl}/v1/places/admin1`)).status).toBe(401);
    expect((await fetch(`${first.baseUrl}/v1/places/admin1`, { headers: { authorization: `Bearer ${key}` } })).status).toBe(200);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    // Shown once on the terminal, never in a structured log line (requests with it included).
    const logLines = first.output().split('\n').filter((line) => line.startsWith('{'));
    expect(logLines.length).toBeGreaterThan(5);
    expect(logLines.filter((line) => line.includes(key!.split('.')[1]))).toEqual([]);
    expect(first.output()).toContain('applied migrations');
    expect(first.output()).toContain('stopped cleanly');

    const second = spawnSitrep(['start'], env, await freePort());
    await waitForOk(`${second.baseUrl}/ready`, second);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(second.output()).not.toContain('initialising embedded PostgreSQL');
    expect(second.output()).not.toContain('applied migrations');
    expect(second.output()).not.toContain('Sitrep generated an admin API key');
  });

  it('refuses to start on invalid configuration, naming the variable', async () => {
    const proc = spawnSitrep(['start'], { ...env, SITREP_MODE: 'cloud' }, await freePort());
    expect(await proc.exited).toBe(2);
    expect(proc.output()).toContain('SITREP_MODE must be one of: embedded, scaled');
  });
});
