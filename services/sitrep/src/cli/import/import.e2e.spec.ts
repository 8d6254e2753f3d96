import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { parseReportRecorded, TOPICS, type LogPosition, type ReportRecorded } from '@sitrep/contracts';
import { createDataSource, EmbeddedReportLog, generateApiKey, type Database } from '@sitrep/db';
import { buildSitrep, describeWithSyriaData, freePort, readRecordsAt, spawnSitrep, syriaDataDir, waitForOk, type SitrepProcess } from '@sitrep/testing';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const summaryCount = (output: string, name: string): number => Number(new RegExp(`^\\s+${name}:\\s+(\\d+)$`, 'm').exec(output)?.[1] ?? NaN);

// The CLI as a user runs it: a built `sitrep start` (embedded default) in one process, `sitrep
// import` in another, talking HTTP. What reached the log is read from the server's own embedded
// log, through the same ReportLog adapter the server appends with.
describeWithSyriaData('sitrep import and sitrep demo, against a running embedded Sitrep', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sitrep-import-e2e-'));
  chmodSync(dataDir, 0o755);
  const airwarsDir = path.join(syriaDataDir() ?? '', 'airwars-incidents-syria-2022');
  let env: Record<string, string>;
  let server: SitrepProcess;
  let db: Database;
  let log: EmbeddedReportLog;

  beforeAll(async () => {
    buildSitrep();
    const pgPort = await freePort();
    // The operator's key: the server stores it as the bootstrap admin key, the CLI sends it.
    env = { SITREP_DATA_DIR: dataDir, SITREP_EMBEDDED_PG_PORT: String(pgPort), LOG_LEVEL: 'warn', SITREP_API_KEY: generateApiKey() };
    server = spawnSitrep(['start'], env, await freePort());
    await waitForOk(`${server.baseUrl}/ready`, server);
    const password = readFileSync(path.join(dataDir, 'pg-password'), 'utf8').trim();
    db = createDataSource({ url: `postgres://sitrep:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/postgres`, poolSize: 4 });
    await db.initialize();
    log = new EmbeddedReportLog(db, { memberId: 'import-e2e' });
  }, 180_000);

  afterAll(async () => {
    await log?.close();
    if (db?.isInitialized) await db.destroy();
    server?.child.kill('SIGTERM');
    if (server) expect(await server.exited).toBe(0);
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function sitrep(...args: string[]): Promise<{ code: number | string; output: string }> {
    const proc = spawnSitrep([...args, '--url', server.baseUrl], env, await freePort());
    const code = await proc.exited;
    if (!/mapping failures:/.test(proc.output())) throw new Error(`sitrep ${args.join(' ')} printed no summary (exit ${code}):\n${proc.output()}`);
    return { code, output: proc.output() };
  }

  /** Every record on the log of record, parsed as the stream processor will parse it. */
  async function recordsOnTheLog(): Promise<ReportRecorded[]> {
    const ends = await log.endOffsets(TOPICS.reports);
    const positions: LogPosition[] = [...ends].flatMap(([partition, end]) => Array.from({ length: Number(end) }, (_, offset) => ({ partition, offset: String(offset) })));
    const records = await readRecordsAt(log, TOPICS.reports, positions);
    return records.map((record) => {
      const parsed = parseReportRecorded(record.value, record.headers);
      if (!parsed.ok) throw new Error(`record at ${record.partition}:${record.offset} does not parse: ${parsed.reason}`);
      return parsed.value;
    });
  }

  it('imports the 225 real Airwars files: 225 appended, 225 records on the log', async () => {
    const { code, output } = await sitrep('import', 'airwars', airwarsDir);
    expect([code, summaryCount(output, 'read'), summaryCount(output, 'appended'), summaryCount(output, 'duplicate')]).toEqual([0, 225, 225, 0]);
    expect(summaryCount(output, 'rejected') + summaryCount(output, 'mapping failures')).toBe(0);
    expect(output).toContain('[100%] read 225, appended 225');
    const records = await recordsOnTheLog();
    expect(records).toHaveLength(225);
    expect(new Set(records.map((r) => `${r.sourceSystem}/${r.nativeId}`)).size).toBe(225);
    const prison = records.find((r) => r.nativeId === 'CS1976');
    expect(prison?.assertion?.location.canonicalAdmin1).toBe('Al Hasakah');
  }, 120_000);

  it('imports them again as 225 duplicates, appending nothing', async () => {
    const { code, output } = await sitrep('import', 'airwars', airwarsDir, '--batch', '100');
    expect([code, summaryCount(output, 'appended'), summaryCount(output, 'duplicate')]).toEqual([0, 0, 225]);
    expect(await recordsOnTheLog()).toHaveLength(225);
  }, 120_000);

  it('imports the demo NDJSON (sitrep demo) with nothing rejected, corrections included', async () => {
    const { code, output } = await sitrep('demo');
    expect([code, summaryCount(output, 'read'), summaryCount(output, 'appended'), summaryCount(output, 'rejected'), summaryCount(output, 'mapping failures')]).toEqual([0, 25, 25, 0, 0]);
    const demo = (await recordsOnTheLog()).filter((r) => r.nativeId.startsWith('demo-'));
    expect(demo).toHaveLength(25);
    expect(demo.filter((r) => r.op !== 'assert').every((r) => r.supersedesReportIds.length > 0)).toBe(true);
  }, 120_000);

  it('exits 1 and names the files it could not map, importing the rest', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'sitrep-import-bad-'));
    try {
      writeFileSync(path.join(folder, 'broken.json'), '{"incident_code": "TS9');
      writeFileSync(path.join(folder, 'empty-object.json'), '{}');
      writeFileSync(path.join(folder, 'airwars-80902.json'), readFileSync(path.join(airwarsDir, 'airwars-80902.json')));
      const { code, output } = await sitrep('import', 'airwars', folder);
      expect([code, summaryCount(output, 'read'), summaryCount(output, 'duplicate'), summaryCount(output, 'mapping failures')]).toEqual([1, 3, 1, 2]);
      expect(output).toMatch(/could not be mapped \(2\), by reason:[\s\S]*\(broken\.json\)[\s\S]*\(empty-object\.json\)|could not be mapped \(2\), by reason:[\s\S]*\(empty-object\.json\)[\s\S]*\(broken\.json\)/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);
});
