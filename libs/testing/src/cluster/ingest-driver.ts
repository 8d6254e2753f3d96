import type { FedReport } from './report-feed';

/** `unsent`: never tried, because the driver was told to stop first. */
export type ItemStatus = 'accepted' | 'duplicate' | 'rejected' | 'unanswered' | 'unsent';

export interface ItemOutcome {
  status: ItemStatus;
  /** Requests this report was part of. */
  attempts: number;
}

export interface IngestDriverOptions {
  /** Base URLs of the ingest processes running right now, asked before every request. */
  targets: () => string[];
  apiKey: string;
  batchSize: number;
  /** Requests in flight at once. */
  concurrency: number;
  /** A report still without an answer this long after its first attempt is given up (`unanswered`). */
  giveUpAfterMs: number;
  /** Each sender waits this long between its requests (a steady, modest offered load). */
  paceMs?: number;
  /** Asked before each new batch: once true, nothing new is sent (what is in flight finishes). */
  shouldStop?: () => boolean;
}

export interface DriveSummary {
  outcomes: ItemOutcome[];
  /** HTTP status (or `network`) → how many requests ended so. */
  responses: Record<string, number>;
}

interface Pending {
  index: number;
  firstTriedAt?: number;
}

interface BatchResult {
  results: Array<{ index: number; status: 'accepted' | 'duplicate' | 'rejected' | 'retry' }>;
}

/**
 * Posts the feed to ingest over HTTP in batches, round-robin over whatever ingest processes are
 * up, the way a client that wants every report recorded would: a 503, 429, 5xx or a dropped
 * connection sends the batch again (to the next process, after a short back-off); a per-item
 * `retry` sends that item again. Every report ends accepted, duplicate (recorded before),
 * rejected (invalid: e.g. a correction of a report not recorded yet) or unanswered (given up).
 */
export async function driveIngest(feed: FedReport[], options: IngestDriverOptions): Promise<DriveSummary> {
  const outcomes: ItemOutcome[] = feed.map(() => ({ status: 'unsent', attempts: 0 }));
  const responses: Record<string, number> = {};
  // Positions in `feed` (which may be a slice of a larger feed), not the reports' own indexes.
  const queue: Pending[] = feed.map((_, index) => ({ index }));
  let turn = 0;
  let inFlight = 0;

  const sendOne = async (batch: Pending[]) => {
    const now = Date.now();
    for (const p of batch) p.firstTriedAt ??= now;
    batch.forEach((p) => {
      outcomes[p.index].attempts += 1;
      if (outcomes[p.index].status === 'unsent') outcomes[p.index].status = 'unanswered';
    });
    const targets = options.targets();
    const target = targets.length === 0 ? undefined : targets[turn++ % targets.length];
    const answer = target === undefined ? undefined : await post(target, options.apiKey, batch.map((p) => feed[p.index].submission));
    const status = answer?.status ?? 'network';
    responses[status] = (responses[status] ?? 0) + 1;
    const again = settle(batch, answer, outcomes, options.giveUpAfterMs);
    if (again.length > 0) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(2_000, 100 * outcomes[again[0].index].attempts)));
      queue.unshift(...again);
    } else if (options.paceMs) {
      await new Promise((resolve) => setTimeout(resolve, options.paceMs));
    }
  };

  await new Promise<void>((resolve, reject) => {
    const pump = () => {
      if (options.shouldStop?.()) queue.length = 0;
      while (inFlight < options.concurrency && queue.length > 0) {
        const batch = queue.splice(0, options.batchSize);
        inFlight += 1;
        sendOne(batch).then(() => {
          inFlight -= 1;
          pump();
        }, reject);
      }
      if (inFlight === 0 && queue.length === 0) resolve();
    };
    pump();
  });
  return { outcomes, responses };
}

async function post(baseUrl: string, apiKey: string, submissions: unknown[]): Promise<{ status: number; body?: BatchResult } | undefined> {
  try {
    const response = await fetch(`${baseUrl}/v1/reports/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
      body: JSON.stringify(submissions),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    return { status: response.status, body: response.status === 202 ? (JSON.parse(text) as BatchResult) : undefined };
  } catch {
    return undefined;
  }
}

/** Records the final outcomes of a batch; returns the reports to send again. */
function settle(batch: Pending[], answer: { status: number; body?: BatchResult } | undefined, outcomes: ItemOutcome[], giveUpAfterMs: number): Pending[] {
  const again: Pending[] = [];
  const retry = (p: Pending) => (Date.now() - (p.firstTriedAt ?? 0) < giveUpAfterMs ? again.push(p) : undefined);
  if (answer?.status === 202 && answer.body) {
    for (const result of answer.body.results) {
      const pending = batch[result.index];
      if (result.status === 'retry') retry(pending);
      else outcomes[pending.index].status = result.status;
    }
  } else if (answer?.status === 400) {
    for (const p of batch) outcomes[p.index].status = 'rejected';
  } else {
    for (const p of batch) retry(p);
  }
  return again;
}
