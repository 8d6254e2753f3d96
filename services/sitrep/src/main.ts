import 'reflect-metadata';
import { loadConfig } from '@sitrep/config';
import { generateApiKey } from '@sitrep/db';
import { Command } from 'commander';
import { hostname } from 'node:os';
import { pino } from 'pino';
import { SERVICES, type ServiceName } from './app/root.module';
import { runServer } from './app/run-server';
import { registerClusterCommand } from './cli/cluster/cluster.command';
import { registerCopyLogCommand } from './cli/copy-log/copy-log.command';
import { registerImportCommands } from './cli/import/import.command';
import { migrate } from './cli/migrate.command';

const result = loadConfig(process.env, `${hostname()}-${process.pid}`);
if (!result.ok) {
  process.stderr.write(`Sitrep cannot start, the configuration is invalid:\n${result.errors.map((e) => `  - ${e}`).join('\n')}\n`);
  process.exit(2);
}
const config = result.config;
const logger = pino({ level: config.logLevel, base: { service: 'sitrep', instance: config.instanceId } });

const program = new Command('sitrep').description('Sitrep: a shared record of conflict incidents, with early warning.');

program
  .command('start')
  .description('run every service in one process (embedded default: no Kafka, no external database)')
  .action(() => runServer(config, Object.keys(SERVICES) as ServiceName[], logger));

program
  .command('serve')
  .description('run some services in this process (scaled: one service per process)')
  .argument('<services...>', `any of: ${Object.keys(SERVICES).join(', ')}`)
  .action((services: string[]) => {
    const unknown = services.filter((s) => !(s in SERVICES));
    if (unknown.length > 0) program.error(`unknown service(s): ${unknown.join(', ')}; known: ${Object.keys(SERVICES).join(', ')}`);
    return runServer(config, services as ServiceName[], logger);
  });

program
  .command('keygen')
  .description('print a new API key (e.g. for SITREP_API_KEY); nothing is stored')
  .action(() => void process.stdout.write(`${generateApiKey()}\n`));

program
  .command('migrate')
  .description('apply pending database migrations and exit')
  .action(() => migrate(config, logger));

registerImportCommands(program, { port: config.port, apiKey: config.apiKey });
registerClusterCommand(program, config, logger);
registerCopyLogCommand(program, config);

program
  .command('rebuild')
  .description('rebuild the read models from offset 0 into a new schema, online, in a running server (POST /v1/admin/rebuild)')
  .option('--url <url>', 'base URL of a running Sitrep that hosts the stream processor', `http://127.0.0.1:${config.port}`)
  .action(async (options: { url: string }) => {
    const headers = config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : undefined;
    const response = await fetch(new URL('/v1/admin/rebuild', options.url), { method: 'POST', headers });
    process.stdout.write(`${JSON.stringify(await response.json(), null, 2)}\n`);
    if (!response.ok) process.exit(1);
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  logger.fatal({ err: error }, 'Sitrep stopped on an error');
  process.exit(1);
});
