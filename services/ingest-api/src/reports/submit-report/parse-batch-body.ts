/** Most reports in one batch request. Larger imports send several batches (the CLI does). */
export const MAX_BATCH_ITEMS = 1000;

export type BatchItem = { ok: true; value: unknown } | { ok: false; reason: string };
export type BatchBody = { ok: true; items: BatchItem[] } | { ok: false; reason: string };

/** A batch is a JSON array, or NDJSON (one report per line; blank lines ignored). */
export function parseBatchBody(body: unknown, contentType: string | undefined): BatchBody {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/x-ndjson' || type === 'application/ndjson') {
    if (typeof body !== 'string') return { ok: false, reason: 'an NDJSON body must be text' };
    return bounded(parseNdjson(body));
  }
  if (!Array.isArray(body)) return { ok: false, reason: 'a batch must be a JSON array of reports, or NDJSON (Content-Type: application/x-ndjson)' };
  return bounded(body.map((value): BatchItem => ({ ok: true, value })));
}

function parseNdjson(text: string): BatchItem[] {
  return text
    .split('\n')
    .map((line, n) => ({ line: line.trim(), n }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, n }): BatchItem => {
      try {
        return { ok: true, value: JSON.parse(line) };
      } catch (error) {
        return { ok: false, reason: `line ${n + 1} is not JSON: ${(error as Error).message}` };
      }
    });
}

function bounded(items: BatchItem[]): BatchBody {
  if (items.length === 0) return { ok: false, reason: 'the batch is empty' };
  if (items.length > MAX_BATCH_ITEMS) return { ok: false, reason: `a batch holds at most ${MAX_BATCH_ITEMS} reports; this one has ${items.length}` };
  return { ok: true, items };
}
