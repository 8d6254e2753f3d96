import { mapAirwarsIncident } from '@sitrep/domain-importers';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ImportSource, SourceItem } from './import-source';

/** Airwars: a folder of incident JSON files (or one file), one report per file, in name order. */
export async function airwarsFiles(location: string): Promise<ImportSource> {
  const files = (await stat(location)).isDirectory()
    ? (await readdir(location)).filter((name) => name.endsWith('.json')).sort().map((name) => path.join(location, name))
    : [location];
  return { total: files.length, unit: 'files', items: read(files) };
}

async function* read(files: string[]): AsyncIterable<SourceItem> {
  let done = 0;
  for (const file of files) {
    done += 1;
    const text = await readFile(file, 'utf8');
    const label = path.basename(file);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      yield { label, progress: done, mapped: { ok: false, reason: `not JSON: ${(error as Error).message}` } };
      continue;
    }
    yield { label, progress: done, mapped: mapAirwarsIncident(json, text) };
  }
}
