import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { describeWithPostgres, testDatabaseUrl } from '@sitrep/testing';
import { PassThrough } from 'node:stream';
import { Webhook } from 'standardwebhooks';
import { call, waitFor, type CreatedEndpoint } from '../testing/webhook-api.client';
import { startWebhookHarness, type WebhookHarness } from '../testing/webhook.harness';
import { startWebhookReceiver, type WebhookReceiver } from '../testing/webhook-receiver';

describeWithPostgres('/v1/webhooks (real PostgreSQL, real receiver on 127.0.0.1)', () => {
  let h: WebhookHarness;
  let receiver: WebhookReceiver;
  let logs = '';
  const secretsShown: string[] = [];

  beforeAll(async () => {
    const logStream = new PassThrough();
    logStream.on('data', (chunk: Buffer) => (logs += chunk.toString('utf8')));
    h = await startWebhookHarness({ databaseServerUrl: testDatabaseUrl(), allow: ['127.0.0.1'], logTo: logStream });
    receiver = await startWebhookReceiver(() => ({ status: 200, body: '{"received":true}' }));
  });
  afterAll(async () => {
    await h?.close();
    await receiver?.close();
  });

  const create = async (body: Record<string, unknown> = {}) => {
    const { status, json } = await call<CreatedEndpoint>(h.baseUrl, 'POST', '/v1/webhooks', { url: receiver.url, description: 'ops room', ...body });
    expect(status).toBe(201);
    secretsShown.push(json.secret);
    return json;
  };

  it('creates an endpoint and shows its whsec_ secret once; lists and reads never show it', async () => {
    const created = await create({ filter: { ruleIds: ['rule-1'], minSeverity: 'medium' } });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(created.endpoint).toMatchObject({ url: receiver.url, description: 'ops room', enabled: true, filter: { ruleIds: ['rule-1'], minSeverity: 'medium' } });
    const list = await call(h.baseUrl, 'GET', '/v1/webhooks');
    const one = await call(h.baseUrl, 'GET', `/v1/webhooks/${created.endpoint.id}`);
    expect(one.json).toEqual({ endpoint: created.endpoint });
    for (const body of [list.json, one.json]) {
      expect(JSON.stringify(body)).not.toContain(created.secret.slice(6));
      expect(JSON.stringify(body)).not.toMatch(/secret"/i);
    }
  });

  it('stores the secret encrypted: the column holds neither its text nor its key bytes', async () => {
    const { endpoint, secret } = await create();
    const [row] = await h.db.dataSource.query(`SELECT secret_sealed FROM webhook_endpoint WHERE id = $1`, [endpoint.id]);
    const sealed = row.secret_sealed as Buffer;
    expect(sealed.length).toBeGreaterThan(29);
    expect(sealed.includes(Buffer.from(secret))).toBe(false);
    expect(sealed.includes(Buffer.from(secret.slice(6), 'base64'))).toBe(false);
    expect(sealed.toString('latin1')).not.toContain(secret.slice(6, 20));
  });

  it('answers 400 with every field path for an invalid body', async () => {
    const { status, json } = await call<{ issues: Array<{ path: string }> }>(h.baseUrl, 'POST', '/v1/webhooks', { url: 5, filter: { ruleIds: [], minSeverity: 'urgent' }, colour: 'red' });
    expect(status).toBe(400);
    expect(json.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['url', 'filter.ruleIds', 'filter.minSeverity', 'colour']));
    const bad = await call<{ issues: Array<{ path: string; reason: string }> }>(h.baseUrl, 'POST', '/v1/webhooks', { url: 'ftp://example.org/x' });
    expect(bad.json.issues).toEqual([{ path: 'url', reason: 'url must be an absolute http:// or https:// URL' }]);
    expect((await call(h.baseUrl, 'GET', '/v1/webhooks/not-a-uuid')).status).toBe(404);
  });

  it('test-fires a signed `test` notification that the receiver verifies, and logs the delivery with its attempts', async () => {
    const { endpoint, secret } = await create();
    receiver.secrets = [secret];
    const fired = await call<{ notificationId: string }>(h.baseUrl, 'POST', `/v1/webhooks/${endpoint.id}/test`);
    expect(fired.status).toBe(202);
    await waitFor('the test notification', () => receiver.received.some((r) => r.id === fired.json.notificationId));
    const hit = receiver.received.find((r) => r.id === fired.json.notificationId)!;
    expect(hit.verified).toBe(true);
    expect(new Webhook(secret).verify(hit.body, hit.headers as Record<string, string>)).toMatchObject({ type: 'test', data: { endpointId: endpoint.id } });
    expect(hit.headers).toMatchObject({ 'content-type': 'application/json', 'user-agent': 'Sitrep-Webhooks/1.0' });
    await waitFor('the attempt to be recorded', async () => (await deliveriesOf(endpoint.id))[0]?.state === 'succeeded');
    const [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ notificationId: fired.json.notificationId, type: 'test', state: 'succeeded', attempts: 1 });
    expect(delivery.attemptLog).toEqual([expect.objectContaining({ attempt: 1, outcome: 'succeeded', statusCode: 200, responseSnippet: '{"received":true}', latencyMs: expect.any(Number) })]);
  });

  it('redelivers with the same webhook-id; 404 for an unknown notification', async () => {
    const { endpoint, secret } = await create();
    receiver.secrets = [secret];
    const { json } = await call<{ notificationId: string }>(h.baseUrl, 'POST', `/v1/webhooks/${endpoint.id}/test`);
    await waitFor('first delivery', async () => (await deliveriesOf(endpoint.id))[0]?.state === 'succeeded');
    const again = await call(h.baseUrl, 'POST', `/v1/webhooks/${endpoint.id}/deliveries/${json.notificationId}/redeliver`);
    expect(again).toEqual({ status: 202, json: { notificationId: json.notificationId, endpointId: endpoint.id, status: 'queued' } });
    await waitFor('the redelivery', () => receiver.received.filter((r) => r.id === json.notificationId).length === 2);
    expect(receiver.received.filter((r) => r.id === json.notificationId).every((r) => r.verified)).toBe(true);
    expect((await call(h.baseUrl, 'POST', `/v1/webhooks/${endpoint.id}/deliveries/msg_unknown/redeliver`)).status).toBe(404);
  });

  it('rotates the secret: during the grace period each delivery carries both signatures', async () => {
    const { endpoint, secret: old } = await create();
    const rotated = await call<{ secret: string; previousSecretValidUntil: string }>(h.baseUrl, 'POST', `/v1/webhooks/${endpoint.id}/rotate-secret`);
    expect(rotated.status).toBe(200);
    secretsShown.push(rotated.json.secret);
    expect(rotated.json.secret).not.toBe(old);
    expect(Date.parse(rotated.json.previousSecretValidUntil)).toBeGreaterThan(Date.now() + 23 * 3600_000);
    receiver.secrets = [old];
    const { json } = await call<{ notificationId: string }>(h.baseUrl, 'POST', `/v1/webhooks/${endpoint.id}/test`);
    await waitFor('the delivery', () => receiver.received.some((r) => r.id === json.notificationId));
    const hit = receiver.received.find((r) => r.id === json.notificationId)!;
    expect(hit.signature.split(' ')).toHaveLength(2);
    for (const secret of [old, rotated.json.secret]) expect(() => new Webhook(secret).verify(hit.body, hit.headers as Record<string, string>)).not.toThrow();
  });

  it('disables and re-enables, changes the URL under the same SSRF check, and deletes', async () => {
    const { endpoint } = await create();
    const off = await call<{ endpoint: { enabled: boolean; disabledReason: string } }>(h.baseUrl, 'PATCH', `/v1/webhooks/${endpoint.id}`, { enabled: false, disabledReason: 'receiver maintenance' });
    expect(off.json.endpoint).toMatchObject({ enabled: false, disabledReason: 'receiver maintenance' });
    expect((await call(h.baseUrl, 'POST', `/v1/webhooks/${endpoint.id}/test`)).status).toBe(409);
    const on = await call(h.baseUrl, 'PATCH', `/v1/webhooks/${endpoint.id}`, { enabled: true, description: 'back', filter: {} });
    expect(on.json.endpoint).toMatchObject({ enabled: true, disabledReason: null, description: 'back', filter: {} });
    const inward = await call<{ issues: Array<{ path: string; reason: string }> }>(h.baseUrl, 'PATCH', `/v1/webhooks/${endpoint.id}`, { url: 'http://169.254.169.254/latest/meta-data/' });
    expect(inward.status).toBe(400);
    expect(inward.json.issues[0]).toMatchObject({ path: 'url', reason: expect.stringContaining('cloud metadata') });
    expect((await call(h.baseUrl, 'DELETE', `/v1/webhooks/${endpoint.id}`)).status).toBe(204);
    expect((await call(h.baseUrl, 'GET', `/v1/webhooks/${endpoint.id}`)).status).toBe(404);
    expect((await call(h.baseUrl, 'DELETE', `/v1/webhooks/${endpoint.id}`)).status).toBe(404);
  });

  it('exposes delivery metrics on the registry', async () => {
    const text = await h.registry.metrics();
    expect(text).toMatch(/sitrep_webhook_attempts_total\{outcome="succeeded"\} [1-9]/);
    expect(text).toContain('sitrep_webhook_attempt_duration_seconds_bucket');
    expect(text).toMatch(/sitrep_webhook_queue_depth \d+/);
  });

  it('never writes a secret to the logs (captured pino output of everything above)', async () => {
    await waitFor('log lines', () => logs.includes('webhook attempt succeeded'));
    expect(secretsShown.length).toBeGreaterThanOrEqual(7);
    for (const secret of secretsShown) {
      expect(logs).not.toContain(secret);
      expect(logs).not.toContain(secret.slice(6, 30));
    }
    expect(logs).not.toContain('/hooks/sitrep');
  });

  async function deliveriesOf(endpointId: string) {
    const { json } = await call<{ deliveries: Array<Record<string, unknown> & { state: string; attemptLog: unknown[] }> }>(h.baseUrl, 'GET', `/v1/webhooks/${endpointId}/deliveries`);
    return json.deliveries;
  }
});
