import { topicSpecs } from '@sitrep/contracts';
import type { SitrepConfig } from '@sitrep/config';
import { createDataSource, EmbeddedReportLog, postgresProbe, runMigrations, startEmbeddedPostgres } from '@sitrep/db';
import type { Runtime } from './runtime';

/** One process, no infrastructure: PostgreSQL from npm binaries, the log as a table inside it. */
export async function startEmbeddedRuntime(config: SitrepConfig, say: (message: string) => void): Promise<Runtime> {
  const server = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, log: say });
  const database = createDataSource({ url: server.url, applicationName: `sitrep-${config.instanceId}` });
  try {
    await database.initialize();
    const applied = await runMigrations(database);
    if (applied.length > 0) say(`applied migrations: ${applied.join(', ')}`);
    const log = new EmbeddedReportLog(database, { memberId: config.instanceId, log: say, partitionsConsumedConcurrently: config.partitionsConsumedConcurrently });
    await log.ensureTopics(topicSpecs(config.partitions));
    return {
      mode: 'embedded',
      database,
      log,
      probes: [postgresProbe(database), { name: 'log', check: () => log.ping() }],
      stop: async () => {
        await log.close();
        await database.destroy();
        await server.stop();
      },
    };
  } catch (error) {
    if (database.isInitialized) await database.destroy();
    await server.stop();
    throw error;
  }
}
