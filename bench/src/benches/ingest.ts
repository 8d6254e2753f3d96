import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Client } from 'pg';
import { embeddedDeployment, scaledDeployment, type BenchSettings, type Deployment } from '../infra/deployment';
import { outPath } from '../infra/repo';
import type { SitrepProcess } from '../infra/sitrep-process';
import { batchLines, keyedLines, singleLines, writeReports } from '../generate/report-files';
import { pollUntil } from '../measure/poll';
import { BenchReport } from '../report/bench-report';
import type { Options } from '../options';
import type { AutocannonOutcome } from '../workers/autocannon-worker';
import { runWorker } from '../workers/run-worker';

const execFileAsync = promisify(execFile);
const INBOUND_TOPIC = 'sitrep.reports.inbound.v1';

export interface IngestConfig {
  runs: number;
  modes: string[];
  singles: number;
  singleConnections: number;
  batches: number;
  batchSize: number;
  batchConnections: number;
  inbound: number;
  seed: number;
}

export function ingestConfig(options: Options): IngestConfig {
  return {
    runs: options.int('runs', 3, { max: 50 }),
    modes: options.list('modes', 'scaled,embedded'),
    singles: options.int('singles', 5_000, { min: 0 }),
    singleConnections: options.int('single-connections', 16, { max: 1000 }),
    batches: options.int('batches', 30, { min: 0 }),
    batchSize: options.int('batch-size', 1_000, { max: 1_000 }),
    batchConnections: options.int('batch-connections', 4, { max: 64 }),
    inbound: options.int('inbound', 30_000, { min: 0 }),
    seed: options.int('seed', 20220120, { min: 0, max: 2 ** 31 }),
  };
}

/**
 * Figure 1 (and the ingest half of 6): HTTP single-report requests/s with p50/p99 (autocannon),
 * batch reports/s, and Kafka-inbound reports/s; scaled = `sitrep serve ingest-api` on Kafka,
 * embedded = `sitrep start` (every service in one process, the log a table).
 */
export async function ingestBench(options: Options, settings: BenchSettings): Promise<BenchReport> {
  const config = ingestConfig(options);
  const report = new BenchReport('ingest', { ...config, partitions: settings.partitions });
  for (let run = 1; run <= config.runs; run++) {
    for (const mode of config.modes) {
      const detail = report.beginRun(run);
      detail.mode = mode;
      const label = `ingest-${mode}-r${run}`;
      const deployment = mode === 'scaled' ? await scaledDeployment(settings, label) : await embeddedDeployment(settings, label);
      try {
        await ingestRun(deployment, config, run, label, report, detail);
      } finally {
        await deployment.stop();
        report.endRun();
      }
    }
  }
  report.notes.push(
    'Each request carries a distinct generated report (skewed governorates, actors, outlets; ~3 % supersedes, ~1 % retracts); autocannon runs in its own process.',
    'Scaled: ingest-api alone (Kafka acks=all + ledger in PostgreSQL). Embedded: `sitrep start`, so the stream processor and the other services share the process while ingest is measured.',
  );
  return report;
}

