import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { describeWithPostgres, testDatabaseUrl } from '@sitrep/testing';
import { createScratchDatabase, type ScratchDatabase } from '../testing/scratch-database';
import { ApiKeyStore } from './api-key.store';
import { AuditLogStore } from './audit-log.store';

describeWithPostgres('ApiKeyStore', () => {
  let db: ScratchDatabase;
  let keys: ApiKeyStore;
  beforeAll(async () => {
    db = await createScratchDatabase(testDatabaseUrl());
    keys = new ApiKeyStore(db.dataSource);
  });
  afterAll(() => db.drop());

  it('verifies a created key by its secret and stores only a hash', async () => {
    const { key, info } = await keys.create('pipeline', ['ingest'], 'admin-key');
    expect(key).toMatch(/^sk_[a-z0-9]{12}\.[A-Za-z0-9_-]{43}$/);
    expect(await keys.verify(key)).toEqual({ id: info.id, scopes: ['ingest'] });
    const stored = await db.dataSource.query(`SELECT * FROM api_key WHERE id = $1`, [info.id]);
    expect(JSON.stringify(stored)).not.toContain(key.split('.')[1]);
    expect(JSON.stringify(await keys.list())).not.toContain(key.split('.')[1]);
  });

  it('refuses a wrong secret, a malformed key and a revoked key', async () => {
    const { key, info } = await keys.create('reader', ['read']);
    const wrong = `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`;
    expect(await keys.verify(wrong)).toBeNull();
    expect(await keys.verify('Bearer nonsense')).toBeNull();
    expect(await keys.revoke(info.id)).toBe(true);
    expect(await keys.revoke(info.id)).toBe(false);
    expect(await keys.verify(key)).toBeNull();
    expect((await keys.find(info.id))?.revokedAt).toBeDefined();
  });

  it('takes a bootstrap key given by the operator, once', async () => {
    const given = `sk_bootstrap001.${'a'.repeat(43)}`;
    await keys.create('bootstrap', ['admin'], undefined, given);
    await keys.create('bootstrap', ['admin'], undefined, given);
    expect((await keys.list()).filter((k) => k.id === 'bootstrap001')).toHaveLength(1);
    expect(await keys.verify(given)).toEqual({ id: 'bootstrap001', scopes: ['admin'] });
  });

  it('keeps an audit trail of administrative actions', async () => {
    const audit = new AuditLogStore(db.dataSource);
    await audit.record({ keyId: 'bootstrap001', action: 'api_key.revoke', target: 'abc', details: { reason: 'leaked' } });
    expect((await audit.recent(1))[0]).toMatchObject({ keyId: 'bootstrap001', action: 'api_key.revoke', target: 'abc', details: { reason: 'leaked' } });
  });
});
