import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { SitrepConfig } from '@sitrep/config';
import { ApiKeyStore } from '@sitrep/db';
import { configureHttp } from '@sitrep/platform';
import { setupQueryApiDocs } from '@sitrep/query-api';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Logger as Pino } from 'pino';
import { ensureBootstrapKey } from '../access/bootstrap-key';
import { startRuntime } from '../runtime/start-runtime';
import { RootModule, type ServiceName } from './root.module';

const DRAIN_LIMIT_MS = 30_000;
export async function runServer(config: SitrepConfig, services: ServiceName[], logger: Pino): Promise<void> {
  const runtime = await startRuntime(config, logger);
  const app = await NestFactory.create<NestExpressApplication>(RootModule.compose(config, runtime, services), { bufferLogs: true, bodyParser: false });
  configureHttp(app);
  // Without upgrade-insecure-requests: a plain-HTTP deployment (compose on a LAN) would otherwise
  // have the browser rewrite the dashboard's own script and style URLs to https and show nothing.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  if (config.corsOrigins.length > 0) app.enableCors({ origin: config.corsOrigins, allowedHeaders: ['authorization', 'content-type', 'x-api-key', 'last-event-id'] });
  app.useLogger(app.get(Logger));
  if (services.includes('query-api')) {
    setupQueryApiDocs(app);
    serveDashboard(app, logger);
  }
  await ensureBootstrapKey(config, app.get(ApiKeyStore), logger, (text) => process.stderr.write(`${text}\n`));
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'draining');
    const timer = setTimeout(() => {
      logger.error('drain took too long; exiting');
      process.exit(1);
    }, DRAIN_LIMIT_MS);
    try {
      await app.close();
      await runtime.stop();
      logger.info('stopped cleanly');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'error while draining');
      clearTimeout(timer);
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  await app.listen(config.port, config.host);
  logger.info({ url: `http://${config.host}:${config.port}`, mode: config.mode, services }, 'Sitrep is up');
}

/**
 * The analyst dashboard (services/dashboard, built by `npm run build` into dist/dashboard) at `/`.
 * Static files only: GET outside /v1 is public, and the page itself asks for an API key. Looked for
 * beside the bundle (test builds) and then in dist/dashboard next to dist/sitrep.
 */
function serveDashboard(app: NestExpressApplication, logger: Pino): void {
  const bundleDir = path.dirname(path.resolve(process.argv[1] ?? '.'));
  const dir = [path.join(bundleDir, 'dashboard'), path.join(bundleDir, '../dashboard')].find((candidate) => existsSync(path.join(candidate, 'index.html')));
  if (dir === undefined) {
    logger.warn('the dashboard is not built (npm run build:dashboard): / will answer 404');
    return;
  }
  app.useStaticAssets(dir, {
    index: 'index.html',
    // Scripts and styles carry a content hash in their names; the page must be re-read to find new ones.
    setHeaders: (res, file) => res.setHeader('cache-control', file.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable'),
  });
}
