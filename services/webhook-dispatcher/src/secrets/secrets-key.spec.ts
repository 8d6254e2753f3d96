import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSecretsKey, SECRETS_KEY_FILE } from './secrets-key';

describe('loadSecretsKey', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sitrep-secrets-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('uses SITREP_SECRETS_KEY when it is set', async () => {
    const key = Buffer.alloc(32, 9);
    expect(await loadSecretsKey({ mode: 'scaled', secretsKey: key.toString('base64'), dataDir })).toEqual(key);
  });

  it('embedded without it: generates a key once into <dataDir>/secrets.key, mode 0600, and reuses it', async () => {
    const dir = path.join(dataDir, 'fresh');
    const [a, b] = await Promise.all([loadSecretsKey({ mode: 'embedded', dataDir: dir }), loadSecretsKey({ mode: 'embedded', dataDir: dir })]);
    expect(a).toHaveLength(32);
    expect(b).toEqual(a);
    expect(await loadSecretsKey({ mode: 'embedded', dataDir: dir })).toEqual(a);
    expect(statSync(path.join(dir, SECRETS_KEY_FILE)).mode & 0o777).toBe(0o600);
  });

  it('scaled without it: refuses, saying why', async () => {
    await expect(loadSecretsKey({ mode: 'scaled', dataDir })).rejects.toThrow('SITREP_SECRETS_KEY is required in scaled mode');
  });

  it('refuses a damaged key file instead of sealing with another key', async () => {
    const dir = path.join(dataDir, 'damaged');
    await loadSecretsKey({ mode: 'embedded', dataDir: dir });
    writeFileSync(path.join(dir, SECRETS_KEY_FILE), 'short');
    await expect(loadSecretsKey({ mode: 'embedded', dataDir: dir })).rejects.toThrow('32-byte');
  });
});
