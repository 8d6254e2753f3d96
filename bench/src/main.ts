import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { alertsBench } from './benches/alerts';
import { ingestBench } from './benches/ingest';
import { projectionBench } from './benches/projection';
import { rebuildBench } from './benches/rebuild';
import { visibilityBench } from './benches/visibility';
import { cleanupAll } from './infra/cleanup';
import { withClient } from './infra/postgres';
import { outPath } from './infra/repo';
import { Options } from './options';
import { formatSummary, summarizeProfile } from './profile/summarize-profile';
import { fmt, type BenchReport, type Figure } from './report/bench-report';
import { runAutocannonJob } from './workers/autocannon-worker';
import { runRawCeiling } from './workers/raw-ceiling-worker';
import { runVisibility } from './workers/visibility-worker';

type Bench = (options: Options, settings: ReturnType<Options['settings']>) => Promise<BenchReport>;

const BENCHES: Record<string, Bench> = {
  ingest: ingestBench,
  projection: projectionBench,
  visibility: visibilityBench,
  rebuild: rebuildBench,
  alerts: alertsBench,
};
/** `all`: every bench but the million-report rebuild, which has its own command (npm run bench:rebuild). */
const ALL = ['ingest', 'projection', 'visibility', 'alerts'];

const WORKERS: Record<string, (job: never) => Promise<unknown>> = {
  autocannon: runAutocannonJob,
  'raw-ceiling': runRawCeiling,
  visibility: runVisibility,
};

async function main(argv: string[]): Promise<void> {
  const options = new Options(argv);
  const [command, ...rest] = options.positional;
  if (command === 'worker') {
    const [name, jobFile] = rest;
    const worker = WORKERS[name];
    if (!worker) throw new Error(`unknown worker ${name}`);
    const result = await worker(JSON.parse(readFileSync(jobFile, 'utf8')) as never);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  if (command === 'table') {
    for (const file of rest) process.stdout.write(`${markdownTable(JSON.parse(readFileSync(file, 'utf8')) as ResultFile)}\n`);
    return;
  }
  if (command === 'profile') {
    process.stdout.write(`${profileSummaries(rest, options.int('top', 25, { max: 500 }))}\n`);
    return;
  }
  const names = command === 'all' || command === undefined ? ALL : [command, ...rest];
  for (const name of names) if (!BENCHES[name]) throw new Error(`unknown bench ${name}; known: ${Object.keys(BENCHES).join(', ')}, all`);
  for (const name of names) {
    const profileDir = options.bool('profile') ? outPath('profiles', `${name}-${Date.now().toString(36)}`, '.keep').replace(/\/\.keep$/, '') : undefined;
    const settings = options.settings(profileDir);
    const report = await BENCHES[name](options, settings);
    report.setPostgresVersion(await withClient(settings.postgresUrl, async (c) => (await c.query('SHOW server_version')).rows[0].server_version as string));
    if (profileDir) report.notes.push(`CPU profiles (node --cpu-prof) of every Sitrep process: ${profileDir}`);
    report.finish();
    if (profileDir && existsSync(profileDir)) {
      const text = profileSummaries([profileDir], 25);
      writeFileSync(path.join(profileDir, 'summary.txt'), `${text}\n`);
      process.stdout.write(`${text}\n(also in ${path.join(profileDir, 'summary.txt')})\n`);
    }
  }
}

interface ResultFile {
  bench: string;
  figures: Figure[];
  runs: Array<{ run: number; before: { loadavg: number[] }; after?: { loadavg: number[] } }>;
}

/** A result file as the Markdown table BENCHMARKS.md uses: median (min–max) and the target. */
function markdownTable(result: ResultFile): string {
  const loads = result.runs.map((r) => `${r.before.loadavg[0]}→${r.after?.loadavg[0] ?? '?'}`).join(', ');
  const rows = result.figures.map((f) => {
    const target = f.target ? `${f.target.op} ${fmt(f.target.value)} ${f.target.label}: **${f.target.met ? 'met' : 'missed'}**` : '';
    return `| ${f.label} | ${fmt(f.spread.median)} | ${fmt(f.spread.min)} – ${fmt(f.spread.max)} | ${f.unit} | ${target} |`;
  });
  return [`${result.bench}: ${new Set(result.runs.map((r) => r.run)).size} run(s); 1-min load average at start→end of each: ${loads}`, '', '| figure | median | min – max | unit | target |', '|---|---:|---:|---|---|', ...rows, ''].join('\n');
}

/** Summaries of .cpuprofile files, given as files or folders. */
function profileSummaries(targets: string[], top: number): string {
  const files = targets.flatMap((t) => (statSync(t).isDirectory() ? readdirSync(t).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(t, f)) : [t]));
  return files.map((f) => formatSummary(summarizeProfile(f, top))).join('\n\n');
}

main(process.argv.slice(2))
  .then(() => cleanupAll())
  .then(() => process.exit(0))
  .catch(async (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    await cleanupAll();
    process.exit(1);
  });
