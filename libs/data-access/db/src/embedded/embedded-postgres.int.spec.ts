import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDataSource, runMigrations } from '../data-source';
import { MIGRATIONS } from '../migrations';
import { startEmbeddedPostgres } from './embedded-postgres';

/** A stopped server re-parented to a container's pid 1 may linger as a zombie: that is not running. */
function isRunning(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
}

// Real PostgreSQL binaries from the npm registry: this is what `npm start` runs on.
describe('embedded PostgreSQL', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-embedded-'));
  chmodSync(dir, 0o755);
  const port = 55000 + (process.pid % 1000);
  const log = () => undefined;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('initialises once, keeps data across restarts, and recovers from a killed server', async () => {
    const first = await startEmbeddedPostgres({ dataDir: dir, port, log });
    const db = createDataSource({ url: first.url, poolSize: 2 });
    await db.initialize();
    expect(await runMigrations(db)).toHaveLength(MIGRATIONS.length);
    await db.query(`INSERT INTO log_topic (name, partitions, retention_ms) VALUES ('t', 1, -1)`);
    await db.destroy();
    await first.stop();

    // A SIGKILLed Sitrep leaves its server running; the next start must take over cleanly.
    const second = await startEmbeddedPostgres({ dataDir: dir, port, log });
    const pid = Number(readFileSync(path.join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(pid).toBeGreaterThan(0);
    const third = await startEmbeddedPostgres({ dataDir: dir, port, log });
    expect(isRunning(pid)).toBe(false);
    const again = createDataSource({ url: third.url, poolSize: 1 });
    await again.initialize();
    expect(await runMigrations(again)).toHaveLength(0);
    expect(await again.query(`SELECT name FROM log_topic`)).toEqual([{ name: 't' }]);
    await again.destroy();
    await third.stop();
    await second.stop().catch(() => undefined);
    expect(() => execFileSync('pgrep', ['-f', `${dir}/pg`])).toThrow();
  });

  it('refuses a data folder that a live Sitrep holds, naming its pid', async () => {
    const holder = spawn('sleep', ['30']);
    try {
      writeFileSync(path.join(dir, 'sitrep.pid'), String(holder.pid));
      await expect(startEmbeddedPostgres({ dataDir: dir, port, log })).rejects.toThrow(`Another Sitrep (pid ${holder.pid}) is using`);
    } finally {
      holder.kill();
    }
  });
});
