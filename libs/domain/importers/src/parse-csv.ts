import { parse } from 'csv-parse/sync';
import type { CsvRow } from './shared/csv-fields';

/**
 * Parses CSV text with a header row into one record per line (column name → cell text).
 * A byte-order mark is dropped and blank lines are skipped. The caller reads the file; this
 * function does no I/O. Malformed CSV (an unclosed quote, a row with the wrong number of cells)
 * throws csv-parse's CsvError, which names the line: the whole file is unusable then, so it is not a
 * per-record outcome.
 */
export function parseCsv(text: string): CsvRow[] {
  return parse(text, { columns: true, bom: true, skip_empty_lines: true }) as CsvRow[];
}
