import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { generateApiKey } from '@sitrep/db';
import { buildSitrep, describeWithSyriaData, freePort, spawnSitrep, syriaDataDir, waitForOk, type SitrepProcess } from '@sitrep/testing';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The independent script: counts straight from the 225 Airwars files, with its own reading of
 * their keys and its own spelling table — none of Sitrep's importers, normalisers or registry.
 */
const GOVERNORATE_IDS: Record<string, string> = {
  Aleppo: 'SY-HL', Idlib: 'SY-ID', 'Al Hassakah': 'SY-HA', Hassakah: 'SY-HA', 'Al Hasakah': 'SY-HA', Hassaka: 'SY-HA',
  Raqqa: 'SY-RA', 'Deir Ezzor': 'SY-DY', Hama: 'SY-HM', Damascus: 'SY-DI', Quneitra: 'SY-QU', Tartus: 'SY-TA',
};

function countFromFiles(dir: string) {
  const perGovernorate = new Map<string, number>();
  const perBelligerent = new Map<string, number>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const record = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    const legacy = record.legacy_incident_fields ?? {};
    const spelling = String(legacy['المحافظة — الأصل'] ?? '').trim() || String(legacy['المنطقة — الأصل'] ?? '').trim();
    if (spelling) {
      const id = GOVERNORATE_IDS[spelling];
      if (!id) throw new Error(`the test's spelling table lacks ${spelling}`);
      perGovernorate.set(id, (perGovernorate.get(id) ?? 0) + 1);
    }
    for (const name of String(record.alleged_belligerent ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
      perBelligerent.set(name, (perBelligerent.get(name) ?? 0) + 1);
    }
  }
  return { perGovernorate, perBelligerent };
}

// The real data through the whole product: import CLI → log → processor → query API.
describeWithSyriaData('225 Airwars incidents: the API counts equal counts taken from the files', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sitrep-airwars-counts-'));
  chmodSync(dataDir, 0o755);
  const airwarsDir = path.join(syriaDataDir() ?? '', 'airwars-incidents-syria-2022');
  const key = generateApiKey();
  let env: Record<string, string>;
  let server: SitrepProcess;
  const get = async (pathAndQuery: string) => {
    const response = await fetch(`${server.baseUrl}${pathAndQuery}`, { headers: { authorization: `Bearer ${key}` } });
    if (!response.ok) throw new Error(`GET ${pathAndQuery} → ${response.status}: ${await response.text()}`);
    return response.json() as Promise<Record<string, unknown>>;
  };

  beforeAll(async () => {
    buildSitrep();
    env = { SITREP_DATA_DIR: dataDir, SITREP_EMBEDDED_PG_PORT: String(await freePort()), LOG_LEVEL: 'warn', SITREP_API_KEY: key };
    server = spawnSitrep(['start'], env, await freePort());
    await waitForOk(`${server.baseUrl}/ready`, server);
    const importer = spawnSitrep(['import', 'airwars', airwarsDir, '--url', server.baseUrl], env, await freePort());
    expect(await importer.exited).toBe(0);
    const deadline = Date.now() + 120_000;
    // The processor projects asynchronously: wait until all 225 incidents are readable.
    while (Date.now() < deadline) {
      const { items } = (await get('/v1/timeline?from=2022-01-01&to=2022-12-31&limit=500')) as { items: unknown[] };
      if (items.length >= 225) break;
      await new Promise((r) => setTimeout(r, 500));
    }
  }, 240_000);

  afterAll(async () => {
    server?.child.kill('SIGTERM');
    if (server) expect(await server.exited).toBe(0);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('projects one incident per Airwars record', async () => {
    const { items } = (await get('/v1/timeline?from=2022-01-01&to=2022-12-31&limit=500')) as { items: unknown[] };
    expect(items).toHaveLength(225);
  });

  it('per governorate', async () => {
    const expected = countFromFiles(airwarsDir).perGovernorate;
    const { items } = (await get('/v1/places/admin1')) as { items: Array<{ id: string; incidents: number }> };
    const actual = new Map(items.filter((g) => g.incidents > 0).map((g) => [g.id, g.incidents]));
    expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected));
    expect([...expected.values()].reduce((a, b) => a + b, 0)).toBe(223);
  });

  it('per belligerent', async () => {
    const expected = countFromFiles(airwarsDir).perBelligerent;
    const actual = new Map<string, number>();
    for (const name of expected.keys()) {
      const page = (await get(`/v1/timeline?actor=${encodeURIComponent(name)}&from=2022-01-01&to=2022-12-31&limit=500`)) as { items: unknown[]; nextCursor: string | null };
      expect(page.nextCursor).toBeNull();
      actual.set(name, page.items.length);
    }
    expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected));
    expect(expected.get('Turkish Military')).toBe(105);
  });
});
