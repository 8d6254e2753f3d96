import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateApiKey } from '@sitrep/db';
import { buildSitrep, freePort, spawnSitrep, waitForOk, type SitrepProcess } from '@sitrep/testing';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Our own rows (no third-party data) in the ACLED codebook and UCDP GED column layouts.
const ACLED = `event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp
SYR990001,2022-01-20,2022,1,Political violence,Battles,Armed clash,Islamic State (Syria),,2,Syrian Democratic Forces,,2,22,,760,Middle East,Syria,Al Hasakeh,Al Hasakeh,Al Hasakeh,Al Hasakeh - Ghuwayran,36.4769,40.7622,1,Rudaw,Regional,"IS attacked al-Sina'a prison (سجن الصناعة).",28,,1643673600
SYR990002,2022-01-21,2022,1,Political violence,Explosions/Remote violence,Shelling/artillery/missile attack,Military Forces of Turkey (2016-),,8,Civilians (Syria),,7,78,Civilian targeting,760,Middle East,Syria,Al Hasakeh,Al Hasakeh,Tell Tamer,Tell Tamer,36.65,40.37,2,North Press Agency,National,Shelling near Tell Tamer.,0,,1643068800
SYR990003,2022-13-45,2022,1,Political violence,Battles,Armed clash,Islamic State (Syria),,2,Syrian Democratic Forces,,2,22,,760,Middle East,Syria,Al Hasakeh,Al Hasakeh,Al Hasakeh,Al Hasakeh,36.5,40.75,3,Rudaw,Regional,,1,,1643068800
`;
const UCDP = `id,relid,year,active_year,code_status,type_of_violence,conflict_new_id,conflict_name,dyad_new_id,dyad_name,side_a,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low
990001,SYR-2022-2-990-1,2022,1,Clear,2,990,SDF - IS,991,SDF - IS,SDF,IS,1,,Reuters,2022-01-22,IS attack on Hasakah prison,SDF,1,Ghuwayran prison,"al-Sina'a prison, Ghuwayran",al-Hasakah governorate,al-Hasakah district,36.4769,40.7622,,Syria,652,Middle East,1,1,2022-01-20,2022-01-20,10,18,2,0,30,45,28
990002,SYR-2022-1-992-1,2022,1,Clear,1,992,Syria: Government,993,Government of Turkey - SDF,Government of Turkey,SDF,1,,North Press Agency,2022-01-23,Turkish shelling near Tell Tamer,,2,Tell Tamer,villages around Tell Tamer,al-Hasakah governorate,al-Hasakah district,36.65,40.37,,Syria,652,Middle East,1,2,2022-01-21,2022-01-22,0,0,1,0,1,1,1
`;

const summaryCount = (output: string, name: string): number => Number(new RegExp(`^\\s+${name}:\\s+(\\d+)$`, 'm').exec(output)?.[1] ?? NaN);

// The CSV importers as a user runs them: `sitrep import acled|ucdp <file>` against a running server.
describe('sitrep import acled / ucdp (CSV, streamed)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-import-csv-'));
  chmodSync(dir, 0o755);
  let env: Record<string, string>;
  let server: SitrepProcess;

  beforeAll(async () => {
    buildSitrep();
    writeFileSync(path.join(dir, 'acled.csv'), ACLED);
    writeFileSync(path.join(dir, 'ucdp.csv'), UCDP);
    env = { SITREP_DATA_DIR: path.join(dir, 'data'), SITREP_EMBEDDED_PG_PORT: String(await freePort()), LOG_LEVEL: 'warn', SITREP_API_KEY: generateApiKey() };
    server = spawnSitrep(['start'], env, await freePort());
    await waitForOk(`${server.baseUrl}/ready`, server);
  }, 180_000);

  afterAll(async () => {
    server?.child.kill('SIGTERM');
    if (server) expect(await server.exited).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  async function importFile(...args: string[]) {
    const proc = spawnSitrep(['import', ...args, '--url', server.baseUrl], env, await freePort());
    return { code: await proc.exited, output: proc.output() };
  }

  it('imports ACLED rows, names the row it cannot map, and appends nothing on a second import', async () => {
    const first = await importFile('acled', path.join(dir, 'acled.csv'));
    expect([first.code, summaryCount(first.output, 'read'), summaryCount(first.output, 'appended'), summaryCount(first.output, 'mapping failures')]).toEqual([1, 3, 2, 1]);
    expect(first.output).toMatch(/event_date is not a calendar day.*2022-13-45.*\(row 3\)/);
    const again = await importFile('acled', path.join(dir, 'acled.csv'));
    expect([summaryCount(again.output, 'appended'), summaryCount(again.output, 'duplicate')]).toEqual([0, 2]);
  }, 120_000);

  it('imports UCDP GED rows with their dataset version, and appends nothing on a second import', async () => {
    const first = await importFile('ucdp', path.join(dir, 'ucdp.csv'), '--dataset-version', '22.1');
    expect([first.code, summaryCount(first.output, 'read'), summaryCount(first.output, 'appended')]).toEqual([0, 2, 2]);
    const again = await importFile('ucdp', path.join(dir, 'ucdp.csv'), '--dataset-version', '22.1');
    expect([again.code, summaryCount(again.output, 'appended'), summaryCount(again.output, 'duplicate')]).toEqual([0, 0, 2]);
  }, 120_000);
});
