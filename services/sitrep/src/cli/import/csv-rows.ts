import type { CsvRow, MapResult } from '@sitrep/domain-importers';
import { parse } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { nativeIdOf, type ImportSource, type SourceItem } from './import-source';

interface ParsedRow {
  record: CsvRow;
  info: { bytes: number; records: number };
}

/**
 * ACLED or UCDP GED: one CSV with a header row, streamed (a full GED release is hundreds of MB).
 * Parsed as the importers' parseCsv does (columns from the header, BOM dropped, blank lines
 * skipped); malformed CSV stops the import with csv-parse's error, which names the line.
 */
export async function csvRows(file: string, map: (row: CsvRow) => MapResult<unknown>): Promise<ImportSource> {
  const { size } = await stat(file);
  return { total: size, unit: 'bytes', items: read(file, map) };
}

async function* read(file: string, map: (row: CsvRow) => MapResult<unknown>): AsyncIterable<SourceItem> {
  const parser = createReadStream(file).pipe(parse({ columns: true, bom: true, skip_empty_lines: true, info: true }));
  for await (const { record, info } of parser as AsyncIterable<ParsedRow>) {
    const mapped = map(record);
    const label = (mapped.ok && nativeIdOf(mapped.value)) || `row ${info.records}`;
    yield { label, progress: info.bytes, mapped };
  }
}
