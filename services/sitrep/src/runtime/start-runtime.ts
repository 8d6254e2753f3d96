import type { SitrepConfig } from '@sitrep/config';
import type { Logger as Pino } from 'pino';
import { startEmbeddedRuntime } from './embedded-runtime';
import type { Runtime } from './runtime';
import { startScaledRuntime } from './scaled-runtime';

export function startRuntime(config: SitrepConfig, logger: Pino): Promise<Runtime> {
  return config.mode === 'embedded' ? startEmbeddedRuntime(config, (message) => logger.info(message)) : startScaledRuntime(config, logger);
}
