import type { SitrepConfig } from '@sitrep/config';
import type { ApiKeyStore } from '@sitrep/db';
import type { Logger as Pino } from 'pino';

export const ALL_SCOPES = ['ingest', 'read', 'admin'] as const;

/**
 * The first admin key. From SITREP_API_KEY when set (stored as a hash, idempotently). In the
 * embedded default with no key at all, one is generated and printed ONCE to the terminal — not
 * through the logger, so it never lands in structured logs — and only its hash is kept.
 */
export async function ensureBootstrapKey(config: SitrepConfig, keys: ApiKeyStore, logger: Pino, print: (text: string) => void): Promise<void> {
  if (config.apiKey) {
    await keys.create('bootstrap (SITREP_API_KEY)', [...ALL_SCOPES], undefined, config.apiKey);
    return;
  }
  if ((await keys.count()) > 0) return;
  if (config.mode !== 'embedded') {
    logger.warn('No API key exists: set SITREP_API_KEY (sitrep keygen makes one) so that anyone can use the API');
    return;
  }
  const { key, info } = await keys.create('bootstrap (generated)', [...ALL_SCOPES]);
  logger.info({ keyId: info.id }, 'generated the bootstrap admin API key');
  print(
    [
      '',
      '  Sitrep generated an admin API key. It is shown this once and stored only as a hash:',
      `    ${key}`,
      '  Use it as "Authorization: Bearer <key>", e.g. SITREP_API_KEY=<key> npm run sitrep -- demo',
      '',
    ].join('\n'),
  );
}
