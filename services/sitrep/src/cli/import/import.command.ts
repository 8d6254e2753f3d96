import { Argument, InvalidArgumentError, type Command } from 'commander';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { importProgress } from './import-progress';
import { IMPORT_KINDS, type ImportKind } from './import-source';
import { formatSummary, importSucceeded } from './import-tally';
import { IngestClient } from './ingest-client';
import { openImportSource } from './open-import-source';
import { runImport } from './run-import';

export const DEMO_FILE = 'data/demo/hasakah-2022.ndjson';

interface ImportCommandOptions {
  url: string;
  batch: number;
  datasetVersion?: string;
  apiKey?: string;
}

export interface ImportDefaults {
  port: number;
  /** SITREP_API_KEY, sent when the command is not given --api-key. */
  apiKey?: string;
}

/**
 * `sitrep import` and `sitrep demo`: they post to a RUNNING Sitrep over HTTP, so they work the same
 * against the embedded default and a scaled deployment, and never open the embedded database
 * behind the server's back.
 */
export function registerImportCommands(program: Command, defaults: ImportDefaults): void {
  const url = `http://127.0.0.1:${defaults.port}`;
  const apiKeyHelp = 'API key with the ingest scope (default: SITREP_API_KEY)';
  program
    .command('import')
    .description('import reports into a running Sitrep: Airwars incident files, an ACLED or UCDP GED CSV, or NDJSON submissions. Exits 0 when every record was mapped and none was rejected, 1 otherwise.')
    .addArgument(new Argument('<source>', 'what the files are').choices(IMPORT_KINDS))
    .argument('<path>', 'airwars: a folder of incident JSON files; acled/ucdp: one CSV; ndjson: one ReportSubmission per line')
    .option('--url <url>', 'base URL of the running Sitrep', url)
    .option('--batch <n>', 'reports per request (1–1000)', parseBatchSize, 500)
    .option('--dataset-version <version>', 'UCDP GED release, e.g. 22.1 (required for ucdp: it is each row’s revision)')
    .option('--api-key <key>', apiKeyHelp)
    .action(async (kind: ImportKind, location: string, options: ImportCommandOptions) => {
      process.exitCode = await importCommand(kind, location, { ...options, apiKey: options.apiKey ?? defaults.apiKey });
    });
  program
    .command('demo')
    .description(`import the demo reports (${DEMO_FILE}: Hasakah, January–February 2022, written for Sitrep, CC0) into a running Sitrep; the same as \`sitrep import ndjson ${DEMO_FILE}\``)
    .option('--url <url>', 'base URL of the running Sitrep', url)
    .option('--api-key <key>', apiKeyHelp)
    .action(async (options: { url: string; apiKey?: string }) => {
      process.exitCode = await importCommand('ndjson', demoFile(), { url: options.url, batch: 500, apiKey: options.apiKey ?? defaults.apiKey });
    });
}

async function importCommand(kind: ImportKind, location: string, options: ImportCommandOptions): Promise<number> {
  const started = Date.now();
  const baseUrl = options.url.replace(/\/+$/, '');
  try {
    const source = await openImportSource(kind, location, { datasetVersion: options.datasetVersion });
    const client = new IngestClient(baseUrl, { apiKey: options.apiKey, onWait: (message) => process.stderr.write(`sitrep import: ${message}\n`) });
    const tally = await runImport(source, client, { batchSize: options.batch, progress: (total, unit) => importProgress(total, unit, process.stdout) });
    const title = `Imported ${kind} from ${location} into ${baseUrl} in ${((Date.now() - started) / 1000).toFixed(1)} s`;
    process.stdout.write(`${formatSummary(tally, { title, maxReasons: 10, maxExamples: 5 })}\n`);
    return importSucceeded(tally) ? 0 : 1;
  } catch (error) {
    process.stderr.write(`sitrep import: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

function parseBatchSize(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new InvalidArgumentError('must be a whole number from 1 to 1000 (Sitrep takes at most 1000 reports per request)');
  return n;
}

/** From the repository root (npm run sitrep), else beside the bundle (dist/sitrep/main.cjs). */
function demoFile(): string {
  const fromCwd = path.resolve(DEMO_FILE);
  return existsSync(fromCwd) ? fromCwd : path.resolve(path.dirname(process.argv[1] ?? '.'), '../..', DEMO_FILE);
}
