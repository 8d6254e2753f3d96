import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { toCloudEventMessage, type ReportLog, type ReportRecorded } from '@sitrep/contracts';
import { AIN_ISSA, clashReport, createScratchDatabase, hasakahRuleBody, prisonAttackReport, retractionOf, shellingReport, type ScratchDatabase } from '@sitrep/db';
import { createRunningRule, describeWithKafkaAndPostgres, kafkaBrokers, testDatabaseUrl } from '@sitrep/testing';
import { ensurePipelineTopics, kafkaLog, pipelineSettings, startSitrepProcess, type PipelineSettings, type SitrepTestProcess } from './testing/alert-pipeline.harness';
import { startSignedWebhookReceiver, type SignedWebhookReceiver } from './testing/signed-webhook-receiver';

const RULE = 'isis-prison-then-turkish-shelling';
const attack = prisonAttackReport({ at: '2022-01-20T06:00:00Z' });
const telTamr = shellingReport({ nativeId: 'tell-tamr', at: '2022-01-21T10:00:00Z', receivedAt: '2022-01-21T18:00:00.000Z' });
const ainIssa = shellingReport({ nativeId: 'ain-issa', place: AIN_ISSA, at: '2022-01-21T12:00:00Z', receivedAt: '2022-01-21T19:00:00.000Z' });
const deirAttack = prisonAttackReport({ nativeId: 'deir-prison-attack', place: { admin1: 'Deir ez-Zor', placeName: 'Deir ez-Zor central prison' }, at: '2022-01-20T06:00:00Z' });
const deirAfter49h = shellingReport({ nativeId: 'mayadin-49h', place: { admin1: 'Deir ez-Zor', placeName: 'Mayadin' }, at: '2022-01-22T07:00:00Z', receivedAt: '2022-01-22T08:00:00.000Z' });
const telTamrRetracted = retractionOf(telTamr, '2022-01-22T09:00:00.000Z');

