import { readFileSync } from 'node:fs';

export interface VisibilityJob {
  ingestUrl: string;
  queryUrl: string;
  apiKey: string;
  /** Offered reports per second, background and probes together. */
  rate: number;
  seconds: number;
  /** Background reports go in batches of this many (POST /v1/reports/batch); 1 = single requests. */
  batchSize: number;
  /** Probe reports per second (single POST /v1/reports each, then polled on the query API). */
  probesPerSecond: number;
  /** Background bodies, one per line (a report, or a JSON array of `batchSize` reports). */
  bodiesFile: string;
  /** Probe bodies, one report per line. */
  probesFile: string;
  pollMs: number;
  /** A probe not readable after this long counts as not visible. */
  visibleTimeoutMs: number;
  /** More requests than this in flight and the driver holds back (and says so). */
  maxInFlight: number;
}

export interface VisibilityOutcome {
  offeredRate: number;
  /** Reports accepted per second within the sending window (answers that came back in it). */
  acceptedRate: number;
  /** Reports accepted in all, including answers after the window closed. */
  acceptedTotal: number;
  sendSeconds: number;
  probesSent: number;
  /** Append → visible, ms, of every probe that became readable. */
  visibleMs: number[];
  notVisible: number;
  /** The probes' own POST round trips, ms. */
  ingestMs: number[];
  heldBack: number;
  errors: number;
  firstError?: string;
}

/**
 * Open-loop load at a fixed offered rate: background reports (batched) plus probe reports, each
 * probe an incident of its own; after a probe's POST returns, its incident is polled on the query
 * API (GET /v1/incidents/inc-<reportId>) every `pollMs` until it answers 200. Latency = that 200's
 * arrival − the POST's return: a pessimistic figure (it includes one read), resolution `pollMs`.
 */
export async function runVisibility(job: VisibilityJob): Promise<VisibilityOutcome> {
  const bodies = readFileSync(job.bodiesFile, 'utf8').split('\n').filter((l) => l !== '');
  const probes = readFileSync(job.probesFile, 'utf8').split('\n').filter((l) => l !== '');
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${job.apiKey}` };
  const backgroundPerSecond = (job.rate - job.probesPerSecond) / job.batchSize;
  const out: VisibilityOutcome = { offeredRate: job.rate, acceptedRate: 0, acceptedTotal: 0, sendSeconds: 0, probesSent: 0, visibleMs: [], notVisible: 0, ingestMs: [], heldBack: 0, errors: 0 };
  let accepted = 0;
  let inFlight = 0;
  const pending: Promise<void>[] = [];
  const fail = (error: unknown) => {
    out.errors++;
    out.firstError ??= String(error);
  };

  const sendBackground = async (body: string) => {
    const url = job.batchSize > 1 ? `${job.ingestUrl}/v1/reports/batch` : `${job.ingestUrl}/v1/reports`;
    const response = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(60_000) });
    const json = (await response.json()) as { summary?: { accepted: number }; status?: string };
    if (response.status !== 202) throw new Error(`ingest answered ${response.status}`);
    accepted += job.batchSize > 1 ? (json.summary?.accepted ?? 0) : json.status === 'accepted' ? 1 : 0;
  };

  const sendProbe = async (body: string) => {
    const t0 = performance.now();
    const response = await fetch(`${job.ingestUrl}/v1/reports`, { method: 'POST', headers, body, signal: AbortSignal.timeout(60_000) });
    const json = (await response.json()) as { reportId?: string; status?: string };
    const returned = performance.now();
    if (response.status !== 202 || !json.reportId) throw new Error(`probe ingest answered ${response.status} ${JSON.stringify(json).slice(0, 200)}`);
    accepted++;
    out.ingestMs.push(returned - t0);
    const url = `${job.queryUrl}/v1/incidents/inc-${json.reportId}`;
    while (performance.now() - returned < job.visibleTimeoutMs) {
      const r = await fetch(url, { headers, signal: AbortSignal.timeout(10_000) });
      await r.arrayBuffer();
      if (r.status === 200) {
        out.visibleMs.push(performance.now() - returned);
        return;
      }
      if (r.status !== 404) throw new Error(`query API answered ${r.status} for ${url}`);
      await new Promise((resolve) => setTimeout(resolve, job.pollMs));
    }
    out.notVisible++;
  };

  const launch = (work: () => Promise<void>) => {
    if (inFlight >= job.maxInFlight) {
      out.heldBack++;
      return;
    }
    inFlight++;
    pending.push(work().catch(fail).finally(() => inFlight--));
  };

  const start = performance.now();
  let sentBackground = 0;
  let sentProbes = 0;
  const end = start + job.seconds * 1000;
  while (performance.now() < end) {
    const elapsed = (performance.now() - start) / 1000;
    while (sentBackground < Math.floor(elapsed * backgroundPerSecond) && sentBackground < bodies.length) {
      const body = bodies[sentBackground++];
      launch(() => sendBackground(body));
    }
    while (sentProbes < Math.floor(elapsed * job.probesPerSecond) && sentProbes < probes.length) {
      const body = probes[sentProbes++];
      launch(() => sendProbe(body));
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  out.sendSeconds = (performance.now() - start) / 1000;
  out.acceptedRate = accepted / out.sendSeconds;
  out.probesSent = sentProbes;
  await Promise.all(pending);
  out.acceptedTotal = accepted;
  return out;
}
