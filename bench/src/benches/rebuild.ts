import { topicSpecs } from '@sitrep/contracts';
import { KafkaReportLog } from '@sitrep/kafka';
import type { Client } from 'pg';
import { scaledDeployment, type BenchSettings } from '../infra/deployment';
import { authHeaders } from '../infra/http';
import { sleep, type SitrepProcess } from '../infra/sitrep-process';
import { samplePgActivity } from '../measure/pg-activity';
import { pollUntil } from '../measure/poll';
import { BenchReport } from '../report/bench-report';
import type { Options } from '../options';
import { LogFiller } from './log-filler';
import { projectedRecords } from './projection';

interface RebuildConfig {
  runs: number;
  reports: number;
  rebuilds: number;
  cold: boolean;
  timeoutMinutes: number;
  seed: number;
}

interface RebuildStatus {
  state: string;
  liveSchema: string;
  buildingSchema: string | null;
  lastSwitch: { from: string; to: string; at: string } | null;
  lastError: string | null;
}

/**
 * Figure 5: a log of `--reports` (default 1,000,000) generated reports on Kafka, then (a) a cold
 * replay: a fresh `sitrep serve stream-processor` projects it from offset 0 into empty read models,
 * and (b) online rebuilds: POST /v1/admin/rebuild replays it into rm_<n+1> while the (caught-up,
 * idle) live projection keeps serving, until the live pointer switches. Peak memory of the
 * processor per phase (VmHWM, reset between phases, and the highest RSS sampled every 250 ms).
 */
export async function rebuildBench(options: Options, settings: BenchSettings): Promise<BenchReport> {
  const config: RebuildConfig = {
    runs: options.int('runs', 1, { max: 20 }),
    reports: options.int('reports', 1_000_000),
    rebuilds: options.int('rebuilds', 1, { min: 0, max: 20 }),
    cold: options.string('cold', 'true') !== 'false',
    timeoutMinutes: options.int('timeout-minutes', 120, { max: 24 * 60 }),
    seed: options.int('seed', 20220120, { min: 0, max: 2 ** 31 }),
  };
  const report = new BenchReport('rebuild', { ...config, partitions: settings.partitions });
  for (let run = 1; run <= config.runs; run++) {
    const detail = report.beginRun(run);
    const label = `rebuild-r${run}`;
    const deployment = await scaledDeployment(settings, label);
    try {
      const log = new KafkaReportLog({ brokers: [deployment.env.KAFKA_BROKERS], clientId: 'sitrep-bench-filler', logger: () => undefined });
      try {
        await log.ensureTopics(topicSpecs(settings.partitions));
        const fill = await new LogFiller(log).fill(config.reports, { seed: config.seed + run, tag: label }, throttle((n) => say(`filling the log: ${n.toLocaleString('en-US')} of ${config.reports.toLocaleString('en-US')}`)));
        detail.fill = { ...fill, recordsPerSecond: fill.written / fill.seconds };
      } finally {
        await log.close();
      }
      const booted = performance.now();
      const processor = await deployment.start(['serve', 'stream-processor'], 'stream-processor');
      const client = await deployment.connect();
      const sampling = await deployment.connect();
      try {
        const timeoutMs = config.timeoutMinutes * 60_000;
        // Cold replay; it also brings the live projection to the end of the log, so that the
        // online rebuilds after it run beside an idle live projection, as they would in production.
        let activity = samplePgActivity(sampling, 'sitrep-bench-stream-processor', 250);
        const cold = await phase(
          processor,
          async () => (await pollUntil(() => projectedRecords(client), config.reports, { intervalMs: 250, timeoutMs, stalledMs: 300_000, what: 'cold replay' })).doneAt,
          { since: booted, progress: () => projectedRecords(client), goal: config.reports, what: 'cold replay' },
        );
        detail.cold = { ...cold, postgres: await activity.stop() };
        if (config.cold) {
          report.add('cold.seconds', `cold replay of ${config.reports.toLocaleString('en-US')} reports (fresh processor)`, 's', cold.seconds);
          report.add('cold.rate', 'cold replay rate', 'events/s', config.reports / cold.seconds);
          report.add('cold.peak', 'cold replay: processor peak RSS', 'MiB', cold.peakMiB);
        }
        report.checkpoint();
        const rebuilds: unknown[] = [];
        detail.rebuilds = rebuilds;
        for (let i = 1; i <= config.rebuilds; i++) {
          activity = samplePgActivity(sampling, 'sitrep-bench-stream-processor', 250);
          const online = await onlineRebuild(processor, deployment.env.SITREP_API_KEY, timeoutMs);
          rebuilds.push({ ...online, postgres: await activity.stop() });
          report.add('rebuild.seconds', `online rebuild of ${config.reports.toLocaleString('en-US')} reports (POST → switch)`, 's', online.seconds, config.reports >= 1_000_000 ? { op: '<=', value: 60, label: 's for 1M' } : undefined);
          report.add('rebuild.rate', 'online rebuild rate', 'events/s', config.reports / online.seconds);
          report.add('rebuild.peak', 'online rebuild: processor peak RSS', 'MiB', online.peakMiB);
          report.checkpoint();
        }
        detail.incidents = await incidentRows(client);
      } finally {
        await sampling.end();
        await client.end();
      }
    } finally {
      await deployment.stop();
      report.endRun();
    }
  }
  report.notes.push(
    'The log is filled with the canonical records ingest would append (same report ids, log keys, CloudEvents envelope, governorate and actor reference data), written through Sitrep\'s KafkaReportLog adapter without HTTP, validation or the ledger (the ingest bench measures those).',
    'Cold replay: time from the processor process being ready to the last position stored. Online rebuild: POST /v1/admin/rebuild → GET /v1/admin/rebuild shows the switch to the new schema; the live projection is caught up and idle meanwhile.',
    'Peak memory is the processor process only (PostgreSQL and Kafka not included).',
  );
  return report;
}

