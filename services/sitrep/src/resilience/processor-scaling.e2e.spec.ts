import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { createDataSource, generateApiKey, readModelChecksums, type TableChecksum } from '@sitrep/db';
import {
  buildSitrep,
  cpuSeconds,
  cpuSecondsWithChildren,
  describeWithKafkaAndPostgres,
  driveIngest,
  freePort,
  parseOwnershipEvents,
  pollUntil,
  rebalanceCost,
  reportFeed,
  SeededRandom,
  SitrepFleet,
  startDedicatedKafka,
  summarizeCpuProfiles,
  type DedicatedKafka,
  type RebalanceCost,
} from '@sitrep/testing';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDedicatedPostgres, type DedicatedPostgres } from './testing/dedicated-postgres';
import { ProjectionProgress, total } from './testing/projection-progress';
import { scaledEnv } from './testing/scaled-env';

const FULL = process.env.SITREP_FULL_SCALE === '1';
const BACKLOG = FULL ? 100_000 : 6_000;
const PARTITIONS = 6;

interface Run {
  instances: number;
  /** Records projected after every instance had its partitions, and how long that took. */
  records: number;
  seconds: number;
  cpu: { processors: number; postgres: number; kafka: number };
  checksums: Record<string, TableChecksum>;
}

// Throughput of the stream processor with 1, 2 and 3 instances over one log of six partitions,
// each into a fresh database: the figures go to SCALING.md (never asserted); what is asserted is
// that the instance count changes nothing in what is projected.
describeWithKafkaAndPostgres(`processor scale-out over ${PARTITIONS} partitions (${BACKLOG} reports${FULL ? '' : '; SITREP_FULL_SCALE=1 for 100,000'})`, () => {
  const apiKey = generateApiKey();
  const random = SeededRandom.fromEnv();
  let kafka: DedicatedKafka;
  let pg: DedicatedPostgres;
  let onLog = 0;

  beforeAll(async () => {
    buildSitrep();
    [kafka, pg] = await Promise.all([startDedicatedKafka(), freePort().then(startDedicatedPostgres)]);
    const fleet = new SitrepFleet({ env: scaledEnv(await pg.createDatabase('sitrep_ingest'), kafka.brokers, apiKey, { LOG_LEVEL: 'warn' }) });
    await Promise.all([fleet.start('ingest-api', 'ingest-1', { ready: true }), fleet.start('ingest-api', 'ingest-2', { ready: true })]);
    const feed = reportFeed(BACKLOG, random.seed, `scale-${random.seed}`);
    const t0 = performance.now();
    const cpu = () => [fleet.members().reduce((n, m) => n + (cpuSeconds(m.child.pid) ?? 0), 0), cpuSecondsWithChildren(pg.pid()) ?? 0, cpuSeconds(kafka.pid()) ?? 0];
    const cpu0 = cpu();
    const { outcomes } = await driveIngest(feed, { targets: () => fleet.members().map((m) => m.baseUrl), apiKey, batchSize: 200, concurrency: 4, giveUpAfterMs: 120_000 });
    const perK = cpu().map((c, i) => ((1000 * (c - cpu0[i])) / BACKLOG).toFixed(2));
    onLog = outcomes.filter((o) => o.status === 'accepted').length;
    const seconds = (performance.now() - t0) / 1000;
    process.stdout.write(`[scale] seed ${random.seed}: ${onLog} of ${BACKLOG} reports accepted over HTTP (2 ingest, batches of 200) in ${seconds.toFixed(1)} s = ${Math.round(BACKLOG / seconds)}/s; CPU s per 1k reports: ingest ${perK[0]}, PostgreSQL (ledger) ${perK[1]}, Kafka ${perK[2]}\n`);
    await fleet.stopAll();
  }, 1_800_000);
  afterAll(async () => {
    await kafka?.stop();
    await pg?.stop();
  }, 120_000);

  async function project(instances: number, profileDir?: string): Promise<Run> {
    const url = await pg.createDatabase(`sitrep_k${instances}${profileDir ? '_profiled' : ''}`);
    const nodeArgs = profileDir ? () => ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : undefined;
    const fleet = new SitrepFleet({ env: scaledEnv(url, kafka.brokers, apiKey, { LOG_LEVEL: 'warn' }), nodeArgs });
    const progress = await ProjectionProgress.open(url);
    try {
      await Promise.all(Array.from({ length: instances }, (_, i) => fleet.start('stream-processor', `processor-${i + 1}`)));
      // Measured from the moment every instance holds partitions (the last join's rebalance done).
      const settled = await pollUntil('every instance to own partitions', () => progress.sample(), (s) => s.owners.size === PARTITIONS && new Set([...s.owners.values()].filter(Boolean)).size === instances, 120_000, 50);
      const cpuAt = () => ({ processors: fleet.members().reduce((n, m) => n + (cpuSeconds(m.child.pid) ?? 0), 0), postgres: cpuSecondsWithChildren(pg.pid()) ?? 0, kafka: cpuSeconds(kafka.pid()) ?? 0 });
      const cpu0 = cpuAt();
      const done = await pollUntil('the backlog projected', () => progress.sample(), (s) => total(s.positions) >= onLog, 1_800_000, 50);
      const cpu1 = cpuAt();
      await fleet.stopAll();
      const db = createDataSource({ url, poolSize: 1 });
      await db.initialize();
      const checksums = await readModelChecksums(db, 'rm_1');
      const [{ bytes }] = (await db.query(`SELECT pg_database_size(current_database())::bigint::text AS bytes`).finally(() => db.destroy())) as Array<{ bytes: string }>;
      process.stdout.write(`[scale] ${instances} instance(s): database size after ${total(done.positions)} records: ${(Number(bytes) / 2 ** 20).toFixed(0)} MiB\n`);
      const cpu = { processors: cpu1.processors - cpu0.processors, postgres: cpu1.postgres - cpu0.postgres, kafka: cpu1.kafka - cpu0.kafka };
      return { instances, records: total(done.positions) - total(settled.positions), seconds: (done.at - settled.at) / 1000, cpu, checksums };
    } finally {
      await fleet.stopAll();
      await progress.close();
    }
  }

  it('projects the same log into identical read models with 1, 2 and 3 instances (throughput and CPU per record printed)', async () => {
    const runs: Run[] = [];
    for (const instances of [1, 2, 3]) runs.push(await project(instances));
    const [one, ...others] = runs;
    for (const run of others) expect(run.checksums).toEqual(one.checksums);
    expect(one.checksums.projection_position.rows).toBe(PARTITIONS);
    const loadavg = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    const lines = runs.map((r) => {
      const perK = (s: number) => ((1000 * s) / Math.max(1, r.records)).toFixed(2);
      return `| ${r.instances} | ${r.records} | ${r.seconds.toFixed(1)} | ${Math.round(r.records / r.seconds)} | ${Math.round(r.records / r.seconds / PARTITIONS)} | ${perK(r.cpu.processors)} | ${perK(r.cpu.postgres)} | ${perK(r.cpu.kafka)} |`;
    });
    process.stdout.write(
      [`[scale] processor throughput (load average after: ${loadavg})`, '| instances | records | s | records/s | per partition | processor CPU s/1k | PostgreSQL CPU s/1k | Kafka CPU s/1k |', ...lines, ''].join('\n'),
    );
  }, 2_400_000);

  it('measures what a join, a graceful leave and a crash cost under kafkajs eager rebalancing (all partitions pause)', async () => {
    const url = await pg.createDatabase('sitrep_rebalance');
    const fleet = new SitrepFleet({ env: scaledEnv(url, kafka.brokers, apiKey) });
    const ingestFleet = new SitrepFleet({ env: scaledEnv(pg.database('sitrep_ingest'), kafka.brokers, apiKey, { LOG_LEVEL: 'warn' }) });
    const progress = await ProjectionProgress.open(url);
    let stopLive = false;
    try {
      await Promise.all([fleet.start('stream-processor', 'processor-1'), fleet.start('stream-processor', 'processor-2'), ingestFleet.start('ingest-api', 'ingest-live', { ready: true })]);
      // A steady live load on top of the replay, so every partition has work through every event.
      const live = driveIngest(reportFeed(50_000, random.seed + 1, `live-${random.seed}`), {
        targets: () => ingestFleet.members().map((m) => m.baseUrl), apiKey, batchSize: 30, concurrency: 1, paceMs: 100, giveUpAfterMs: 60_000, shouldStop: () => stopLive,
      });
      const owned = (after: number, by: string[]) => async () =>
        (await progress.query<{ n: number }>(`SELECT count(*)::int AS n FROM projection_owner WHERE group_id = 'sitrep-stream-processor' AND instance_id = ANY($1) AND changed_at > $2`, [by, new Date(after)]))[0].n === PARTITIONS;
      const reassigned = (label: string, after: number, by: string[]) => pollUntil(`${label}: all partitions owned by ${by.join(', ')}`, owned(after, by), Boolean, 60_000, 50);
      await reassigned('start', 0, ['processor-1', 'processor-2']);
      const triggers: Array<{ label: string; at: number }> = [];
      const event = async (label: string, act: () => Promise<unknown>, survivors: string[]) => {
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        const at = Date.now();
        triggers.push({ label, at });
        await act();
        await reassigned(label, at, survivors);
      };
      await event('processor-3 joins (process start)', () => fleet.start('stream-processor', 'processor-3'), ['processor-1', 'processor-2', 'processor-3']);
      await event('processor-1 leaves (SIGTERM, drains)', () => fleet.stop('processor-1'), ['processor-2', 'processor-3']);
      await event('processor-2 crashes (SIGKILL)', () => fleet.kill('processor-2'), ['processor-3']);
      stopLive = true;
      await live;
      const partitions = () => fetch(`${fleet.member('processor-3').baseUrl}/v1/admin/partitions`, { headers: { authorization: `Bearer ${apiKey}` } }).then((r) => r.json() as Promise<{ totalLag: number; owners: Record<string, number> }>);
      const caughtUp = await pollUntil('the log projected to its end', partitions, (p) => p.totalLag === 0, 600_000, 250);
      expect(caughtUp.owners).toEqual({ 'processor-3': PARTITIONS });
      const events = parseOwnershipEvents(fleet.logs(/processor/));
      const costs = triggers.map((t) => rebalanceCost(events, { ...t, groupId: 'sitrep-stream-processor' }, PARTITIONS));
      expect(costs.every((c) => c !== undefined)).toBe(true);
      process.stdout.write(`[scale] rebalance costs (eager protocol, session timeout 6 s):\n${costs.map((c) => formatCost(c!)).join('\n')}\n`);
    } finally {
      stopLive = true;
      await Promise.all([fleet.stopAll(), ingestFleet.stopAll()]);
      await progress.close();
    }
  }, 900_000);

  if (FULL) {
    it('profiles one instance replaying the log (--cpu-prof)', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-cpu-prof-'));
      const run = await project(1, dir);
      const summary = summarizeCpuProfiles(dir);
      expect(summary.functions.length).toBeGreaterThan(0);
      process.stdout.write(`[scale] profile of 1 instance, ${run.records} records in ${run.seconds.toFixed(1)} s (${dir}):\n${JSON.stringify(summary, null, 1)}\n`);
    }, 1_800_000);
  }
});

function formatCost(cost: RebalanceCost): string {
  const max = (moved: boolean) => Math.max(0, ...cost.pauses.filter((p) => p.moved === moved).map((p) => p.pauseMs));
  const count = (moved: boolean) => cost.pauses.filter((p) => p.moved === moved).length;
  return `| ${cost.label} | ${cost.firstRevokedMs ?? '-'} | ${cost.fullyAssignedMs} | ${count(true)} moved, longest pause ${max(true)} ms | ${count(false)} untouched, longest pause ${max(false)} ms |`;
}
