import type { NestExpressApplication } from '@nestjs/platform-express';
import { LogUnavailableFilter } from './log-unavailable.filter';

/** Bounds every request body; a batch of 1,000 full reports fits, anything larger gets 413. */
export const MAX_BODY = '16mb';

/** HTTP settings every Sitrep process shares (call on an app created with bodyParser: false). */
export function configureHttp(app: NestExpressApplication): void {
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: MAX_BODY });
  app.useBodyParser('text', { type: ['application/x-ndjson', 'application/ndjson'], limit: MAX_BODY });
  app.useGlobalFilters(new LogUnavailableFilter());
}
