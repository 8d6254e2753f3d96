import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Client } from 'pg';
import { batchLines, singleLines, writeReports } from '../generate/report-files';
import { embeddedDeployment, scaledDeployment, type BenchSettings, type Deployment } from '../infra/deployment';
import { postBatches } from '../infra/http';
import { ScratchDatabase } from '../infra/postgres';
import { outPath, REPO_ROOT } from '../infra/repo';
import { samplePgActivity } from '../measure/pg-activity';
import { pollUntil } from '../measure/poll';
import { spread } from '../measure/stats';
import { BenchReport } from '../report/bench-report';
import type { Options } from '../options';
import type { RawCeilingOutcome } from '../workers/raw-ceiling-worker';
import { runNode, runWorker } from '../workers/run-worker';

const execFileAsync = promisify(execFile);
export const REPORTS_TOPIC = 'sitrep.reports.v1';

interface ProjectionConfig {
  runs: number;
  modes: string[];
  reports: number;
  loadConcurrency: number;
  ceilingPasses: number;
  peer: string[];
  seed: number;
}

interface PeerOutcome {
  mode: string;
  stream: string;
  events: number;
  eventsPerAppend: number;
  appendEventsPerSecond: number;
  projectEventsPerSecond: number;
  projected: number;
  lost: number;
}

/** The peer's configurations: inline with streams per log key and per governorate, and async catch-up. */
const PEER_CONFIGS: Record<string, string[]> = {
  'inline-logkey': ['--mode', 'inline', '--stream', 'logkey', '--writers', '8', '--per-append', '10'],
  'inline-governorate': ['--mode', 'inline', '--stream', 'governorate', '--writers', '8', '--per-append', '10'],
  'async-governorate': ['--mode', 'async', '--stream', 'governorate', '--writers', '8', '--batch', '1000', '--pause-ms', '0'],
};

/**
 * Figures 2, 6 (projection half) and 7: the log is filled through ingest (so the records are
 * Sitrep's own canonical ones), then, one after the other on an otherwise idle deployment, in the
 * same run: the raw ceiling reads and discards the topic, Sitrep's stream processor catches up
 * from offset 0 into PostgreSQL, and the Emmett peer appends and projects the same reports.
 */
export async function projectionBench(options: Options, settings: BenchSettings): Promise<BenchReport> {
  const config: ProjectionConfig = {
    runs: options.int('runs', 3, { max: 50 }),
    modes: options.list('modes', 'scaled,embedded'),
    reports: options.int('reports', 30_000),
    loadConcurrency: options.int('load-concurrency', 2, { max: 32 }),
    ceilingPasses: options.int('ceiling-passes', 3, { max: 20 }),
    peer: options.list('peer', Object.keys(PEER_CONFIGS).join(',')).filter((p) => p !== 'none'),
    seed: options.int('seed', 20220120, { min: 0, max: 2 ** 31 }),
  };
  for (const p of config.peer) if (!PEER_CONFIGS[p]) throw new Error(`unknown --peer ${p}; known: ${Object.keys(PEER_CONFIGS).join(', ')}, none`);
  if (config.peer.length > 0) await ensurePeerInstalled();
  const report = new BenchReport('projection', { ...config, partitions: settings.partitions, maxBatchSize: 500 });
  for (let run = 1; run <= config.runs; run++) {
    for (const mode of config.modes) {
      const detail = report.beginRun(run);
      detail.mode = mode;
      const label = `projection-${mode}-r${run}`;
      const deployment = mode === 'scaled' ? await scaledDeployment(settings, label) : await embeddedDeployment(settings, label);
      try {
        await projectionRun(deployment, config, settings, run, label, report, detail);
      } finally {
        await deployment.stop();
        report.endRun();
      }
    }
  }
  report.notes.push(
    `Reports are generated (seeded, skewed), ingested through POST /v1/reports/batch, then projected from offset 0 by a fresh \`sitrep serve stream-processor\` (maxBatchSize 500) while nothing else runs; rate = records / time from the first to the last position stored.`,
    'Sitrep projects every record into incidents (merge, supersede/retract), incident versions, the report index, actor activity and actor interactions; the Emmett peer only keeps per-actor daily counts, so the comparison flatters the peer.',
    'Raw ceiling (scaled): a plain kafkajs consumer group reading and discarding the same topic. Raw ceiling (embedded): the embedded log\'s own SELECT, 500 records a page per partition, discarding.',
    'Emmett 0.42.0 async consumer skips events of concurrent writers (orders by transaction_id, pages by global_position; fixed upstream in PR #336): its "lost" count is reported beside its rate.',
  );
  return report;
}

