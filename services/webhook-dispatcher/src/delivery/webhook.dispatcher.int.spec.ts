import { afterAll, afterEach, beforeAll, expect, it } from '@jest/globals';
import { enqueueNotification, notificationIdFor } from '@sitrep/db';
import { describeWithPostgres, testDatabaseUrl } from '@sitrep/testing';
import { call, waitFor, type CreatedEndpoint } from '../testing/webhook-api.client';
import { startWebhookHarness, type WebhookHarness } from '../testing/webhook.harness';
import { startWebhookReceiver, type Reply, type Responder, type WebhookReceiver } from '../testing/webhook-receiver';
import type { WebhookDispatcher } from './webhook.dispatcher';

// The app's own dispatcher stays off: each test runs the dispatchers it is about.
describeWithPostgres('webhook dispatcher (real PostgreSQL, real receivers on 127.0.0.1)', () => {
  let h: WebhookHarness;
  let serial = 0;
  const running: WebhookDispatcher[] = [];
  const receivers: WebhookReceiver[] = [];

  beforeAll(async () => {
    h = await startWebhookHarness({ databaseServerUrl: testDatabaseUrl(), allow: ['127.0.0.1'], settings: { dispatch: false, timeoutMs: 1_000, leaseSeconds: 5 } });
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((d) => d.stop()));
    await Promise.all(receivers.splice(0).map((r) => r.close()));
    await h.db.dataSource.query('DELETE FROM webhook_endpoint');
  });
  afterAll(() => h?.close());

  const receiverWith = async (respond: Responder) => {
    const receiver = await startWebhookReceiver(respond);
    receivers.push(receiver);
    const { json } = await call<CreatedEndpoint>(h.baseUrl, 'POST', '/v1/webhooks', { url: receiver.url });
    receiver.secrets = [json.secret];
    return { receiver, endpointId: json.endpoint.id };
  };
  const dispatcher = (owner: string, settings = {}) => {
    const d = h.extraDispatcher(owner, settings);
    running.push(d);
    d.start();
    return d;
  };
  const enqueue = async (count: number, payload: (i: number) => Record<string, unknown> = (i) => ({ type: 'alert.firing', data: { i } })) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const id = notificationIdFor('fp', 'firing', (serial += 1), Date.now());
      await enqueueNotification(h.db.dataSource, { id, type: 'alert.firing', payload: payload(i) });
      ids.push(id);
    }
    return ids;
  };
  const states = async (endpointId: string) =>
    (await h.db.dataSource.query(`SELECT state, count(*)::int AS n FROM delivery WHERE endpoint_id = $1 GROUP BY state`, [endpointId])) as Array<{ state: string; n: number }>;
  const allSucceeded = (endpointId: string, n: number) => async () => JSON.stringify(await states(endpointId)) === JSON.stringify([{ state: 'succeeded', n }]);
  const attemptRows = (endpointId: string) =>
    h.db.dataSource.query(`SELECT notification_id, attempt, dispatcher, outcome, status_code, error FROM delivery_attempt WHERE endpoint_id = $1 ORDER BY notification_id, attempt`, [endpointId]) as Promise<
      Array<{ notification_id: string; attempt: number; dispatcher: string; outcome: string; status_code: number | null; error: string | null }>
    >;

  it('delivers every notification through 500s, timeouts and dropped connections, each under one stable webhook-id', async () => {
    const failures = new Map<string, number>();
    const kinds: Reply[] = [{ status: 500 }, { status: 200, delayMs: 1_500 }, { status: 200, reset: true }, { status: 503, body: 'down' }];
    const { receiver, endpointId } = await receiverWith((hit, nth) => {
      if (!failures.has(hit.id)) failures.set(hit.id, failures.size % 4);
      return nth <= failures.get(hit.id)! ? kinds[(nth + failures.size) % kinds.length] : { status: 200 };
    });
    const ids = await enqueue(24);
    dispatcher('d1');
    await waitFor('every delivery to succeed', allSucceeded(endpointId, 24), 30_000);
    expect(new Set(receiver.received.map((r) => r.id))).toEqual(new Set(ids));
    for (const id of ids) {
      const hits = receiver.received.filter((r) => r.id === id);
      expect(hits).toHaveLength(failures.get(id)! + 1);
      expect(hits.map((r) => r.attempt)).toEqual(hits.map((_, i) => i + 1));
      expect(hits.every((r) => r.verified)).toBe(true);
      expect(new Set(hits.map((r) => r.body)).size).toBe(1);
    }
    expect([...failures.values()].filter((n) => n > 0).length).toBeGreaterThanOrEqual(12);
    const rows = await attemptRows(endpointId);
    expect(rows).toHaveLength(receiver.received.length);
    expect(rows.filter((r) => r.outcome === 'retry').map((r) => r.error)).toEqual(expect.arrayContaining(['HTTP 500', 'HTTP 503', 'no response within 1000 ms']));
  });

  it('is woken by a committed enqueue (LISTEN/NOTIFY): with a 10-minute poll it still delivers', async () => {
    const { receiver, endpointId } = await receiverWith(() => ({ status: 200 }));
    const d = h.extraDispatcher('woken', { dispatch: true, pollIntervalMs: 600_000 });
    running.push(d);
    await d.onApplicationBootstrap();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const [id] = await enqueue(1);
    await waitFor('the delivery, long before the next poll', allSucceeded(endpointId, 1));
    expect(receiver.received.map((hit) => hit.id)).toEqual([id]);
  });

  it('is dead at once on a 400, logging the status and the response', async () => {
    const { receiver, endpointId } = await receiverWith(() => ({ status: 400, body: '{"error":"unknown event"}' }));
    await enqueue(1);
    dispatcher('d1');
    await waitFor('the delivery to die', async () => (await states(endpointId))[0]?.state === 'dead');
    await new Promise((r) => setTimeout(r, 200));
    expect(receiver.received).toHaveLength(1);
    expect(await attemptRows(endpointId)).toEqual([expect.objectContaining({ attempt: 1, outcome: 'dead', status_code: 400, error: 'HTTP 400: the receiver refused the notification' })]);
  });

  it('waits as long as a 429 Retry-After asks, though the schedule would retry sooner', async () => {
    const { receiver, endpointId } = await receiverWith((_hit, nth) => (nth === 1 ? { status: 429, headers: { 'retry-after': '1' } } : { status: 200 }));
    await enqueue(1);
    dispatcher('d1');
    await waitFor('the retry', allSucceeded(endpointId, 1));
    const [first, second] = receiver.received;
    expect(second.receivedAt - first.receivedAt).toBeGreaterThanOrEqual(1000);
  });

  it('disables an endpoint after 5 dead deliveries in a row, and then queues nothing for it', async () => {
    const { endpointId } = await receiverWith(() => ({ status: 410 }));
    await enqueue(5);
    dispatcher('d1');
    await waitFor('the endpoint to be disabled', async () => (await call<CreatedEndpoint>(h.baseUrl, 'GET', `/v1/webhooks/${endpointId}`)).json.endpoint.enabled === false);
    const { json } = await call<CreatedEndpoint>(h.baseUrl, 'GET', `/v1/webhooks/${endpointId}`);
    expect(json.endpoint).toMatchObject({ consecutiveDead: 5, disabledReason: expect.stringMatching(/^disabled after 5 dead deliveries in a row; the last: HTTP 410/) });
    const [later] = await enqueue(1);
    expect(await h.db.dataSource.query(`SELECT 1 FROM delivery WHERE notification_id = $1`, [later])).toEqual([]);
  });

  it('sends a notification enqueued twice (a replay) once', async () => {
    const { receiver, endpointId } = await receiverWith(() => ({ status: 204 }));
    const id = notificationIdFor('fp-replayed', 'firing', 1, Date.now());
    const input = { id, type: 'alert.firing', payload: { fingerprint: 'fp-replayed' } };
    expect((await enqueueNotification(h.db.dataSource, input)).created).toBe(true);
    expect(await enqueueNotification(h.db.dataSource, input)).toEqual({ created: false, endpointIds: [] });
    dispatcher('d1');
    await waitFor('the delivery', allSucceeded(endpointId, 1));
    await new Promise((r) => setTimeout(r, 200));
    expect(receiver.received.map((r) => r.id)).toEqual([id]);
  });

  it('two dispatchers at once: each attempt of each delivery is sent by exactly one of them', async () => {
    const { receiver, endpointId } = await receiverWith((hit, nth) => (nth === 1 && hit.id.charCodeAt(5) % 2 === 0 ? { status: 500 } : { status: 200 }));
    const ids = await enqueue(60);
    dispatcher('left', { concurrency: 3 });
    dispatcher('right', { concurrency: 3 });
    await waitFor('every delivery', allSucceeded(endpointId, 60), 30_000);
    const sends = receiver.received.map((r) => `${r.id}#${r.attempt}`);
    expect(new Set(sends).size).toBe(sends.length);
    expect(new Set(receiver.received.map((r) => r.id))).toEqual(new Set(ids));
    expect(receiver.received.some((r) => r.attempt > 1)).toBe(true);
    const rows = await attemptRows(endpointId);
    expect(rows).toHaveLength(sends.length);
    expect(new Set(rows.map((r) => r.dispatcher))).toEqual(new Set(['left', 'right']));
  });

  it('a dispatcher killed mid-delivery: its leases expire, another takes over, nothing is lost', async () => {
    const { receiver, endpointId } = await receiverWith((_hit, nth) => (nth === 1 ? { status: 200, delayMs: 1_500 } : { status: 200 }));
    const ids = await enqueue(6);
    const doomed = dispatcher('doomed', { leaseSeconds: 1 });
    await waitFor('the first sends to be in flight', () => receiver.received.length === 6);
    doomed.abandon();
    dispatcher('heir', { leaseSeconds: 5 });
    await waitFor('every delivery', allSucceeded(endpointId, 6), 15_000);
    const rows = await attemptRows(endpointId);
    expect(rows.map((r) => [r.attempt, r.dispatcher])).toEqual(ids.map(() => [2, 'heir']));
    for (const id of ids) expect(receiver.received.filter((r) => r.id === id).map((r) => r.attempt)).toEqual([1, 2]);
  });
});
