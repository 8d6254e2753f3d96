import type { TimelineRow } from '@sitrep/db';
import type { Response } from 'express';
import { once } from 'node:events';
import { toIncidentSummary } from '../timeline-filter/incident-summary';
import type { ExportFormat } from './export-formats';

/**
 * Streams batches to the client as they are read, one batch in memory at a time, waiting for the
 * socket to drain. The first batch is read before any header goes out, so a failing query still
 * answers a proper error; a failure later can only cut the stream short. A client that hangs up
 * stops the reading.
 */
export async function writeExport(res: Response, batches: AsyncGenerator<TimelineRow[]>, format: ExportFormat): Promise<void> {
  const first = await batches.next();
  res.status(200);
  res.setHeader('content-type', format.contentType);
  res.setHeader('content-disposition', `attachment; filename="sitrep-timeline.${format.extension}"`);
  res.setHeader('cache-control', 'no-store');
  try {
    await write(res, format.head());
    let batch = first;
    while (!batch.done && !res.destroyed) {
      await write(res, batch.value.map((row) => format.item(toIncidentSummary(row))).join(''));
      batch = await batches.next();
    }
    await write(res, format.tail());
    res.end();
  } catch (error) {
    res.destroy(error instanceof Error ? error : new Error(String(error)));
  } finally {
    await batches.return(undefined);
  }
}

async function write(res: Response, chunk: string): Promise<void> {
  if (chunk === '' || res.destroyed) return;
  if (!res.write(chunk)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
}
