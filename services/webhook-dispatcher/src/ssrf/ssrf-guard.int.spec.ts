import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { enqueueNotification, notificationIdFor, WebhookEndpointStore } from '@sitrep/db';
import { describeWithPostgres, testDatabaseUrl } from '@sitrep/testing';
import { randomUUID } from 'node:crypto';
import { postWebhook } from '../delivery/post-webhook';
import { newWebhookSecret } from '../secrets/webhook-secret';
import { call, waitFor } from '../testing/webhook-api.client';
import { startWebhookHarness, type WebhookHarness } from '../testing/webhook.harness';
import { startWebhookReceiver, type WebhookReceiver } from '../testing/webhook-receiver';
import { DestinationGuard } from './destination-guard';

// No allow-list here: a server on 127.0.0.1 stands for the internal service an attacker aims at,
// and counts every TCP connection it gets — which must stay at zero.
describeWithPostgres('SSRF guard (no allow-list; a counting server on 127.0.0.1)', () => {
  let h: WebhookHarness;
  let target: WebhookReceiver;
  let port: string;

  beforeAll(async () => {
    h = await startWebhookHarness({ databaseServerUrl: testDatabaseUrl(), allow: [] });
    target = await startWebhookReceiver(() => ({ status: 200 }));
    port = new URL(target.url).port;
  });
  afterAll(async () => {
    await h?.close();
    await target?.close();
  });

  it('refuses metadata, private and loopback URLs on create with a 400 at `url`, before any connection', async () => {
    const refused: Array<[string, string]> = [
      ['http://169.254.169.254/latest/meta-data/iam/security-credentials/', '169.254.169.254 is a cloud metadata address'],
      ['http://[fd00:ec2::254]/latest/meta-data/', 'fd00:ec2::254 is a cloud metadata address'],
      ['http://10.0.0.1/hook', '10.0.0.1 is a private address'],
      [`http://localhost:${port}/hooks/sitrep`, 'localhost resolves to'],
      [`http://127.0.0.1:${port}/hooks/sitrep`, '127.0.0.1 is a loopback address'],
      [`http://0x7f000001:${port}/hooks/sitrep`, '127.0.0.1 is a loopback address'],
      [`http://[::ffff:127.0.0.1]:${port}/`, 'is a loopback address'],
      [`http://0.0.0.0:${port}/`, '0.0.0.0 is an unspecified address'],
    ];
    for (const [url, reason] of refused) {
      const { status, json } = await call<{ issues: Array<{ path: string; reason: string }> }>(h.baseUrl, 'POST', '/v1/webhooks', { url });
      expect([url, status]).toEqual([url, 400]);
      expect(json.issues).toEqual([{ path: 'url', reason: expect.stringContaining(reason) }]);
      expect(json.issues[0].reason).toContain('SITREP_WEBHOOK_ALLOW');
    }
    expect((await call<{ endpoints: unknown[] }>(h.baseUrl, 'GET', '/v1/webhooks')).json.endpoints).toEqual([]);
    expect(target.connections).toBe(0);
  });

  it('refuses before every send too: an endpoint already stored for an address now off limits goes dead unsent', async () => {
    const id = randomUUID();
    const store = new WebhookEndpointStore(h.db.dataSource);
    await store.create({ id, url: target.url, description: 'registered while 127.0.0.1 was allow-listed', filter: {}, secretSealed: h.box.seal(newWebhookSecret(), id), createdBy: null });
    await enqueueNotification(h.db.dataSource, { id: notificationIdFor('ssrf', Date.now()), type: 'alert.firing', payload: {} });
    await waitFor('the delivery to die', async () => (await h.db.dataSource.query(`SELECT state FROM delivery WHERE endpoint_id = $1`, [id]))[0]?.state === 'dead');
    const [attempt] = await h.db.dataSource.query(`SELECT outcome, status_code, error FROM delivery_attempt WHERE endpoint_id = $1`, [id]);
    expect(attempt).toMatchObject({ outcome: 'dead', status_code: null, error: expect.stringMatching(/^refused by the SSRF guard: 127\.0\.0\.1 is a loopback address/) });
    expect(target.connections).toBe(0);
  });

  it('checks the address actually connected to: a name that passed the check but resolves inwards (DNS rebinding) is refused', async () => {
    // The check is fooled (it was told localhost is public); the agent's own lookup is not.
    const fooled = new DestinationGuard([], async () => ['93.184.215.14']);
    const url = new URL(`http://localhost:${port}/hooks/sitrep`);
    expect(await fooled.check(url.href)).toEqual({ ok: true });
    const sent = await postWebhook({ url, headers: { 'content-type': 'application/json' }, body: '{}', timeoutMs: 2_000, agent: fooled.agentFor(url) });
    expect(sent.result).toMatchObject({ kind: 'refused', reason: expect.stringContaining('is not allowed') });
    expect(target.connections).toBe(0);
  });
});
