import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { probeReport } from '../generate/generate-reports';
import { batchLines, singleLines, writeReports } from '../generate/report-files';
import { embeddedDeployment, scaledDeployment, type BenchSettings, type Deployment } from '../infra/deployment';
import { outPath } from '../infra/repo';
import { latencySummary } from '../measure/stats';
import { BenchReport } from '../report/bench-report';
import type { Options } from '../options';
import type { VisibilityJob, VisibilityOutcome } from '../workers/visibility-worker';
import { runWorker } from '../workers/run-worker';

interface VisibilityConfig {
  runs: number;
  modes: string[];
  rates: number[];
  seconds: number;
  warmupSeconds: number;
  batchSize: number;
  probesPerSecond: number;
  pollMs: number;
  seed: number;
}

/**
 * Figure 3: append → visible at a fixed offered rate. Background reports are offered open-loop in
 * batches; probe reports (each its own incident) are timed from their POST returning to their
 * incident answering 200 on the query API. Scaled: ingest-api, stream-processor and query-api as
 * three processes; embedded: `sitrep start`.
 */
export async function visibilityBench(options: Options, settings: BenchSettings): Promise<BenchReport> {
  const config: VisibilityConfig = {
    runs: options.int('runs', 3, { max: 50 }),
    modes: options.list('modes', 'scaled,embedded'),
    rates: options.list('rates', '1000,100').map(Number),
    seconds: options.int('seconds', 20, { max: 3_600 }),
    warmupSeconds: options.int('warmup-seconds', 5, { min: 0, max: 600 }),
    batchSize: options.int('batch-size', 100, { max: 1_000 }),
    probesPerSecond: options.int('probes', 20, { max: 1_000 }),
    pollMs: options.int('poll-ms', 10, { max: 1_000 }),
    seed: options.int('seed', 20220120, { min: 0, max: 2 ** 31 }),
  };
  const report = new BenchReport('visibility', { ...config, partitions: settings.partitions });
  for (let run = 1; run <= config.runs; run++) {
    for (const mode of config.modes) {
      for (const rate of config.rates) {
        const detail = report.beginRun(run);
        Object.assign(detail, { mode, rate });
        const label = `visibility-${mode}-${rate}-r${run}`;
        const deployment = mode === 'scaled' ? await scaledDeployment(settings, label) : await embeddedDeployment(settings, label);
        try {
          await visibilityRun(deployment, config, rate, run, label, report, detail);
        } finally {
          await deployment.stop();
          report.endRun();
        }
      }
    }
  }
  report.notes.push(
    `Background reports in batches of ${config.batchSize} plus ${config.probesPerSecond} probe reports/s (single POSTs, each opening its own incident), offered open-loop for ${config.seconds} s after a ${config.warmupSeconds} s warm-up.`,
    `Latency = the 200 from GET /v1/incidents/inc-<reportId> arriving − the probe's POST returning; polled every ${config.pollMs} ms, so it includes one query round trip and up to ${config.pollMs} ms of polling.`,
    'Probes that never became readable within 60 s count as "not visible"; "held back" = requests the driver could not send because 512 were already in flight (the system was not keeping up).',
  );
  return report;
}

async function visibilityRun(deployment: Deployment, config: VisibilityConfig, rate: number, run: number, label: string, report: BenchReport, detail: Record<string, unknown>) {
  const mode = deployment.mode;
  let ingestUrl: string;
  let queryUrl: string;
  if (mode === 'scaled') {
    ingestUrl = (await deployment.start(['serve', 'ingest-api'], 'ingest-api')).baseUrl;
    await deployment.start(['serve', 'stream-processor'], 'stream-processor');
    queryUrl = (await deployment.start(['serve', 'query-api'], 'query-api')).baseUrl;
  } else {
    ingestUrl = queryUrl = (await deployment.start(['start'], 'start')).baseUrl;
  }
  const job = async (phase: string, seconds: number, seedOffset: number): Promise<VisibilityOutcome> => {
    const background = Math.ceil(((rate - config.probesPerSecond) * seconds) / config.batchSize) * config.batchSize;
    const bodiesFile = outPath('data', `${label}-${phase}-background.ndjson`);
    const probesFile = outPath('data', `${label}-${phase}-probes.ndjson`);
    await writeReports(bodiesFile, background, { seed: config.seed + seedOffset + run, tag: `${label}-${phase}` }, config.batchSize, config.batchSize > 1 ? batchLines : singleLines);
    await writeProbes(probesFile, `${label}-${phase}`, Math.ceil(config.probesPerSecond * seconds) + 1);
    const visibilityJob: VisibilityJob = {
      ingestUrl,
      queryUrl,
      apiKey: deployment.env.SITREP_API_KEY,
      rate,
      seconds,
      batchSize: config.batchSize,
      probesPerSecond: config.probesPerSecond,
      bodiesFile,
      probesFile,
      pollMs: config.pollMs,
      visibleTimeoutMs: 60_000,
      maxInFlight: 512,
    };
    return runWorker<VisibilityOutcome>('visibility', visibilityJob, `${label}-${phase}`, (seconds + 180) * 1000);
  };
  if (config.warmupSeconds > 0) detail.warmup = summarize(await job('warmup', config.warmupSeconds, 5000));
  const outcome = await job('measured', config.seconds, 6000);
  const summary = summarize(outcome);
  detail.measured = summary;
  const key = `${mode}.${rate}`;
  report.add(`${key}.p50`, `${mode} @ ${rate}/s: append → visible p50`, 'ms', summary.visible.p50);
  report.add(`${key}.p95`, `${mode} @ ${rate}/s: append → visible p95`, 'ms', summary.visible.p95);
  report.add(`${key}.p99`, `${mode} @ ${rate}/s: append → visible p99`, 'ms', summary.visible.p99, rate >= 1000 ? { op: '<=', value: 250, label: 'ms at 1,000/s' } : undefined);
  report.add(`${key}.accepted`, `${mode} @ ${rate}/s: reports accepted`, 'reports/s', outcome.acceptedRate);
  report.add(`${key}.notVisible`, `${mode} @ ${rate}/s: probes not visible in 60 s`, 'probes', outcome.notVisible);
  report.add(`${key}.ingest.p99`, `${mode} @ ${rate}/s: probe POST p99`, 'ms', summary.ingest.p99);
  report.add(`${key}.heldBack`, `${mode} @ ${rate}/s: requests held back (512 in flight)`, 'requests', outcome.heldBack);
}

function summarize(outcome: VisibilityOutcome) {
  const { visibleMs, ingestMs, ...rest } = outcome;
  // A probe that never became visible is slower than any that did: it counts at the top.
  const withMisses = [...visibleMs, ...Array.from({ length: outcome.notVisible }, () => Number.POSITIVE_INFINITY)];
  return { ...rest, visible: latencySummary(withMisses), ingest: latencySummary(ingestMs) };
}

async function writeProbes(file: string, tag: string, count: number): Promise<void> {
  const out = createWriteStream(file);
  for (let n = 0; n < count; n++) if (!out.write(`${JSON.stringify(probeReport(tag, n, new Date()))}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}
