import { beforeAll, expect, it } from '@jest/globals';
import { describeWithSyriaData, syriaDataDir } from '@sitrep/testing';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildRegistry } from './build-registry';
import type { ActorRegistry } from './actor';
import { parseUcdpActorCsv, type UcdpActorImport } from './parse-ucdp-actor-csv';
import { ancestorIds, lookupActorName, resolveActor } from './resolve-actor';
import { seedRegistry, standardActorRegistry } from './standard-actor-registry';

/** Real third-party files (UCDP CC BY 4.0; Airwars not open): read at run time, never copied. */
const readShared = (file: string): string => readFileSync(path.join(syriaDataDir() ?? '', file), 'utf8');

/** Airwars' "alleged_belligerent" cells, split where Airwars lists several ("U.S.-led Coalition, YPG"). */
function airwarsBelligerents(): string[] {
  const rows = parse(readShared('airwars-syria-2022-index.csv'), { columns: true, bom: true }) as Array<Record<string, string>>;
  const names = rows.flatMap((row) => row.alleged_belligerent.split(',')).map((name) => name.trim());
  return [...new Set(names.filter((name) => name !== ''))];
}

const IS_NAMES = ['ISIS', 'IS', 'ISIL', 'Daesh', 'Islamic State'];

describeWithSyriaData('UCDP Actor Dataset v22.1 (ucdp-actor-221.csv)', () => {
  // Read in beforeAll, not in the describe body: Jest runs a skipped describe's body too.
  let text = '';
  let ucdp: UcdpActorImport = { actors: [], rejected: [], warnings: [] };
  let registry: ActorRegistry = seedRegistry();
  beforeAll(() => {
    text = readShared('ucdp-actor-221.csv');
    ucdp = parseUcdpActorCsv(text);
    registry = standardActorRegistry(text).registry;
  });

  it('parses all 1,725 actors the README counts, rejecting none', () => {
    const records = parse(text, { columns: true, bom: true }) as unknown[];
    expect(ucdp.rejected).toEqual([]);
    expect(ucdp.actors).toHaveLength(records.length);
    expect(ucdp.actors).toHaveLength(1725);
  });

  it('resolves ISIS, IS, ISIL, Daesh and Islamic State to ucdp:234 once merged with the seed', () => {
    for (const name of IS_NAMES) expect([name, resolveActor(registry, name)?.id]).toEqual([name, 'ucdp:234']);
  });

  it('on its own already knows IS by ISIS and IS, but "Islamic State" is also Darul Islam there', () => {
    const ucdpOnly = buildRegistry(ucdp.actors);
    expect(resolveActor(ucdpOnly, 'ISIS')?.id).toBe('ucdp:234');
    expect(resolveActor(ucdpOnly, 'IS')?.id).toBe('ucdp:234');
    const lookup = lookupActorName(ucdpOnly, 'Islamic State');
    expect(lookup.status === 'ambiguous' && lookup.candidates.map((actor) => actor.id).sort()).toEqual(['ucdp:217', 'ucdp:234']);
  });

  it('puts PYD under SDF (ucdp:6288), from the file alone and merged', () => {
    expect(ucdp.actors.find((actor) => actor.id === 'ucdp:4163')?.parentId).toBe('ucdp:6288');
    expect(ancestorIds(registry, resolveActor(registry, 'PYD')?.id ?? '')).toEqual(['ucdp:6288']);
  });

  it('keeps the seed names and adds UCDP spellings to the same actors', () => {
    expect(resolveActor(registry, 'Government of Turkey')?.id).toBe('ucdp:115');
    expect(resolveActor(registry, 'Government of Russia (Soviet Union)')?.name).toBe('Government of Russia');
    expect(resolveActor(registry, 'Jama’at Al-Tawhid wa Al-Jihad')?.id).toBe('ucdp:234');
    expect(registry.actors.size).toBe(ucdp.actors.length + 2);
  });

  it('has no actor among its own ancestors', () => {
    for (const id of registry.actors.keys()) expect([id, ancestorIds(registry, id).includes(id)]).toEqual([id, false]);
  });
});

describeWithSyriaData('Airwars belligerents (airwars-syria-2022-index.csv)', () => {
  it('resolve through the seed alone, except the deliberately ambiguous "Kurdish Forces"', () => {
    const registry = seedRegistry();
    const names = airwarsBelligerents();
    expect(names).toEqual(expect.arrayContaining(['Turkish Military', 'Russian Military', 'YPG', 'U.S.-led Coalition', 'Israeli Military']));
    const unresolved = names.filter((name) => resolveActor(registry, name) === null);
    expect(unresolved).toEqual(['Kurdish Forces']);
  });

  it('resolve the same way once UCDP is merged in', () => {
    const seed = seedRegistry();
    const { registry } = standardActorRegistry(readShared('ucdp-actor-221.csv'));
    for (const name of airwarsBelligerents()) {
      expect([name, resolveActor(registry, name)?.id]).toEqual([name, resolveActor(seed, name)?.id]);
    }
  });
});
