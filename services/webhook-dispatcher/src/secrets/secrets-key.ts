import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export interface SecretsKeySource {
  mode: 'embedded' | 'scaled';
  /** SITREP_SECRETS_KEY, base64 of 32 bytes (validated at boot). */
  secretsKey?: string;
  dataDir: string;
}

export const SECRETS_KEY_FILE = 'secrets.key';

/**
 * The key that seals webhook secrets. From SITREP_SECRETS_KEY when set. Embedded without it:
 * generated once into <dataDir>/secrets.key (mode 0600) and read from there on every later start,
 * so a restart can still open what it sealed. Scaled without it: refused, because every
 * dispatcher must share the key and a per-container file would differ (and vanish) between them.
 */
export async function loadSecretsKey(source: SecretsKeySource): Promise<Buffer> {
  if (source.secretsKey !== undefined) return Buffer.from(source.secretsKey, 'base64');
  if (source.mode !== 'embedded') {
    throw new Error('SITREP_SECRETS_KEY is required in scaled mode: it encrypts webhook secrets, and every dispatcher must use the same one (e.g. `openssl rand -base64 32`)');
  }
  const file = path.resolve(source.dataDir, SECRETS_KEY_FILE);
  await mkdir(path.dirname(file), { recursive: true });
  try {
    // 'wx': of two processes starting at once, one writes and the other reads what it wrote.
    await writeFile(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const key = Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
  if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte base64 key; restore it (webhook secrets sealed with it cannot be opened otherwise)`);
  return key;
}
