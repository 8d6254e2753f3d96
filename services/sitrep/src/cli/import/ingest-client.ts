import type { ValidationIssue } from '@sitrep/contracts';

/** One item's outcome, as POST /v1/reports/batch answers it. */
export interface ItemResult {
  index: number;
  status: 'accepted' | 'duplicate' | 'rejected' | 'retry';
  reportId?: string;
  issues?: ValidationIssue[];
}

export interface IngestClientOptions {
  /** Sent as `Authorization: Bearer …` when set (a key with the ingest scope). */
  apiKey?: string;
  /** 503s (the log is down) and 429s (over the key's rate) waited out, each for its Retry-After. */
  unavailableRetries: number;
  /** Refused or dropped connections retried (Sitrep restarting), with a doubling pause. */
  connectRetries: number;
  maxWaitMs: number;
  sleep: (ms: number) => Promise<void>;
  onWait?: (message: string) => void;
}

const DEFAULTS: IngestClientOptions = {
  unavailableRetries: 30,
  connectRetries: 4,
  maxWaitMs: 60_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Talks to a running Sitrep's ingest API, embedded or scaled alike. Re-sending is always safe:
 * Sitrep appends a report once however often it arrives, so every retry here is idempotent.
 */
export class IngestClient {
  private readonly options: IngestClientOptions;

  constructor(
    private readonly baseUrl: string,
    options: Partial<IngestClientOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** `reports` are JSON texts, sent as one JSON array. A batch too large for one request is split. */
  async postBatch(reports: string[]): Promise<ItemResult[]> {
    const response = await this.send(`[${reports.join(',')}]`);
    if (response.status === 413) {
      await response.body?.cancel();
      return this.split(reports);
    }
    const body = (await response.json().catch(() => ({}))) as { results?: ItemResult[]; message?: unknown };
    // 400 with results: every item of the batch was invalid; each still has its own issues.
    if ((response.status === 202 || response.status === 400) && Array.isArray(body.results) && body.results.length === reports.length) {
      return body.results.map((result, index) => ({ ...result, index }));
    }
    const hint = response.status === 401 || response.status === 403 ? ' (give a key with the ingest scope: --api-key or SITREP_API_KEY)' : '';
    throw new Error(`POST ${this.baseUrl}/v1/reports/batch answered ${response.status}: ${JSON.stringify(body.message ?? body)}${hint}`);
  }

  private async split(reports: string[]): Promise<ItemResult[]> {
    if (reports.length === 1) return [{ index: 0, status: 'rejected', issues: [{ path: '(root)', reason: 'the report is larger than Sitrep accepts in one request (413)' }] }];
    const half = Math.ceil(reports.length / 2);
    const [first, second] = [await this.postBatch(reports.slice(0, half)), await this.postBatch(reports.slice(half))];
    return [...first, ...second.map((result) => ({ ...result, index: result.index + half }))];
  }

  private async send(body: string): Promise<Response> {
    let unavailable = 0;
    let refused = 0;
    for (;;) {
      let response: Response;
      try {
        response = await fetch(`${this.baseUrl}/v1/reports/batch`, { method: 'POST', headers: this.headers(), body });
      } catch (error) {
        if (++refused > this.options.connectRetries) throw new Error(`cannot reach Sitrep at ${this.baseUrl} (${describe(error)}); is it running? (npm start)`);
        await this.wait(250 * 2 ** refused, `cannot reach ${this.baseUrl} (${describe(error)})`);
        continue;
      }
      if ((response.status !== 503 && response.status !== 429) || ++unavailable > this.options.unavailableRetries) return response;
      await response.body?.cancel();
      const why = response.status === 503 ? 'Sitrep answered 503 (its log is unavailable)' : 'Sitrep answered 429 (too many requests for this key)';
      await this.wait(retryAfterMs(response.headers.get('retry-after')), why);
    }
  }

  private headers(): Record<string, string> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.options.apiKey) headers.authorization = `Bearer ${this.options.apiKey}`;
    return headers;
  }

  private async wait(ms: number, why: string): Promise<void> {
    const capped = Math.min(ms, this.options.maxWaitMs);
    this.options.onWait?.(`${why}; retrying in ${(capped / 1000).toFixed(1)} s`);
    await this.options.sleep(capped);
  }
}

/** Retry-After is seconds or an HTTP date; absent or unreadable means 5 s. */
export function retryAfterMs(header: string | null, now = Date.now()): number {
  if (header === null) return 5_000;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? 5_000 : Math.max(0, at - now);
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? String(error);
}
