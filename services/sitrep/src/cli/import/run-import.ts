import { emptyTally, type ImportTally } from './import-tally';
import type { IngestClient, ItemResult } from './ingest-client';
import type { ImportProgress } from './import-progress';
import type { ImportSource } from './import-source';

/** Well under the server's 16 MB body limit: Airwars files alone can be 200 kB each. */
export const MAX_BATCH_BYTES = 8 * 1024 * 1024;
/** "Being appended by another request" resolves within seconds; after this many rounds it is a failure. */
const RETRY_ROUNDS = 5;

interface Pending {
  label: string;
  json: string;
}

export interface RunImportOptions {
  batchSize: number;
  progress: (total: number, unit: ImportSource['unit']) => ImportProgress;
  sleep?: (ms: number) => Promise<void>;
}

/** Reads, maps and posts the source batch by batch, counting every record's outcome. */
export async function runImport(source: ImportSource, client: IngestClient, options: RunImportOptions): Promise<ImportTally> {
  const tally = emptyTally();
  const progress = options.progress(source.total, source.unit);
  let batch: Pending[] = [];
  let bytes = 0;
  let position = 0;
  const flush = async () => {
    if (batch.length > 0) await sendBatch(batch, client, tally, options.sleep);
    batch = [];
    bytes = 0;
    progress.update(position, tally);
  };
  try {
    for await (const item of source.items) {
      const json = item.mapped.ok ? JSON.stringify(item.mapped.value) : '';
      const size = Buffer.byteLength(json, 'utf8');
      if (item.mapped.ok && (batch.length >= options.batchSize || (batch.length > 0 && bytes + size > MAX_BATCH_BYTES))) await flush();
      tally.read += 1;
      position = item.progress;
      if (item.mapped.ok) {
        batch.push({ label: item.label, json });
        bytes += size;
      } else {
        tally.unmapped.push({ label: item.label, reasons: [item.mapped.reason] });
      }
    }
    await flush();
  } finally {
    progress.stop();
  }
  return tally;
}

async function sendBatch(items: Pending[], client: IngestClient, tally: ImportTally, sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))): Promise<void> {
  let pending = items;
  for (let round = 1; pending.length > 0; round++) {
    const results = await client.postBatch(pending.map((p) => p.json));
    const again: Pending[] = [];
    results.forEach((result, i) => count(result, pending[i], tally, again, round));
    pending = again;
    if (pending.length > 0) await sleep(1_000);
  }
}

function count(result: ItemResult, item: Pending, tally: ImportTally, again: Pending[], round: number): void {
  switch (result.status) {
    case 'accepted':
      tally.appended += 1;
      return;
    case 'duplicate':
      tally.duplicate += 1;
      return;
    case 'rejected':
      tally.rejected.push({ label: item.label, reasons: (result.issues ?? [{ path: '(root)', reason: 'rejected' }]).map((i) => `${i.path}: ${i.reason}`) });
      return;
    case 'retry':
      if (round < RETRY_ROUNDS) again.push(item);
      else tally.rejected.push({ label: item.label, reasons: [`still being appended by another request after ${RETRY_ROUNDS} attempts; import again`] });
      return;
    default: {
      const exhaustive: never = result.status;
      return exhaustive;
    }
  }
}