async function projectionRun(deployment: Deployment, config: ProjectionConfig, settings: BenchSettings, run: number, label: string, report: BenchReport, detail: Record<string, unknown>) {
  const mode = deployment.mode;
  const generator = { seed: config.seed + run, tag: label };
  const batchFile = outPath('data', `${label}-batches.ndjson`);
  const eventsFile = outPath('data', `${label}-reports.ndjson`);
  await writeReports(batchFile, config.reports, generator, 1_000, batchLines);
  await writeReports(eventsFile, config.reports, generator, 1, singleLines);

  const ingest = await deployment.start(['serve', 'ingest-api'], 'ingest-api');
  const t0 = performance.now();
  const outcomes = await postBatches(ingest.baseUrl, readFileSync(batchFile, 'utf8').split('\n').filter((l) => l !== ''), deployment.env.SITREP_API_KEY, config.loadConcurrency);
  detail.load = { outcomes, seconds: (performance.now() - t0) / 1000 };
  const records = outcomes.accepted ?? 0;
  detail.records = records;

  // The ceiling reads the whole topic in a second or two: a few passes, the median of them.
  const passes: RawCeilingOutcome[] = [];
  if (mode === 'scaled') {
    await ingest.stop();
    for (let pass = 1; pass <= config.ceilingPasses; pass++) {
      passes.push(await runWorker<RawCeilingOutcome>('raw-ceiling', { brokers: deployment.env.KAFKA_BROKERS, topic: REPORTS_TOPIC, expected: records, groupId: `bench-raw-ceiling-${run}-${pass}`, timeoutSeconds: 600 }, `${label}-raw-ceiling-${pass}`, 15 * 60_000));
    }
  } else {
    // The embedded PostgreSQL lives while a sitrep process holds the folder: read under ingest's.
    const client = await deployment.connect();
    try {
      for (let pass = 1; pass <= config.ceilingPasses; pass++) passes.push(await embeddedRawRead(client, records));
    } finally {
      await client.end();
    }
    await ingest.stop();
  }
  const rawRate = spread(passes.map((p) => p.recordsPerSecond)).median;
  detail.rawCeiling = { passes, recordsPerSecond: rawRate };
  report.add(`${mode}.raw`, `${mode}: raw ceiling (${mode === 'scaled' ? 'kafkajs' : 'log table'} read+discard)`, 'records/s', rawRate);

  const processor = await deployment.start(['serve', 'stream-processor'], 'stream-processor');
  const client = await deployment.connect();
  const sampling = await deployment.connect();
  const activity = samplePgActivity(sampling, 'sitrep-bench-stream-processor');
  try {
    const progress = await pollUntil(() => projectedRecords(client), records, { intervalMs: 100, timeoutMs: 60 * 60_000, stalledMs: 120_000, what: `${mode} projection` });
    const seconds = (progress.doneAt - (progress.firstMoveAt ?? progress.doneAt)) / 1000;
    const rate = (progress.finalValue - progress.valueBeforeMove) / seconds;
    const cpu = processor.cpuSeconds();
    detail.projection = { records, seconds, cpuSeconds: cpu, memory: processor.memory(), incidents: await incidentCount(client), postgres: await activity.stop() };
    report.add(`${mode}.sitrep`, `${mode}: Sitrep projection (log → PostgreSQL)`, 'events/s', rate);
    report.add(`${mode}.cpu`, `${mode}: processor CPU per 1,000 events`, 'CPU-s', (cpu / records) * 1000);
    report.add(`${mode}.ratio.raw`, `${mode}: Sitrep ÷ raw ceiling`, '%', (rate / rawRate) * 100, mode === 'scaled' ? { op: '>=', value: 50, label: '%' } : undefined);
  } finally {
    await activity.stop();
    await sampling.end();
    await client.end();
    await processor.stop();
  }

  if (mode === 'scaled' && config.peer.length > 0) {
    const sitrepRate = report.figures().find((f) => f.key === `${mode}.sitrep`)?.spread.values.at(-1) ?? NaN;
    let best = 0;
    const peers: Record<string, PeerOutcome> = {};
    for (const name of config.peer) {
      const peer = await runPeer(settings, eventsFile, name, `${label}-emmett-${name}`);
      peers[name] = peer;
      report.add(`peer.${name}`, `Emmett peer ${name}: events/s`, 'events/s', peer.projectEventsPerSecond);
      if (peer.lost > 0) report.add(`peer.${name}.lost`, `Emmett peer ${name}: events not projected`, '%', (peer.lost / peer.events) * 100);
      // A configuration that loses events is reported, but it is not the peer's "best".
      if (peer.lost === 0) best = Math.max(best, peer.projectEventsPerSecond);
    }
    detail.peer = peers;
    report.add('peer.best', 'Emmett peer, best configuration that projects every event', 'events/s', best);
    report.add('ratio.peer', 'Sitrep projection ÷ Emmett best', '×', sitrepRate / best, { op: '>=', value: 3, label: '×' });
  }
}