async function ingestRun(deployment: Deployment, config: IngestConfig, run: number, label: string, report: BenchReport, detail: Record<string, unknown>) {
  const mode = deployment.mode;
  let ingest: SitrepProcess = await deployment.start(mode === 'scaled' ? ['serve', 'ingest-api'] : ['start'], mode === 'scaled' ? 'ingest-api' : 'start');
  const client = await deployment.connect();
  try {
    const apiKey = deployment.env.SITREP_API_KEY;
    if (config.singles > 0) {
      const singlesFile = outPath('data', `${label}-singles.ndjson`);
      await writeReports(singlesFile, config.singles, { seed: config.seed + run, tag: `${label}-s` }, 1, singleLines);
      const single = await runWorker<AutocannonOutcome>('autocannon', { url: `${ingest.baseUrl}/v1/reports`, bodiesFile: singlesFile, connections: config.singleConnections, apiKey, timeoutSeconds: 30 }, `${label}-autocannon-single`, 30 * 60_000);
      detail.single = single;
      report.add(`${mode}.single.rps`, `${mode}: HTTP single reports`, 'req/s', single.requestsPerSecond);
      report.add(`${mode}.single.p50`, `${mode}: HTTP single p50`, 'ms', single.latencyMs.p50);
      report.add(`${mode}.single.p99`, `${mode}: HTTP single p99`, 'ms', single.latencyMs.p99);
    }
    if (config.batches > 0) await batchPhase(ingest, config, run, label, report, detail, apiKey, mode);
    detail.ledgerAfterHttp = await appended(client);
    detail.ledgerStates = await ledgerStates(client);

    if (mode === 'scaled' && config.inbound > 0) {
      // The inbound consumer must not run while the topic fills: stop ingest, publish, start it again.
      await ingest.stop();
      const inboundFile = outPath('data', `${label}-inbound.tsv`);
      await writeReports(inboundFile, config.inbound, { seed: config.seed + 2000 + run, tag: `${label}-k` }, 1, keyedLines);
      const brokers = deployment.env.KAFKA_BROKERS;
      await execFileAsync('kcat', ['-P', '-b', brokers, '-t', INBOUND_TOPIC, '-K', '\t', '-l', inboundFile], { timeout: 10 * 60_000, maxBuffer: 1 << 26 });
      const before = await appended(client);
      ingest = await deployment.start(['serve', 'ingest-api'], 'ingest-api-inbound');
      // Rejected records (a correction whose target another partition has not recorded yet) go to
      // the rejected topic; count them from the ledger's side: every inbound record is either
      // appended or rejected, so wait for the ledger to stop growing near the goal.
      const progress = await pollUntil(() => appended(client), before + Math.floor(config.inbound * 0.97), { intervalMs: 100, timeoutMs: 20 * 60_000, stalledMs: 60_000, what: 'inbound ingest' });
      const settled = await settle(() => appended(client), 2_000);
      const seconds = (progress.doneAt - (progress.firstMoveAt ?? progress.doneAt)) / 1000;
      const rate = (progress.finalValue - progress.valueBeforeMove) / seconds;
      detail.inbound = { published: config.inbound, appended: settled - before, seconds };
      report.add('scaled.inbound.reports', 'scaled: Kafka inbound topic → log', 'reports/s', rate);
    }
  } finally {
    await client.end();
  }
}

async function batchPhase(ingest: SitrepProcess, config: IngestConfig, run: number, label: string, report: BenchReport, detail: Record<string, unknown>, apiKey: string, mode: string) {
  const batchFile = outPath('data', `${label}-batches.ndjson`);
  await writeReports(batchFile, config.batches * config.batchSize, { seed: config.seed + 1000 + run, tag: `${label}-b` }, config.batchSize, batchLines);
  const batch = await runWorker<AutocannonOutcome>('autocannon', { url: `${ingest.baseUrl}/v1/reports/batch`, bodiesFile: batchFile, connections: config.batchConnections, apiKey, timeoutSeconds: 120 }, `${label}-autocannon-batch`, 30 * 60_000);
  detail.batch = batch;
  report.add(`${mode}.batch.reports`, `${mode}: HTTP batch (${config.batchSize}/request)`, 'reports/s', batch.requestsPerSecond * config.batchSize, { op: '>=', value: 20_000, label: 'reports/s' });
  report.add(`${mode}.batch.p50`, `${mode}: HTTP batch request p50`, 'ms', batch.latencyMs.p50);
  report.add(`${mode}.batch.p99`, `${mode}: HTTP batch request p99`, 'ms', batch.latencyMs.p99);
}

async function appended(client: Client): Promise<number> {
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM report_ledger WHERE state = 'appended'`);
  return rows[0].n as number;
}

async function ledgerStates(client: Client): Promise<Record<string, number>> {
  const { rows } = await client.query(`SELECT state, count(*)::int AS n FROM report_ledger GROUP BY state`);
  return Object.fromEntries(rows.map((r) => [r.state as string, r.n as number]));
}

/** Waits until a count has not changed for `quietMs` (bounded), and returns it. */
async function settle(read: () => Promise<number>, quietMs: number): Promise<number> {
  let value = await read();
  let since = Date.now();
  const deadline = Date.now() + 60_000;
  while (Date.now() - since < quietMs && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const next = await read();
    if (next !== value) {
      value = next;
      since = Date.now();
    }
  }
  return value;
}
