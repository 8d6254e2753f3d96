import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { probeReport } from '../generate/generate-reports';
import { batchLines, writeReports } from '../generate/report-files';
import { embeddedDeployment, scaledDeployment, type BenchSettings, type Deployment } from '../infra/deployment';
import { authHeaders, postJson } from '../infra/http';
import { outPath, REPO_ROOT, SITREP_BUNDLE } from '../infra/repo';
import { sleep } from '../infra/sitrep-process';
import { latencySummary } from '../measure/stats';
import { BenchReport } from '../report/bench-report';
import type { Options } from '../options';
import { benchRules } from './alert-rules';

const execFileAsync = promisify(execFile);

interface AlertsConfig {
  runs: number;
  modes: string[];
  rate: number;
  seconds: number;
  probesPerSecond: number;
  rulesPaths: string[];
  seed: number;
}

/**
 * Figure 4: append → webhook received, with 50 active rules of all five kinds. Probe reports (each
 * its own incident, tagged `bench-probe`) fire one match rule; the time from a probe's POST
 * returning to the first webhook naming its incident arriving at a receiver on 127.0.0.1 is the
 * latency. Background reports keep the other 49 rules busy. When the product has no alert-rules API
 * yet, the bench says so and reports no figure.
 */
export async function alertsBench(options: Options, settings: BenchSettings): Promise<BenchReport> {
  const config: AlertsConfig = {
    runs: options.int('runs', 3, { max: 50 }),
    modes: options.list('modes', 'scaled,embedded'),
    rate: options.int('rate', 200, { max: 100_000 }),
    seconds: options.int('seconds', 30, { max: 3_600 }),
    probesPerSecond: options.int('probes', 5, { max: 1_000 }),
    rulesPaths: options.list('rules-path', '/v1/alert-rules,/v1/rules,/v1/alerts/rules'),
    seed: options.int('seed', 20220120, { min: 0, max: 2 ** 31 }),
  };
  const report = new BenchReport('alerts', { ...config, rules: benchRules().length });
  const env = { SITREP_SECRETS_KEY: randomBytes(32).toString('base64'), SITREP_WEBHOOK_ALLOW: '127.0.0.1' };
  for (let run = 1; run <= config.runs; run++) {
    for (const mode of config.modes) {
      const detail = report.beginRun(run);
      detail.mode = mode;
      const label = `alerts-${mode}-r${run}`;
      const deployment = mode === 'scaled' ? await scaledDeployment(settings, label, env) : await embeddedDeployment(settings, label, env);
      let done = false;
      try {
        done = await alertsRun(deployment, config, run, label, report, detail);
      } finally {
        await deployment.stop();
        report.endRun();
      }
      if (!done) {
        report.notes.push(`Figure 4 is PENDING: no alert-rules API answered (tried ${config.rulesPaths.join(', ')} on every Sitrep process); the bench reports no number until the alert engine is in the product.`);
        return report;
      }
    }
  }
  report.notes.push(
    `50 rules (10 per kind: match, threshold, sequence, new_term, spike); background ${config.rate} reports/s in batches of 100 plus ${config.probesPerSecond} probes/s for ${config.seconds} s; webhooks to a receiver on 127.0.0.1 (SITREP_WEBHOOK_ALLOW=127.0.0.1).`,
    'Latency = first webhook whose body names the probe\'s incident arriving − the probe\'s POST returning.',
  );
  return report;
}

