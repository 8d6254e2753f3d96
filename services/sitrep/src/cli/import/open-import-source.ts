import { mapAcledRow, mapUcdpGedRow } from '@sitrep/domain-importers';
import { airwarsFiles } from './airwars-files';
import { csvRows } from './csv-rows';
import type { ImportKind, ImportSource } from './import-source';
import { ndjsonLines } from './ndjson-lines';

export interface SourceOptions {
  /** UCDP release ("22.1"): it is the revision of every row, so it is required for ucdp. */
  datasetVersion?: string;
}

/** Reads `location` as `kind` and maps each record with libs/domain/importers. */
export async function openImportSource(kind: ImportKind, location: string, options: SourceOptions): Promise<ImportSource> {
  switch (kind) {
    case 'airwars':
      return airwarsFiles(location);
    case 'acled':
      return csvRows(location, mapAcledRow);
    case 'ucdp': {
      const version = options.datasetVersion?.trim();
      if (!version) throw new Error('ucdp needs --dataset-version (the GED release, e.g. 22.1): it is the revision of every row');
      return csvRows(location, (row) => mapUcdpGedRow(row, version));
    }
    case 'ndjson':
      return ndjsonLines(location);
    default: {
      const exhaustive: never = kind;
      return exhaustive;
    }
  }
}