async function onlineRebuild(processor: SitrepProcess, apiKey: string, timeoutMs: number) {
  const headers = authHeaders(apiKey);
  return phase(processor, async () => {
    const started = (await (await fetch(`${processor.baseUrl}/v1/admin/rebuild`, { method: 'POST', headers })).json()) as RebuildStatus;
    const target = started.buildingSchema;
    if (!target) throw new Error(`POST /v1/admin/rebuild started nothing: ${JSON.stringify(started)}`);
    const deadline = Date.now() + timeoutMs;
    let lastSay = Date.now();
    while (Date.now() < deadline) {
      const status = (await (await fetch(`${processor.baseUrl}/v1/admin/rebuild`, { headers })).json()) as RebuildStatus;
      if (status.liveSchema === target) return performance.now();
      if (status.lastError) throw new Error(`rebuild into ${target} failed: ${status.lastError}`);
      if (Date.now() - lastSay > 30_000) {
        say(`online rebuild into ${target}: ${status.state} ${JSON.stringify((status as { progress?: unknown }).progress ?? null).slice(0, 200)}`);
        lastSay = Date.now();
      }
      await sleep(250);
    }
    throw new Error(`rebuild into ${target} did not switch within ${timeoutMs / 60_000} min`);
  });
}

interface PhaseOptions {
  /** Start the clock here (performance.now()) instead of now, e.g. before the process booted. */
  since?: number;
  progress?: () => Promise<number>;
  goal?: number;
  what?: string;
}

/** Times `work` (which resolves with its end, performance.now()) and records the processor's peak memory over it. */
async function phase(processor: SitrepProcess, work: () => Promise<number>, { since, progress, goal, what }: PhaseOptions = {}) {
  const hwmReset = processor.resetPeak();
  let sampled = processor.memory().rssMiB;
  const t0 = since ?? performance.now();
  let lastSay = Date.now();
  const sampler = setInterval(() => {
    sampled = Math.max(sampled, processor.memory().rssMiB);
    if (progress && Date.now() - lastSay > 30_000) {
      lastSay = Date.now();
      void progress().then((n) => say(`${what}: ${n.toLocaleString('en-US')} of ${goal?.toLocaleString('en-US')} (${Math.round(n / ((performance.now() - t0) / 1000))}/s)`)).catch(() => undefined);
    }
  }, 250);
  const cpu0 = processor.cpuSeconds();
  try {
    const end = await work();
    const memory = processor.memory();
    return { seconds: (end - t0) / 1000, cpuSeconds: processor.cpuSeconds() - cpu0, peakMiB: hwmReset ? Math.max(memory.peakMiB, sampled) : sampled, hwmReset };
  } finally {
    clearInterval(sampler);
  }
}

async function incidentRows(client: Client): Promise<number> {
  const { rows } = await client.query(`SELECT live_schema FROM sitrep_read_model WHERE name = 'main'`);
  const count = await client.query(`SELECT count(*)::int AS n FROM ${rows[0].live_schema as string}.incident`);
  return count.rows[0].n as number;
}

function throttle(fn: (n: number) => void, everyMs = 15_000): (n: number) => void {
  let last = 0;
  return (n) => {
    if (Date.now() - last < everyMs) return;
    last = Date.now();
    fn(n);
  };
}

function say(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}