async function alertsRun(deployment: Deployment, config: AlertsConfig, run: number, label: string, report: BenchReport, detail: Record<string, unknown>): Promise<boolean> {
  const mode = deployment.mode;
  const apiKey = deployment.env.SITREP_API_KEY;
  const urls: string[] = [];
  if (mode === 'scaled') {
    for (const service of await knownServices()) urls.push((await deployment.start(['serve', service], service)).baseUrl);
  } else {
    urls.push((await deployment.start(['start'], 'start')).baseUrl);
  }
  const receiver = await startReceiver();
  try {
    const rulesAt = await findRulesApi(urls, config.rulesPaths, apiKey);
    if (!rulesAt) return false;
    const webhooksAt = await findOwner(urls, '/v1/webhooks', apiKey);
    const endpoint = await postJson(`${webhooksAt}/v1/webhooks`, JSON.stringify({ url: receiver.url, description: 'bench receiver' }), apiKey);
    if (endpoint.status !== 201) throw new Error(`POST /v1/webhooks answered ${endpoint.status}: ${JSON.stringify(endpoint.json).slice(0, 300)}`);
    const rules = benchRules();
    for (const rule of rules) {
      const created = await postJson(rulesAt.url, JSON.stringify(rule), apiKey);
      if (created.status >= 300) throw new Error(`POST ${rulesAt.path} refused rule "${rule.name}": ${created.status} ${JSON.stringify(created.json).slice(0, 500)}`);
    }
    detail.rules = rules.length;
    const ingestUrl = await findOwner(urls, '/v1/reports', apiKey, 'POST');

    const backgroundFile = outPath('data', `${label}-background.ndjson`);
    const background = Math.ceil((config.rate * config.seconds) / 100) * 100;
    await writeReports(backgroundFile, background, { seed: config.seed + run, tag: label }, 100, batchLines);
    const bodies = readFileSync(backgroundFile, 'utf8').split('\n').filter((l) => l !== '');
    const sentAt = new Map<string, number>();
    const pending: Promise<unknown>[] = [];
    const start = performance.now();
    let b = 0;
    let p = 0;
    while (performance.now() - start < config.seconds * 1000) {
      const elapsed = (performance.now() - start) / 1000;
      while (b < Math.floor((elapsed * config.rate) / 100) && b < bodies.length) pending.push(postJson(`${ingestUrl}/v1/reports/batch`, bodies[b++], apiKey).catch(() => undefined));
      while (p < Math.floor(elapsed * config.probesPerSecond)) {
        const body = JSON.stringify(probeReport(`${label}`, p++, new Date()));
        pending.push(
          postJson(`${ingestUrl}/v1/reports`, body, apiKey).then(({ status, json }) => {
            const reportId = (json as { reportId?: string }).reportId;
            if (status === 202 && reportId) sentAt.set(`inc-${reportId}`, performance.now());
          }),
        );
      }
      await sleep(5);
    }
    await Promise.all(pending);
    // Wait (bounded) for the webhooks of every probe.
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && [...sentAt.keys()].some((id) => !receiver.firstSeen.has(id))) await sleep(100);
    const latencies = [...sentAt].map(([id, t]) => (receiver.firstSeen.has(id) ? (receiver.firstSeen.get(id) as number) - t : Number.POSITIVE_INFINITY));
    const summary = latencySummary(latencies);
    const missing = latencies.filter((l) => !Number.isFinite(l)).length;
    detail.alerts = { probes: sentAt.size, missing, webhooks: receiver.count, summary };
    report.add(`${mode}.p50`, `${mode}: append → webhook p50`, 'ms', summary.p50);
    report.add(`${mode}.p99`, `${mode}: append → webhook p99`, 'ms', summary.p99, { op: '<=', value: 500, label: 'ms' });
    report.add(`${mode}.missing`, `${mode}: probes without a webhook in 60 s`, 'probes', missing);
    return true;
  } finally {
    await receiver.close();
  }
}

/** The services this build of `sitrep serve` knows (it lists them when asked for an unknown one). */
async function knownServices(): Promise<string[]> {
  try {
    await execFileAsync(process.execPath, [SITREP_BUNDLE, 'serve', '__bench_list__'], { cwd: REPO_ROOT, env: { ...process.env, LOG_LEVEL: 'error' } });
  } catch (error) {
    const known = /known: ([\w, -]+)/.exec(String((error as { stderr?: string }).stderr ?? ''))?.[1];
    if (known) return known.split(',').map((s) => s.trim()).filter((s) => s !== '');
  }
  throw new Error('cannot list the services of sitrep serve');
}

async function findRulesApi(urls: string[], paths: string[], apiKey: string): Promise<{ url: string; path: string } | undefined> {
  for (const base of urls) {
    for (const path of paths) {
      const response = await fetch(`${base}${path}`, { headers: authHeaders(apiKey) });
      await response.arrayBuffer();
      if (response.status !== 404) return { url: `${base}${path}`, path };
    }
  }
  return undefined;
}

async function findOwner(urls: string[], path: string, apiKey: string, method = 'GET'): Promise<string> {
  for (const base of urls) {
    const response = await fetch(`${base}${path}`, { method, headers: { ...authHeaders(apiKey), 'content-type': 'application/json' }, body: method === 'POST' ? '{}' : undefined });
    await response.arrayBuffer();
    if (response.status !== 404) return base;
  }
  throw new Error(`no Sitrep process serves ${path}`);
}

interface Receiver {
  url: string;
  count: number;
  /** Incident id → when the first webhook naming it arrived (performance.now()). */
  firstSeen: Map<string, number>;
  close(): Promise<void>;
}

async function startReceiver(): Promise<Receiver> {
  const state = { count: 0, firstSeen: new Map<string, number>() };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = performance.now();
      state.count++;
      for (const id of Buffer.concat(chunks).toString('utf8').match(/inc-[0-9a-f-]{36}/g) ?? []) if (!state.firstSeen.has(id)) state.firstSeen.set(id, at);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    firstSeen: state.firstSeen,
    get count() {
      return state.count;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
