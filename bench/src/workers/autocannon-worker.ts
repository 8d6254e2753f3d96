import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';

export interface AutocannonJob {
  url: string;
  /** One request body per line (a report, or a JSON array of reports for /batch). */
  bodiesFile: string;
  connections: number;
  apiKey: string;
  timeoutSeconds: number;
}

export interface AutocannonOutcome {
  requests: number;
  ok2xx: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  durationSeconds: number;
  /** Completed 2xx requests per second over the whole run (not autocannon's per-second mean). */
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
}

/**
 * Runs in its own process (autocannon's own CPU must not be charged to Sitrep, and vice versa as
 * far as two cores allow): each request takes the next body, so no report is sent twice.
 */
export async function runAutocannonJob(job: AutocannonJob): Promise<AutocannonOutcome> {
  const bodies = readFileSync(job.bodiesFile, 'utf8').split('\n').filter((line) => line !== '');
  let next = 0;
  const result = await autocannon({
    url: job.url,
    connections: Math.min(job.connections, bodies.length),
    amount: bodies.length,
    timeout: job.timeoutSeconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${job.apiKey}` },
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
      },
    ],
  });
  return {
    requests: bodies.length,
    ok2xx: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    durationSeconds: result.duration,
    requestsPerSecond: result['2xx'] / result.duration,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max, mean: result.latency.mean },
  };
}
