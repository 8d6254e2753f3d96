/** Outcome counts of an ingest call, per item (see services/ingest-api: accepted | duplicate | rejected | retry). */
export type Outcomes = Record<string, number>;

export function authHeaders(apiKey: string): Record<string, string> {
  return { authorization: `Bearer ${apiKey}` };
}

export async function postJson(url: string, body: string, apiKey: string, timeoutMs = 60_000): Promise<{ status: number; json: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authHeaders(apiKey) },
    body,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let json: unknown = text;
  try {
    json = JSON.parse(text);
  } catch {
    // keep the text
  }
  return { status: response.status, json };
}

/**
 * Sends batch bodies (JSON arrays) to POST /v1/reports/batch, `concurrency` at a time, and counts
 * item outcomes. Used to fill the log before a catch-up measurement, not as a measurement itself.
 */
export async function postBatches(baseUrl: string, bodies: string[], apiKey: string, concurrency: number): Promise<Outcomes> {
  const outcomes: Outcomes = {};
  let next = 0;
  const worker = async () => {
    while (next < bodies.length) {
      const body = bodies[next++];
      const { status, json } = await postJson(`${baseUrl}/v1/reports/batch`, body, apiKey);
      if (status !== 202) throw new Error(`POST /v1/reports/batch answered ${status}: ${JSON.stringify(json).slice(0, 500)}`);
      const summary = (json as { summary: Record<string, number> }).summary;
      for (const [status, n] of Object.entries(summary)) outcomes[status] = (outcomes[status] ?? 0) + n;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return outcomes;
}
