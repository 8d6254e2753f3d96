import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { describeWithPostgres, testDatabaseUrl } from '@sitrep/testing';
import { randomUUID } from 'node:crypto';
import { createScratchDatabase, type ScratchDatabase } from '../testing/scratch-database';
import { enqueueNotification } from './enqueue-notification';
import { notificationIdFor } from './notification-id';
import { WebhookDeliveryStore, type AttemptRecord, type ClaimedDelivery } from './webhook-delivery.store';
import { WebhookEndpointStore } from './webhook-endpoint.store';
import type { EndpointFilter } from './webhook.types';

describeWithPostgres('webhook outbox (real PostgreSQL)', () => {
  let db: ScratchDatabase;
  let endpoints: WebhookEndpointStore;
  let deliveries: WebhookDeliveryStore;
  let serial = 0;

  beforeAll(async () => {
    db = await createScratchDatabase(testDatabaseUrl(), 'sitrep_webhooks');
    endpoints = new WebhookEndpointStore(db.dataSource);
    deliveries = new WebhookDeliveryStore(db.dataSource);
  });
  afterAll(() => db.drop());

  const endpoint = (filter: EndpointFilter = {}) =>
    endpoints.create({ id: randomUUID(), url: 'https://hooks.example.org/x', description: '', filter, secretSealed: Buffer.from('sealed'), createdBy: null });
  const nextId = () => notificationIdFor('fingerprint', 'firing', (serial += 1), process.pid, Date.now());
  const count = async (sql: string, params: unknown[]) => Number((await db.dataSource.query(sql, params))[0].n);
  const record = (c: ClaimedDelivery, owner: string, patch: Partial<AttemptRecord>): AttemptRecord => ({
    notificationId: c.notificationId, endpointId: c.endpointId, owner, attempt: c.attempt, at: new Date(), outcome: 'succeeded',
    statusCode: 200, latencyMs: 5, error: null, responseSnippet: 'ok', disableAfterDead: 3, ...patch,
  });
  /** Only this test's endpoints' deliveries, so tests sharing the database do not claim each other's. */
  const reset = () => db.dataSource.query(`DELETE FROM webhook_endpoint`);

  it('enqueues once per id: a replay adds neither a notification nor a delivery', async () => {
    await reset();
    const e = await endpoint();
    const id = nextId();
    const first = await deliveries.enqueue({ id, type: 'alert.firing', payload: { a: 1 }, ruleId: 'r1', severity: 'high' });
    const again = await deliveries.enqueue({ id, type: 'alert.firing', payload: { a: 2 }, ruleId: 'r1', severity: 'high' });
    expect(first).toEqual({ created: true, endpointIds: [e.id] });
    expect(again).toEqual({ created: false, endpointIds: [] });
    expect(await count(`SELECT count(*) AS n FROM notification WHERE id = $1`, [id])).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM delivery WHERE notification_id = $1`, [id])).toBe(1);
  });

  it('enqueues inside the caller transaction: gone on rollback, there on commit', async () => {
    await reset();
    await endpoint();
    const [rolledBack, committed] = [nextId(), nextId()];
    await expect(
      db.dataSource.transaction(async (manager) => {
        await enqueueNotification(manager, { id: rolledBack, type: 'alert.firing', payload: {} });
        throw new Error('the engine batch failed');
      }),
    ).rejects.toThrow('the engine batch failed');
    await db.dataSource.transaction((manager) => enqueueNotification(manager, { id: committed, type: 'alert.firing', payload: {} }));
    expect(await count(`SELECT count(*) AS n FROM notification WHERE id = ANY($1)`, [[rolledBack, committed]])).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM delivery WHERE notification_id = $1`, [committed])).toBe(1);
  });

  it('fans out to enabled endpoints whose filter matches (rule ids, minimum severity); a test-fire to one only', async () => {
    await reset();
    const all = await endpoint();
    const ruleA = await endpoint({ ruleIds: ['rule-a'] });
    const high = await endpoint({ minSeverity: 'high' });
    const off = await endpoint();
    await endpoints.update(off.id, { enabled: false });
    const fan = async (ruleId: string, severity: 'low' | 'critical') => (await deliveries.enqueue({ id: nextId(), type: 'alert.firing', payload: {}, ruleId, severity })).endpointIds.sort();
    expect(await fan('rule-a', 'low')).toEqual([all.id, ruleA.id].sort());
    expect(await fan('rule-b', 'critical')).toEqual([all.id, high.id].sort());
    expect((await deliveries.enqueue({ id: nextId(), type: 'test', payload: {}, endpointId: high.id })).endpointIds).toEqual([high.id]);
    await expect(deliveries.enqueue({ id: 'not an id!', type: 'test', payload: {} })).rejects.toThrow('must match');
  });

  it('gives each due delivery to one claimer at a time (SKIP LOCKED)', async () => {
    await reset();
    await endpoint();
    for (let i = 0; i < 40; i += 1) await deliveries.enqueue({ id: nextId(), type: 'alert.firing', payload: { i } });
    const claims = await Promise.all(['a', 'b', 'c', 'd'].map((owner) => deliveries.claimDue(owner, 15, 30)));
    const ids = claims.flat().map((c) => c.notificationId);
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
    expect(await deliveries.claimDue('e', 100, 30)).toEqual([]);
  });

  it('lets another dispatcher take over an expired lease; the late owner only logs its attempt', async () => {
    await reset();
    await endpoint();
    await deliveries.enqueue({ id: nextId(), type: 'alert.firing', payload: {} });
    const [mine] = await deliveries.claimDue('crashed', 10, 0.2);
    expect(await deliveries.claimDue('other', 10, 30)).toEqual([]);
    await new Promise((r) => setTimeout(r, 300));
    const [theirs] = await deliveries.claimDue('other', 10, 30);
    expect([mine.attempt, theirs.attempt]).toEqual([1, 2]);
    expect(await deliveries.recordAttempt(record(mine, 'crashed', {}))).toEqual({ applied: false, endpointDisabled: false });
    expect(await deliveries.recordAttempt(record(theirs, 'other', {}))).toEqual({ applied: true, endpointDisabled: false });
    const attempts = await db.dataSource.query(`SELECT attempt, dispatcher FROM delivery_attempt WHERE notification_id = $1 ORDER BY attempt`, [mine.notificationId]);
    expect(attempts).toEqual([{ attempt: 1, dispatcher: 'crashed' }, { attempt: 2, dispatcher: 'other' }]);
  });

  it('schedules a retry, and disables an endpoint after N dead deliveries in a row (a success resets the streak)', async () => {
    await reset();
    const e = await endpoint();
    const ids = [nextId(), nextId(), nextId(), nextId(), nextId()];
    for (const id of ids) await deliveries.enqueue({ id, type: 'alert.firing', payload: {} });
    const claimed = await deliveries.claimDue('d', 10, 30);
    const byId = new Map(claimed.map((c) => [c.notificationId, c]));
    const retry = await deliveries.recordAttempt(record(byId.get(ids[0])!, 'd', { outcome: 'retry', statusCode: 503, retryInMs: 60_000, error: 'HTTP 503' }));
    expect(retry).toEqual({ applied: true, endpointDisabled: false });
    expect(await deliveries.claimDue('d', 10, 30)).toEqual([]);
    const dead = (id: string) => deliveries.recordAttempt(record(byId.get(id)!, 'd', { outcome: 'dead', statusCode: 400, error: 'HTTP 400' }));
    expect((await dead(ids[1])).endpointDisabled).toBe(false);
    expect((await deliveries.recordAttempt(record(byId.get(ids[2])!, 'd', {}))).endpointDisabled).toBe(false);
    expect((await dead(ids[3])).endpointDisabled).toBe(false);
    expect((await dead(ids[4])).endpointDisabled).toBe(false);
    expect((await endpoints.get(e.id))?.consecutiveDead).toBe(2);
    await deliveries.enqueue({ id: nextId(), type: 'alert.firing', payload: {} });
    await db.dataSource.query(`UPDATE delivery SET next_attempt_at = now() WHERE notification_id = $1`, [ids[0]]);
    const again = await deliveries.claimDue('d', 10, 30);
    expect(again).toHaveLength(2);
    const results = await Promise.all(again.map((c) => deliveries.recordAttempt(record(c, 'd', { outcome: 'dead', statusCode: 410, error: 'HTTP 410' }))));
    expect(results.filter((r) => r.endpointDisabled)).toHaveLength(1);
    expect(await endpoints.get(e.id)).toMatchObject({ enabled: false, consecutiveDead: 4, disabledReason: expect.stringContaining('dead deliveries in a row') });
  });

  it('redelivers a finished delivery with the same id and a fresh schedule; refuses one in flight', async () => {
    await reset();
    const e = await endpoint();
    const id = nextId();
    await deliveries.enqueue({ id, type: 'alert.firing', payload: {} });
    const [first] = await deliveries.claimDue('d', 10, 30);
    expect(await deliveries.redeliver(id, e.id)).toBe('in_flight');
    await deliveries.recordAttempt(record(first, 'd', { outcome: 'dead', statusCode: 400 }));
    expect(await deliveries.redeliver(id, e.id)).toBe('queued');
    const [second] = await deliveries.claimDue('d', 10, 30);
    expect(second).toMatchObject({ notificationId: id, attempt: 2, roundAttempt: 1 });
    expect(await deliveries.redeliver(nextId(), e.id)).toBe('not_found');
    await deliveries.recordAttempt(record(second, 'd', {}));
    const late = await endpoint();
    expect(await deliveries.redeliver(id, late.id)).toBe('queued');
    expect(await deliveries.redeliver(id)).toBe('queued');
    expect(await count(`SELECT count(*) AS n FROM delivery WHERE notification_id = $1 AND state = 'pending' AND round_attempts = 0`, [id])).toBe(2);
    expect(await deliveries.redeliver(nextId())).toBe('not_found');
  });
});
