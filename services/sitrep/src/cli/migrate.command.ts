import type { SitrepConfig } from '@sitrep/config';
import type { Logger as Pino } from 'pino';
import { startEmbeddedRuntime } from '../runtime/embedded-runtime';
import { migrateScaled } from '../runtime/scaled-runtime';

/** Scaled: DATABASE_URL only (no Kafka needed). Embedded: starting the runtime applies them. */
export async function migrate(config: SitrepConfig, logger: Pino): Promise<void> {
  if (config.mode === 'scaled') {
    const applied = await migrateScaled(config);
    logger.info({ applied }, applied.length > 0 ? 'migrations applied' : 'migrations are up to date');
    return;
  }
  const runtime = await startEmbeddedRuntime(config, (m) => logger.info(m));
  await runtime.stop();
  logger.info('migrations are up to date');
}
