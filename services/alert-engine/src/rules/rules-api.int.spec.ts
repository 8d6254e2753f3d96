import { afterEach, beforeEach, expect, it } from '@jest/globals';
import type { ReportLog } from '@sitrep/contracts';
import { createScratchDatabase, hasakahRuleBody, type ScratchDatabase } from '@sitrep/db';
import { describeWithPostgres, testDatabaseUrl } from '@sitrep/testing';
import { ensureAlertTopics, openTestLog, readWholeTopic, startAlertEngineHarness, testAlertSettings, type AlertEngineHarness } from '../testing/alert-engine.harness';
import { call } from '../testing/http';
import { RULE_CHANGED_TYPE } from './rule-change-record';

const KEY = 'sk_analyst_7';
const keys = { [KEY]: { id: 'key-analyst-7', scopes: ['admin' as const, 'read' as const] } };

describeWithPostgres('rules API on the embedded log (rules are records of the rules topic, projected)', () => {
  let db: ScratchDatabase;
  let log: ReportLog;
  const harnesses: AlertEngineHarness[] = [];
  const settings = () => testAlertSettings('rules', { engine: false });
  const start = async (s = settings()) => {
    const h = await startAlertEngineHarness({ log: 'embedded', brokers: [], db, settings: s, keys });
    harnesses.push(h);
    return h;
  };

  beforeEach(async () => {
    db = await createScratchDatabase(testDatabaseUrl());
    log = openTestLog('embedded', [], db.dataSource, 'rules-test');
  });
  afterEach(async () => {
    for (const h of harnesses.splice(0)) await h.close();
    await log.close();
    await db.drop();
  });

  it('validates, versions, toggles and deletes rules, recording who changed what and when', async () => {
    const s = settings();
    await ensureAlertTopics(log, s);
    const h = await start(s);
    const api = (method: string, path: string, body?: unknown) => call(h.baseUrl, method, path, body, KEY);

    const invalid = await api('POST', '/v1/rules', { kind: 'sequence', name: '', severity: 'loud', withinHours: 0, steps: [{ filter: { field: 'colour', op: 'eq', value: 1 } }, { filter: { all: [] } }] });
    expect(invalid.status).toBe(400);
    expect((invalid.json.issues as Array<{ path: string }>).map((i) => i.path)).toEqual(['name', 'severity', 'withinHours', 'steps[0].filter.field']);
    expect((await call(h.baseUrl, 'POST', '/v1/rules', hasakahRuleBody())).status).toBe(401);

    const created = await api('POST', '/v1/rules', hasakahRuleBody());
    expect(created).toMatchObject({ status: 201, json: { id: 'isis-prison-then-turkish-shelling', version: 1, revision: 1 } });
    expect((await api('POST', '/v1/rules', hasakahRuleBody())).status).toBe(409);
    const updated = await api('PUT', '/v1/rules/isis-prison-then-turkish-shelling', { ...hasakahRuleBody(), severity: 'warning', withinHours: 72 });
    expect(updated).toMatchObject({ status: 200, json: { version: 2, revision: 2, rule: { severity: 'warning', withinHours: 72 } } });
    expect(await api('POST', '/v1/rules/isis-prison-then-turkish-shelling/disable')).toMatchObject({ status: 200, json: { enabled: false, version: 2, revision: 3 } });
    expect(await api('POST', '/v1/rules/isis-prison-then-turkish-shelling/disable')).toMatchObject({ status: 200, json: { enabled: false, revision: 3 } });
    expect(await api('POST', '/v1/rules/isis-prison-then-turkish-shelling/enable')).toMatchObject({ status: 200, json: { enabled: true, revision: 4 } });

    const read = await api('GET', '/v1/rules/isis-prison-then-turkish-shelling');
    expect(read.json).toMatchObject({ version: 2, revision: 4, enabled: true, createdBy: 'key-analyst-7', updatedBy: 'key-analyst-7' });
    const history = read.json.history as Array<{ revision: number; version: number; change: string; changedBy: string; changedAt: string; diff: Array<{ field: string }> }>;
    expect(history.map((h) => [h.revision, h.version, h.change, h.changedBy, h.diff.map((d) => d.field).join(',')])).toEqual([
      [1, 1, 'created', 'key-analyst-7', 'enabled,filter,groupBy,id,joinOn,kind,latenessDays,name,severity,steps,version,withinHours'],
      [2, 2, 'updated', 'key-analyst-7', 'severity,version,withinHours'],
      [3, 2, 'disabled', 'key-analyst-7', 'enabled'],
      [4, 2, 'enabled', 'key-analyst-7', 'enabled'],
    ]);
    expect(history.every((entry) => !Number.isNaN(Date.parse(entry.changedAt)))).toBe(true);
    expect((await api('GET', '/v1/rules')).json.rules).toHaveLength(1);

    expect((await api('DELETE', '/v1/rules/isis-prison-then-turkish-shelling')).status).toBe(204);
    expect((await api('GET', '/v1/rules/isis-prison-then-turkish-shelling')).status).toBe(404);
    expect((await api('PUT', '/v1/rules/isis-prison-then-turkish-shelling', hasakahRuleBody())).status).toBe(404);
    expect((await api('GET', '/v1/rules')).json.rules).toEqual([]);

    const records = await readWholeTopic(log, s.rulesTopic);
    expect(records.map((r) => [r.key, r.headers.ce_type, (JSON.parse(r.value.toString()) as { kind: string }).kind])).toEqual(
      ['created', 'updated', 'disabled', 'enabled', 'deleted'].map((kind) => ['isis-prison-then-turkish-shelling', RULE_CHANGED_TYPE, kind]),
    );
  });

  it('makes an edit conditional on the revision it was read at (If-Match), so no edit overwrites another unseen', async () => {
    const s = settings();
    await ensureAlertTopics(log, s);
    const h = await start(s);
    await call(h.baseUrl, 'POST', '/v1/rules', hasakahRuleBody(), KEY);
    const edit = async (withinHours: number) => {
      const response = await fetch(`${h.baseUrl}/v1/rules/isis-prison-then-turkish-shelling`, {
        method: 'PUT', headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}`, 'if-match': '"1"' }, body: JSON.stringify({ ...hasakahRuleBody(), withinHours }),
      });
      return response.status;
    };
    expect([await edit(24), await edit(36)]).toEqual([200, 409]);
    expect((await call(h.baseUrl, 'GET', '/v1/rules/isis-prison-then-turkish-shelling', undefined, KEY)).json).toMatchObject({ version: 2, revision: 2, rule: { withinHours: 24 } });
  });

  it('answers 202 naming the rule (id and Location) when the projection is behind, and the change takes effect once it catches up', async () => {
    const s = { ...settings(), projectionWaitMs: 300 };
    await ensureAlertTopics(log, s);
    const h = await start(s);
    // Hold the projection back: it cannot record its position while this lock is held.
    const blocker = db.dataSource.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query('LOCK TABLE alert_rules_position IN EXCLUSIVE MODE');
    const withoutId = { ...hasakahRuleBody(), id: undefined };
    const response = await fetch(`${h.baseUrl}/v1/rules`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` }, body: JSON.stringify(withoutId) });
    const pending = (await response.json()) as { status: string; id: string; changeId: string };
    expect(response.status).toBe(202);
    expect(pending).toMatchObject({ status: 'pending', id: expect.stringMatching(/^rule-/), changeId: expect.any(String) });
    expect(response.headers.get('location')).toBe(`/v1/rules/${pending.id}`);
    expect((await call(h.baseUrl, 'GET', `/v1/rules/${pending.id}`, undefined, KEY)).status).toBe(404);
    await blocker.commitTransaction();
    await blocker.release();
    await waitForRules(h.baseUrl, 1);
    expect((await call(h.baseUrl, 'GET', `/v1/rules/${pending.id}`, undefined, KEY)).json).toMatchObject({ id: pending.id, version: 1, revision: 1 });
  });

  it('rebuilds the rules and their audit trail from the rules topic alone', async () => {
    const s = settings();
    await ensureAlertTopics(log, s);
    const first = await start(s);
    await call(first.baseUrl, 'POST', '/v1/rules', hasakahRuleBody(), KEY);
    await call(first.baseUrl, 'PUT', '/v1/rules/isis-prison-then-turkish-shelling', { ...hasakahRuleBody(), severity: 'info' }, KEY);
    await call(first.baseUrl, 'POST', '/v1/rules', { ...hasakahRuleBody('second-rule'), severity: 'warning' }, KEY);
    const snapshot = () => db.dataSource.query(`SELECT v.*, r.definition AS current, r.epoch FROM alert_rule_version v JOIN alert_rule r ON r.id = v.rule_id ORDER BY v.rule_id, v.revision`);
    const before = await snapshot();
    await first.close();
    harnesses.splice(0);
    await db.dataSource.query(`TRUNCATE alert_rule, alert_rule_version, alert_rules_position`);
    const again = await start({ ...s, rulesGroupId: `${s.rulesGroupId}_rebuild` });
    await waitForRules(again.baseUrl, 2);
    expect(await snapshot()).toEqual(before);
  });
});

async function waitForRules(baseUrl: string, n: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while ((((await call(baseUrl, 'GET', '/v1/rules', undefined, KEY)).json.rules as unknown[]) ?? []).length < n) {
    if (Date.now() > deadline) throw new Error('rules were not rebuilt');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
