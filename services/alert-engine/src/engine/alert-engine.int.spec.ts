import { expect, it } from '@jest/globals';
import { hasakahRuleBody, prisonAttackReport, retractionOf, shellingReport } from '@sitrep/db';
import { describeWithPostgres, testDatabaseUrl } from '@sitrep/testing';
import { readWholeTopic } from '../testing/alert-engine.harness';
import { useEngineTestContext } from '../testing/engine-test-context';
import { call, waitFor } from '../testing/http';
import { readSse } from '../testing/read-sse';

const RULE = 'isis-prison-then-turkish-shelling';
const attack = prisonAttackReport();
const telTamr = shellingReport({ nativeId: 'tell-tamr' });

describeWithPostgres('alert engine: alerts, events, notifications, silences, stream, relay, standby (PostgreSQL, embedded log)', () => {
  const ctx = useEngineTestContext('engine', testDatabaseUrl);
  const start = () => ctx.start();

  it('records the alert and its events, notifies firing and resolution once each, streams and publishes them', async () => {
    const h = await start();
    await ctx.fixture.createRule(h.baseUrl, hasakahRuleBody());
    const stream = readSse(`${h.baseUrl}/v1/alerts/stream`);
    await ctx.fixture.feed([attack, telTamr, retractionOf(telTamr, '2022-01-22T09:00:00.000Z')]);
    await ctx.fixture.settled();

    const list = await call(h.baseUrl, 'GET', `/v1/alerts?rule=${RULE}&state=resolved`);
    const [alert] = list.json.alerts as Array<Record<string, unknown>>;
    expect(alert).toMatchObject({ ruleId: RULE, ruleVersion: 1, state: 'resolved', groupKey: 'admin1=Al Hasakah', sequence: 2, resolveReason: 'evidence_withdrawn', firstFiredAt: '2022-01-21T18:00:00.000Z', resolvedAt: '2022-01-22T09:00:00.000Z', ruleName: hasakahRuleBody().name });
    const detail = await call(h.baseUrl, 'GET', `/v1/alerts/${encodeURIComponent(alert.fingerprint as string)}`);
    expect((detail.json.events as Array<{ event: { type: string }; notification: string; sequence: number }>).map((e) => [e.sequence, e.event.type, e.notification])).toEqual([[1, 'firing', 'sent'], [2, 'resolved', 'sent']]);
    expect((detail.json.evidence as Array<{ id: string; status: string }>).map((e) => [e.id, e.status])).toEqual([[`inc-${attack.reportId}`, 'active'], [`inc-${telTamr.reportId}`, 'retracted']]);
    expect((await call(h.baseUrl, 'GET', '/v1/alerts/nope')).status).toBe(404);
    expect((await ctx.fixture.notifications()).map((n) => [n.type, (n.payload.alert as { sequence: number }).sequence])).toEqual([['alert.firing', 1], ['alert.resolved', 2]]);

    const streamed = await stream.until(2);
    expect(streamed.map((e) => [e.event, (e.data as { event: { type: string } }).event.type])).toEqual([['alert', 'firing'], ['alert', 'resolved']]);
    const resumed = readSse(`${h.baseUrl}/v1/alerts/stream`, streamed[0].id);
    expect((await resumed.until(1)).map((e) => e.id)).toEqual([streamed[1].id]);
    stream.close();
    resumed.close();

    await waitFor('both events on the alerts topic', async () => (await readWholeTopic(ctx.log, ctx.settings.alertsTopic)).length === 2);
    const published = await readWholeTopic(ctx.log, ctx.settings.alertsTopic);
    const ids = (detail.json.events as Array<{ eventId: string }>).map((e) => e.eventId);
    expect(published.map((r) => [r.key, r.headers.ce_id, r.headers.ce_type])).toEqual(ids.map((id) => [alert.fingerprint, id, 'sitrep.alert.changed.v1']));
  });

  it('records muted firings without notifying them, until the silence is lifted', async () => {
    const h = await start();
    await ctx.fixture.createRule(h.baseUrl, hasakahRuleBody());
    const silence = await call(h.baseUrl, 'POST', '/v1/alerts/silences', { ruleId: RULE, until: '2099-01-01T00:00:00Z', reason: 'known offensive' });
    expect(silence.status).toBe(201);
    expect((await call(h.baseUrl, 'GET', '/v1/alerts/silences')).json.silences).toHaveLength(1);
    await ctx.fixture.feed([attack, telTamr]);
    await ctx.fixture.settled();
    expect(await ctx.fixture.events()).toEqual([`firing silenced ${RULE}`]);
    expect((await ctx.db.dataSource.query(`SELECT silence_id FROM alert_event`))[0].silence_id).toBe(silence.json.id);
    expect(await ctx.fixture.notifications()).toEqual([]);

    expect((await call(h.baseUrl, 'DELETE', `/v1/alerts/silences/${silence.json.id as string}`)).status).toBe(204);
    expect((await call(h.baseUrl, 'DELETE', `/v1/alerts/silences/${silence.json.id as string}`)).status).toBe(404);
    await ctx.fixture.feed([shellingReport({ nativeId: 'second-attack-shelling', at: '2022-01-21', receivedAt: '2022-01-21T20:00:00.000Z', place: { admin1: 'Al Hasakah', placeName: 'Hasakah city' } }), prisonAttackReport({ nativeId: 'second-prison-attack', at: '2022-01-21', receivedAt: '2022-01-21T21:00:00.000Z', place: { admin1: 'Al Hasakah', placeName: 'Ghwayran prison annex' } })]);
    await ctx.fixture.settled();
    expect((await ctx.fixture.events()).slice(1)).toEqual([`firing sent ${RULE}`]);
  });

  it('retires the open alerts of an edited rule without notifying, and does not fire the new version on the past', async () => {
    const h = await start();
    await ctx.fixture.createRule(h.baseUrl, hasakahRuleBody());
    await ctx.fixture.feed([attack, telTamr]);
    await ctx.fixture.settled();
    const edited = await call(h.baseUrl, 'PUT', `/v1/rules/${RULE}`, { ...hasakahRuleBody(), withinHours: 72 });
    expect(edited.status).toBe(200);
    await waitFor('the old version retired', async () => (await ctx.fixture.events()).length === 2);
    await ctx.fixture.running(h.baseUrl, RULE);
    expect(await ctx.fixture.events()).toEqual([`firing sent ${RULE}`, `resolved not_notified ${RULE}`]);
    expect(await ctx.db.dataSource.query(`SELECT rule_version, state, resolve_reason FROM alert`)).toEqual([{ rule_version: 1, state: 'resolved', resolve_reason: 'rule_retired' }]);
    expect((await ctx.fixture.notifications()).map((n) => n.type)).toEqual(['alert.firing']);
  });

  it('warms a new rule up on what the engine evaluated, and evaluates what was still pending (no change slips through)', async () => {
    const api = await ctx.start({ engine: false });
    expect((await call(api.baseUrl, 'POST', '/v1/rules', hasakahRuleBody())).status).toBe(201);
    await ctx.fixture.feed([attack, telTamr]);
    expect(await ctx.fixture.pending()).toBe(2);
    await start();
    await ctx.fixture.settled();
    expect(await ctx.fixture.events()).toEqual([`firing sent ${RULE}`]);
  });

  it('is woken by the processor committing changes (LISTEN/NOTIFY): with a 10-minute poll it still evaluates them', async () => {
    const h = await ctx.start({ pollIntervalMs: 600_000 });
    await ctx.fixture.createRule(h.baseUrl, hasakahRuleBody());
    await ctx.fixture.running(h.baseUrl, RULE);
    await ctx.fixture.feed([attack, telTamr]);
    await ctx.fixture.settled(20_000);
    expect(await ctx.fixture.events()).toEqual([`firing sent ${RULE}`]);
  });

  it('backtests a rule over January 2022: lists the firing, records and sends nothing', async () => {
    const h = await start();
    await ctx.fixture.feed([attack, telTamr]);
    // Evaluated before the rule exists: a rule created while changes are pending evaluates them (and would fire).
    await ctx.fixture.settled();
    await ctx.fixture.createRule(h.baseUrl, hasakahRuleBody());
    await ctx.fixture.running(h.baseUrl, RULE);
    const result = await call(h.baseUrl, 'POST', `/v1/rules/${RULE}/backtest?from=2022-01-01&to=2022-02-01`);
    expect(result.status).toBe(200);
    expect(result.json).toMatchObject({ ruleId: RULE, version: 1, changes: 2, from: '2022-01-01T00:00:00.000Z', to: '2022-02-01T00:00:00.000Z' });
    expect((result.json.firings as Array<{ incidentIds: string[] }>).map((f) => f.incidentIds)).toEqual([[`inc-${attack.reportId}`, `inc-${telTamr.reportId}`]]);
    expect((await call(h.baseUrl, 'POST', `/v1/rules/${RULE}/backtest?from=2022-02-01&to=2022-03-01`)).json).toMatchObject({ changes: 0, firings: [] });
    expect((await call(h.baseUrl, 'POST', `/v1/rules/${RULE}/backtest?to=2022-03-01`)).status).toBe(400);
    expect(await ctx.fixture.events()).toEqual([]);
    expect(await ctx.fixture.notifications()).toEqual([]);
  });

  it('runs one active engine; a standby takes over when it dies and carries on where it committed', async () => {
    const [a, b] = [await start(), await start()];
    await waitFor('one engine active', () => a.engine.active || b.engine.active);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect([a.engine.active, b.engine.active].filter(Boolean)).toHaveLength(1);
    const [active, standby] = a.engine.active ? [a, b] : [b, a];
    await ctx.fixture.createRule(standby.baseUrl, hasakahRuleBody());
    await ctx.fixture.feed([attack]);
    await ctx.fixture.settled();
    await active.crash();
    await waitFor('the standby to take over', () => standby.engine.active, 10_000);
    await ctx.fixture.feed([telTamr]);
    await ctx.fixture.settled();
    expect(await ctx.fixture.events()).toEqual([`firing sent ${RULE}`]);
    const metrics = await standby.registry.getSingleMetricAsString('sitrep_alert_events_total');
    expect(metrics).toContain('sitrep_alert_events_total{type="firing",notification="sent"} 1');
    expect((await standby.registry.getSingleMetric('sitrep_alert_engine_active')?.get())?.values[0].value).toBe(1);
  });
});
