import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { nativeIdOf, type ImportSource, type SourceItem } from './import-source';

/**
 * NDJSON: one ReportSubmission per line, already in Sitrep's shape (e.g. data/demo), passed on
 * as written; Sitrep validates it. Blank lines are skipped; a line that is not JSON is a mapping
 * failure named by its line number.
 */
export async function ndjsonLines(file: string): Promise<ImportSource> {
  const { size } = await stat(file);
  return { total: size, unit: 'bytes', items: read(file) };
}

async function* read(file: string): AsyncIterable<SourceItem> {
  let bytes = 0;
  let lineNumber = 0;
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    lineNumber += 1;
    bytes += Buffer.byteLength(line, 'utf8') + 1;
    if (line.trim() === '') continue;
    try {
      const value: unknown = JSON.parse(line);
      yield { label: nativeIdOf(value) ?? `line ${lineNumber}`, progress: bytes, mapped: { ok: true, value } };
    } catch (error) {
      yield { label: `line ${lineNumber}`, progress: bytes, mapped: { ok: false, reason: `line ${lineNumber} is not JSON: ${(error as Error).message}` } };
    }
  }
}