/** Sum of the positions stored with the live read model: every record applied (or dead-lettered). */
export async function projectedRecords(client: Client): Promise<number> {
  const { rows } = await client.query(`SELECT live_schema FROM sitrep_read_model WHERE name = 'main'`);
  const schema = rows[0]?.live_schema as string | undefined;
  if (!schema || !/^rm_[0-9]+$/.test(schema)) return 0;
  const sum = await client.query(`SELECT coalesce(sum(next_offset), 0)::bigint::text AS n FROM ${schema}.projection_position WHERE topic = $1`, [REPORTS_TOPIC]);
  return Number(sum.rows[0].n);
}

async function incidentCount(client: Client): Promise<number> {
  const { rows } = await client.query(`SELECT live_schema FROM sitrep_read_model WHERE name = 'main'`);
  const count = await client.query(`SELECT count(*)::int AS n FROM ${rows[0].live_schema as string}.incident`);
  return count.rows[0].n as number;
}

/** Reads the embedded log the way its subscription does (500 a page, per partition) and discards. */
async function embeddedRawRead(client: Client, expected: number): Promise<RawCeilingOutcome> {
  const { rows } = await client.query(`SELECT partition, next_offset::text AS next FROM log_partition WHERE topic = $1 ORDER BY partition`, [REPORTS_TOPIC]);
  const t0 = performance.now();
  let records = 0;
  let bytes = 0;
  const deadline = Date.now() + 10 * 60_000;
  for (const { partition, next } of rows as Array<{ partition: number; next: string }>) {
    let offset = 0;
    while (offset < Number(next) && Date.now() < deadline) {
      const page = await client.query(
        `SELECT "offset"::text AS offset, key, value, headers, (extract(epoch FROM appended_at) * 1000)::bigint::text AS ts
         FROM log_record WHERE topic = $1 AND partition = $2 AND log_record."offset" >= $3 ORDER BY log_record."offset" LIMIT $4`,
        [REPORTS_TOPIC, partition, offset, 500],
      );
      if (page.rows.length === 0) break;
      for (const r of page.rows as Array<{ value: Buffer }>) bytes += r.value.length;
      records += page.rows.length;
      offset = Number((page.rows.at(-1) as { offset: string }).offset) + 1;
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  if (records < expected) throw new Error(`embedded raw read found ${records} of ${expected} records`);
  return { records, bytes, seconds, recordsPerSecond: records / seconds, wallSeconds: seconds };
}

async function runPeer(settings: BenchSettings, eventsFile: string, name: string, label: string): Promise<PeerOutcome> {
  const db = await ScratchDatabase.create(settings.postgresUrl, 'sitrep_bench_emmett');
  try {
    return await runNode<PeerOutcome>([path.join(REPO_ROOT, 'bench/emmett-peer/run.mjs'), '--db', db.url, '--events', eventsFile, ...PEER_CONFIGS[name]], label, 60 * 60_000);
  } finally {
    await db.drop();
  }
}

/** The peer lives in its own package (its peer ranges conflict with Sitrep's): install it once. */
async function ensurePeerInstalled(): Promise<void> {
  const peerDir = path.join(REPO_ROOT, 'bench/emmett-peer');
  if (existsSync(path.join(peerDir, 'node_modules/@event-driven-io/emmett-postgresql/package.json'))) return;
  process.stderr.write('bench: installing the Emmett peer (npm --prefix bench/emmett-peer ci)\n');
  await execFileAsync('npm', ['--prefix', peerDir, 'ci', '--no-audit', '--no-fund'], { cwd: REPO_ROOT, timeout: 10 * 60_000 });
}
