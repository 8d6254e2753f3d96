import type { TableChecksum } from '@sitrep/db';
import type { ProjectionProgress } from './projection-progress';

export interface ReadModelVerdict {
  live: string;
  rebuilt: string;
  liveChecksums: Record<string, TableChecksum>;
  rebuiltChecksums: Record<string, TableChecksum>;
  /** Tables whose rows differ between the live read model and the clean rebuild. */
  differing: string[];
}

/**
 * The live read model (after every fault) against a clean rebuild from offset 0 into a fresh
 * schema by one instance (POST /v1/admin/rebuild on `processorUrl`), table by table. Call it with
 * the log quiet and the live model caught up.
 */
export async function compareWithRebuild(db: ProjectionProgress, processorUrl: string, apiKey: string, timeoutMs = 900_000): Promise<ReadModelVerdict> {
  const headers = { authorization: `Bearer ${apiKey}` };
  const live = await db.liveSchema();
  const liveChecksums = await db.checksums(live);
  const started = await fetch(`${processorUrl}/v1/admin/rebuild`, { method: 'POST', headers });
  if (started.status !== 202) throw new Error(`the rebuild did not start: ${started.status} ${await started.text()}`);
  const { buildingSchema: rebuilt } = (await started.json()) as { buildingSchema: string };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = (await (await fetch(`${processorUrl}/v1/admin/rebuild`, { headers })).json()) as { liveSchema: string; state: string; lastError: string | null };
    if (status.liveSchema === rebuilt && status.state === 'idle') break;
    if (Date.now() > deadline) throw new Error(`the rebuild into ${rebuilt} did not finish within ${timeoutMs} ms: ${JSON.stringify(status)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const rebuiltChecksums = await db.checksums(rebuilt);
  const tables = new Set([...Object.keys(liveChecksums), ...Object.keys(rebuiltChecksums)]);
  const differing = [...tables].filter((t) => JSON.stringify(liveChecksums[t]) !== JSON.stringify(rebuiltChecksums[t]));
  return { live, rebuilt, liveChecksums, rebuiltChecksums, differing };
}