const call = async (base: string, method: string, path: string, body?: unknown) => {
  const response = await fetch(`${base}${path}`, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, ...(body !== undefined && { body: JSON.stringify(body) }) });
  const text = await response.text();
  return { status: response.status, json: (text === '' ? {} : JSON.parse(text)) as Record<string, unknown> };
};
const waitFor = async (what: string, condition: () => Promise<boolean> | boolean, timeoutMs = 60_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

// ReportRecorded on Kafka → stream processor → alert_input → alert engine → webhook outbox →
// dispatcher → a real receiver verifying Standard Webhooks signatures.
describeWithKafkaAndPostgres('alerts through the whole pipeline (Kafka, PostgreSQL, signed webhooks)', () => {
  let db: ScratchDatabase;
  let log: ReportLog;
  let settings: PipelineSettings;
  let receiver: SignedWebhookReceiver;
  const processes: SitrepTestProcess[] = [];
  const start = async (services: Parameters<typeof startSitrepProcess>[0]) => {
    const started = await startSitrepProcess(services, db, kafkaBrokers(), settings);
    processes.push(started);
    return started;
  };
  const append = (records: ReportRecorded[]) => log.append(settings.processor.topic, records.map((r) => toCloudEventMessage(r, '/sitrep/test')));
  const count = async (table: string) => ((await db.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as Array<{ n: number }>)[0].n;
  const projectedAndEvaluated = async (records: number) => {
    await waitFor('the records projected', async () => ((await db.dataSource.query(`SELECT coalesce(sum(next_offset), 0)::int AS n FROM rm_1.projection_position`)) as Array<{ n: number }>)[0].n >= records);
    await waitFor('the engine to evaluate every change', async () => {
      const [{ n }] = (await db.dataSource.query(
        `SELECT count(*)::int AS n FROM alert_input a LEFT JOIN alert_input_position p USING (source_topic, source_partition)
         WHERE p.source_topic IS NULL OR (a.source_offset, a.seq) >= (p.next_offset, p.next_seq)`,
      )) as Array<{ n: number }>;
      return n === 0;
    });
  };
  const setUp = async (pipeline: SitrepTestProcess, engine: SitrepTestProcess) => {
    const endpoint = await call(pipeline.baseUrl, 'POST', '/v1/webhooks', { url: receiver.url });
    receiver.secret = endpoint.json.secret as string;
    await createRunningRule(engine.baseUrl, hasakahRuleBody());
  };

  beforeEach(async () => {
    db = await createScratchDatabase(testDatabaseUrl());
    settings = pipelineSettings('alerts');
    log = kafkaLog(kafkaBrokers(), 'pipeline-appender');
    await ensurePipelineTopics(log, settings);
    receiver = await startSignedWebhookReceiver();
  });
  afterEach(async () => {
    for (const p of processes.splice(0)) await p.close().catch(() => undefined);
    await receiver.close();
    await log.close();
    await db.drop();
  });

  it('fires ONE sequence alert for the Hasakah pattern, resolves it on retraction, sends nothing new on a rebuild, and backtests it', async () => {
    const pipeline = await start(['stream-processor', 'webhook-dispatcher']);
    const engine = await start(['alert-engine']);
    await setUp(pipeline, engine);
    await append([attack, ainIssa, deirAttack, deirAfter49h, telTamr]);
    await waitFor('the firing webhook', () => receiver.received.length >= 1);
    await projectedAndEvaluated(5);
    const [firing] = receiver.received;
    expect(firing.verified).toBe(true);
    expect(firing.body).toMatchObject({ type: 'alert.firing', alert: { state: 'firing', groupKey: 'admin1=Al Hasakah', incidentIds: [`inc-${attack.reportId}`, `inc-${telTamr.reportId}`], rule: { id: RULE, version: 1, severity: 'critical' } } });
    expect((firing.body.incidents as Array<{ place: { placeName: string }; link: string }>).map((i) => [i.place.placeName, i.link])).toEqual([
      ["al-Sina'a prison, Ghwayran", `/v1/incidents/inc-${attack.reportId}`],
      ['Tell Tamr', `/v1/incidents/inc-${telTamr.reportId}`],
    ]);

    await append([telTamrRetracted]);
    await waitFor('the resolved webhook', () => receiver.received.length >= 2);
    const resolved = receiver.received[1];
    expect([resolved.verified, resolved.body.type, (resolved.body.alert as { fingerprint: string }).fingerprint]).toEqual([true, 'alert.resolved', (firing.body.alert as { fingerprint: string }).fingerprint]);
    expect(resolved.id).not.toBe(firing.id);

    expect((await call(pipeline.baseUrl, 'POST', '/v1/admin/rebuild')).status).toBe(202);
    await waitFor('the rebuild to switch', async () => {
      const status = (await call(pipeline.baseUrl, 'GET', '/v1/admin/rebuild')).json as { liveSchema: string; state: string };
      return status.liveSchema === 'rm_2' && status.state === 'idle';
    });
    await append([clashReport({ nativeId: 'after-rebuild', at: '2022-01-23', receivedAt: '2022-01-23T18:00:00.000Z' })]);
    await waitFor('the live projection to hand over again after the switch', async () => (await count('alert_input')) === 7);
    await projectedAndEvaluated(0);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect([receiver.received.length, await count('notification'), await count('alert_event')]).toEqual([2, 2, 2]);

    const backtest = await call(engine.baseUrl, 'POST', `/v1/rules/${RULE}/backtest?from=2022-01-01&to=2022-02-01`);
    expect((backtest.json.firings as Array<{ incidentIds: string[] }>).map((f) => f.incidentIds)).toEqual([[`inc-${attack.reportId}`, `inc-${telTamr.reportId}`]]);
    expect((backtest.json.events as Array<{ type: string }>).map((e) => e.type)).toEqual(['firing', 'resolved']);
    expect([receiver.received.length, await count('notification')]).toEqual([2, 2]);
  }, 180_000);

  it('two engines: the active one killed inside its transaction; the standby takes over, losing nothing and duplicating nothing', async () => {
    const pipeline = await start(['stream-processor', 'webhook-dispatcher']);
    const engines = [await start(['alert-engine']), await start(['alert-engine'])];
    await setUp(pipeline, engines[0]);
    await waitFor('one active engine', () => engines.some((e) => e.engine?.active));
    expect(engines.filter((e) => e.engine?.active)).toHaveLength(1);
    const active = engines.find((e) => e.engine?.active) as SitrepTestProcess;
    const standby = engines.find((e) => e !== active) as SitrepTestProcess;

    const blocker = db.dataSource.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query('LOCK TABLE alert_event IN EXCLUSIVE MODE');
    await append([attack, telTamr]);
    await waitFor('the active engine stuck inside its batch, its notification written but not committed', async () => {
      const waiting: unknown[] = await db.dataSource.query(`SELECT 1 FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock' AND state = 'active'`, [active.applicationName]);
      return waiting.length > 0;
    });
    await active.crash();
    await blocker.rollbackTransaction();
    await blocker.release();

    await waitFor('the standby to take over', () => standby.engine?.active === true, 20_000);
    await waitFor('the firing webhook', () => receiver.received.length >= 1);
    await append([telTamrRetracted]);
    await waitFor('the resolved webhook', () => receiver.received.some((r) => r.body.type === 'alert.resolved'));
    await projectedAndEvaluated(3);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const firings = receiver.received.filter((r) => r.body.type === 'alert.firing');
    expect(new Set(firings.map((r) => r.id)).size).toBe(1);
    expect(receiver.received.every((r) => r.verified)).toBe(true);
    expect([new Set(receiver.received.map((r) => r.id)).size, await count('notification'), await count('alert_event')]).toEqual([2, 2, 2]);
  }, 180_000);

  it('a grouping rule: shellings detected within its wait arrive as ONE signed alert.group webhook, a later one as the next; a rebuild sends nothing new', async () => {
    const pipeline = await start(['stream-processor', 'webhook-dispatcher', 'alert-engine']);
    const endpoint = await call(pipeline.baseUrl, 'POST', '/v1/webhooks', { url: receiver.url });
    receiver.secret = endpoint.json.secret as string;
    const rule = { id: 'hasakah-shelling', name: 'Shelling in Al Hasakah', severity: 'warning', kind: 'match', groupWaitSeconds: 5, filter: { all: [{ field: 'admin1', op: 'eq', value: 'Al Hasakah' }, { field: 'subEventType', op: 'eq', value: 'Shelling/artillery/missile attack' }] } };
    await createRunningRule(pipeline.baseUrl, rule);
    const shelled = (n: number, receivedAt: string) => shellingReport({ nativeId: `village-${n}`, at: '2022-01-21', receivedAt, place: { admin1: 'Al Hasakah', placeName: `Village ${n}` } });
    const together = [shelled(1, '2022-01-21T18:00:00.000Z'), shelled(2, '2022-01-21T18:00:03.000Z')];
    const later = shelled(3, '2022-01-21T19:00:00.000Z');
    await append([...together, later]);

    await waitFor('both group webhooks', () => receiver.received.length >= 2);
    await projectedAndEvaluated(3);
    const bodies = receiver.received.map((r) => r.body as { type: string; alerts: Array<{ incidentIds: string[] }> });
    expect(receiver.received.every((r) => r.verified)).toBe(true);
    expect(bodies.map((b) => [b.type, b.alerts.map((a) => a.incidentIds[0])])).toEqual([
      ['alert.group', together.map((r) => `inc-${r.reportId}`)],
      ['alert.group', [`inc-${later.reportId}`]],
    ]);

    expect((await call(pipeline.baseUrl, 'POST', '/v1/admin/rebuild')).status).toBe(202);
    await waitFor('the rebuild to switch', async () => ((await call(pipeline.baseUrl, 'GET', '/v1/admin/rebuild')).json as { liveSchema: string }).liveSchema === 'rm_2');
    await projectedAndEvaluated(0);
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect([receiver.received.length, await count('notification'), await count('alert_event'), await count('alert_notification_group')]).toEqual([2, 2, 3, 0]);
  }, 180_000);
});
