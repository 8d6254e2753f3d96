import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { toCloudEventMessage, type ReportLog, type ReportRecorded } from '@sitrep/contracts';
import { assertedReport, correctingReport, createScratchDatabase, retractingReport, type ScratchDatabase } from '@sitrep/db';
import { describeWithKafkaAndPostgres, kafkaBrokers, readRecordsAt, testDatabaseUrl } from '@sitrep/testing';
import type { Registry } from 'prom-client';
import { ensureTestTopics, openLog, startProcessorHarness, testSettings, waitUntilProjected, type ProcessorHarness } from '../testing/processor.harness';
import { appendRecorded } from '../testing/scenario-history';
import { waitFor } from '../testing/wait-for';

const metricValues = async (registry: Registry, name: string) =>
  (await registry.getSingleMetric(name)?.get())?.values.map((v) => [v.labels, v.value]) ?? [];

describeWithKafkaAndPostgres.each(['kafka', 'embedded'] as const)('stream processor on the %s log', (kind) => {
  let db: ScratchDatabase;
  let appender: ReportLog;
  let processor: ProcessorHarness | undefined;
  const rows = <T>(sql: string, params: unknown[] = []): Promise<T[]> => db.dataSource.query(sql, params);

  // A database per test: incidents remember positions (partition + offset) of the one topic a
  // read model is fed from, so two tests' topics must never meet in one schema.
  beforeEach(async () => {
    db = await createScratchDatabase(testDatabaseUrl());
    appender = openLog(kind, kafkaBrokers(), db.dataSource, 'appender');
  });
  afterEach(async () => {
    await processor?.close();
    processor = undefined;
    await appender.close();
    await db.drop();
  });

  it('projects assertions, a second source, corrections, a merge and a retraction from the log into incidents and actor counts', async () => {
    const settings = testSettings('scenario', { maxBatchSize: 2 });
    await ensureTestTopics(appender, settings);
    const prison = assertedReport({ nativeId: `prison-${kind}`, fatalities: { best: 28 } });
    const secondSource = assertedReport({ nativeId: `prison-${kind}`, sourceSystem: 'acled', receivedAt: '2022-01-20T20:00:00.000Z', fatalities: { best: 30 } });
    const revised = correctingReport(prison, { receivedAt: '2022-01-25T09:00:00.000Z', fatalities: { best: 40 } });
    const north = assertedReport({ nativeId: `north-${kind}`, day: '2022-01-22', receivedAt: '2022-01-22T18:00:00.000Z', placeName: 'north gate', actors: ['ISIS', 'SDF'], fatalities: { best: 5 } });
    const south = assertedReport({ nativeId: `south-${kind}`, day: '2022-01-22', receivedAt: '2022-01-22T19:00:00.000Z', placeName: 'south gate', actors: ['ISIS', 'SDF'], fatalities: { best: 7 } });
    const both: ReportRecorded = { ...correctingReport(north, { receivedAt: '2022-01-23T00:00:00.000Z', placeName: 'prison gates', fatalities: { best: 12 } }), supersedes: [north.reportId, south.reportId], supersedesReportIds: [north.reportId, south.reportId] };
    const northWithdrawn = retractingReport([both], { nativeId: `withdrawn-${kind}`, receivedAt: '2022-01-24T00:00:00.000Z' });
    const history = [prison, secondSource, north, south, revised, both, northWithdrawn];
    await appendRecorded(appender, settings.topic, history);

    processor = await startProcessorHarness({ log: kind, brokers: kafkaBrokers(), db, settings });
    await waitUntilProjected(db.dataSource, appender, 'rm_1', settings.topic);

    expect(await rows(`SELECT incident_id, status, merged_into, fatalities_best, report_count FROM rm_1.incident ORDER BY first_reported_at`)).toEqual([
      { incident_id: `inc-${prison.reportId}`, status: 'active', merged_into: null, fatalities_best: 30, report_count: 2 },
      { incident_id: `inc-${north.reportId}`, status: 'retracted', merged_into: null, fatalities_best: 12, report_count: 0 },
      { incident_id: `inc-${south.reportId}`, status: 'merged', merged_into: `inc-${north.reportId}`, fatalities_best: 7, report_count: 0 },
    ]);
    expect(await rows(`SELECT actor_key, day::text, incidents, fatalities FROM rm_1.actor_activity_daily ORDER BY actor_key`)).toEqual([
      { actor_key: 'name:islamic state syria', day: '2022-01-20', incidents: 1, fatalities: 30 },
      { actor_key: 'name:sdf syrian democratic forces', day: '2022-01-20', incidents: 1, fatalities: 30 },
    ]);
    expect(await rows(`SELECT count(*)::int AS n FROM rm_1.actor_interaction_daily`)).toEqual([{ n: 1 }]);
    expect(await metricValues(processor.registry, 'sitrep_projection_records_applied_total')).toEqual([[{ read_model: 'live' }, history.length]]);
    expect(await metricValues(processor.registry, 'sitrep_projection_poison_records_total')).toEqual([[{ read_model: 'live' }, 0]]);
    const histogram = await processor.registry.getSingleMetricAsString('sitrep_projection_batch_duration_seconds');
    expect(Number(/_count\{read_model="live"\} (\d+)/.exec(histogram)?.[1])).toBeGreaterThanOrEqual(4);
    const lags = async () => (await metricValues(processor!.registry, 'sitrep_projection_lag_records')).map(([, lag]) => lag);
    await waitFor('no lag on any partition', async () => (await lags()).join() === '0,0,0');
    const lastApplied = await metricValues(processor.registry, 'sitrep_projection_last_applied_offset');
    expect(lastApplied.reduce((sum, [, offset]) => sum + Number(offset) + 1, 0)).toBe(history.length);
  });

  it('dead-letters records that do not parse, with the reason and their origin, and carries on behind them', async () => {
    const settings = testSettings('poison');
    await ensureTestTopics(appender, settings);
    const before = assertedReport({ nativeId: `before-${kind}` });
    const after = assertedReport({ nativeId: `after-${kind}`, placeName: 'market', actors: ['Turkish Armed Forces', 'YPG'] });
    const valid = toCloudEventMessage(before, '/sitrep/test');
    const garbage = { key: before.logKey, value: Buffer.from([0x7b, 0xff, 0xfe]), headers: valid.headers };
    const invalid = toCloudEventMessage({ ...before, reportId: 'not-a-uuid' }, '/sitrep/test');
    const positions = await appender.append(settings.topic, [valid, garbage, invalid, toCloudEventMessage(after, '/sitrep/test')]);
    expect(new Set(positions.map((p) => p.partition)).size).toBe(1);

    processor = await startProcessorHarness({ log: kind, brokers: kafkaBrokers(), db, settings });
    await waitUntilProjected(db.dataSource, appender, 'rm_1', settings.topic);

    const projected = await rows<{ incident_id: string }>(`SELECT incident_id FROM rm_1.incident WHERE incident_id = ANY($1) ORDER BY incident_id`, [[`inc-${before.reportId}`, `inc-${after.reportId}`]]);
    expect(projected).toHaveLength(2);
    expect(await appender.endOffsets(settings.deadLetterTopic)).toEqual(new Map([[0, '2']]));
    const dead = await readRecordsAt(appender, settings.deadLetterTopic, [{ partition: 0, offset: '0' }, { partition: 0, offset: '1' }]);
    expect(dead.map((r) => r.headers['x-sitrep-source-offset'])).toEqual([positions[1].offset, positions[2].offset]);
    expect(dead[0].headers['x-sitrep-reason']).toMatch(/UTF-8|JSON/);
    expect(dead[1].headers['x-sitrep-reason']).toContain('reportId');
    expect(dead[0].value.equals(garbage.value)).toBe(true);
    expect(dead[1]).toMatchObject({ key: invalid.key, headers: { ...invalid.headers, 'x-sitrep-source-topic': settings.topic, 'x-sitrep-source-partition': String(positions[2].partition), 'x-sitrep-read-model': 'rm_1' } });
    expect(await metricValues(processor.registry, 'sitrep_projection_poison_records_total')).toEqual([[{ read_model: 'live' }, 2]]);
  });
});
