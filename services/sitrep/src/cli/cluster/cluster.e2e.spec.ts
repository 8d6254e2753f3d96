import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { createScratchDatabase, generateApiKey, type ScratchDatabase } from '@sitrep/db';
import { buildSitrep, describeWithKafkaAndPostgres, freePort, metricSamples, reportFeed, spawnSitrep, startDedicatedKafka, testDatabaseUrl, type DedicatedKafka } from '@sitrep/testing';
import { randomBytes } from 'node:crypto';

interface PartitionsBody {
  partitions: Array<{ partition: number; owner: string | null; lag: number; endOffset: string; storedPosition: string }>;
  owners: Record<string, number>;
  unowned: number[];
  totalLag: number;
}

/** A run of consecutive free ports (the cluster refuses to start on a taken one). */
async function freeRun(length: number): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const base = await freePort();
    if (base + length > 65535) continue;
    const ports = await Promise.all(Array.from({ length }, (_, i) => (i === 0 ? base : canListen(base + i))));
    if (ports.every(Boolean)) return base;
  }
  throw new Error(`no ${length} consecutive free ports`);
}

async function canListen(port: number): Promise<boolean> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const server = createServer().once('error', () => resolve(false));
    server.listen(port, '0.0.0.0', () => server.close(() => resolve(true)));
  });
}

// `sitrep cluster` as a developer runs it, on a Kafka of its own and a fresh database.
describeWithKafkaAndPostgres('sitrep cluster (N instances locally, scaled mode)', () => {
  const say = (line: string) => process.stdout.write(`[cluster] ${line}\n`);
  let kafka: DedicatedKafka;
  let db: ScratchDatabase;
  const apiKey = generateApiKey();

  beforeAll(async () => {
    buildSitrep();
    kafka = await startDedicatedKafka();
    db = await createScratchDatabase(testDatabaseUrl(), 'sitrep_cluster');
    await db.dataSource.destroy();
  }, 240_000);
  afterAll(async () => {
    await kafka?.stop();
    await db?.drop();
  }, 60_000);

  it('starts each instance as its own serve process on its own port, shows who owns which partition, and drains all on SIGTERM with exit 0', async () => {
    const base = await freeRun(6);
    const env = {
      SITREP_MODE: 'scaled', DATABASE_URL: db.url, KAFKA_BROKERS: kafka.brokers, SITREP_API_KEY: apiKey, SITREP_RATE_LIMIT_PER_MINUTE: '0',
      SITREP_SECRETS_KEY: randomBytes(32).toString('base64'), KAFKAJS_NO_PARTITIONER_WARNING: '1', LOG_LEVEL: 'info', // assignments and revocations are logged at info: the evidence if owners do not converge
    };
    const cluster = spawnSitrep(['cluster', '--query', '1', '--ingest', '1', '--processors', '2', '--dispatchers', '1', '--alert-engines', '1'], env, base);
    const startedAt = Date.now();
    const deadline = startedAt + 150_000;
    while (!cluster.output().includes('all 6 instance(s) ready')) {
      if (cluster.child.exitCode !== null || Date.now() > deadline) throw new Error(`the cluster did not come up:\n${cluster.output().slice(-4_000)}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const upAt = Date.now();
    const upMs = upAt - startedAt;
    const table = cluster.output().slice(cluster.output().indexOf('all 6 instance(s) ready'));
    const url = (id: string) => new RegExp(`${id}\\s+\\S+\\s+(http://127\\.0\\.0\\.1:\\d+)`).exec(table)?.[1] ?? '';
    expect([url('query-1'), url('ingest-1'), url('processor-1'), url('processor-2'), url('dispatcher-1'), url('alerts-1')]).toEqual(Array.from({ length: 6 }, (_, i) => `http://127.0.0.1:${base + i}`));
    const auth = { authorization: `Bearer ${apiKey}` };

    const [report] = reportFeed(1, 5, 'cluster');
    const posted = await fetch(`${url('ingest-1')}/v1/reports`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(report.submission) });
    expect(posted.status).toBe(202);
    let body: PartitionsBody | undefined;
    // Its own allowance: on a loaded machine start-up may take most of the first one.
    const settled = Date.now() + 90_000;
    while (Date.now() < settled) {
      body = (await (await fetch(`${url('processor-2')}/v1/admin/partitions`, { headers: auth })).json()) as PartitionsBody;
      const written = body.partitions.reduce((n, p) => n + Number(p.endOffset), 0);
      if (written === 1 && body.totalLag === 0 && body.unowned.length === 0 && Object.keys(body.owners).length === 2) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const ready = cluster.output().indexOf('all 6 instance(s) ready');
    say(`up after ${upMs} ms, settled after ${Date.now() - upAt} ms more; owners ${JSON.stringify(body?.owners)}`);
    // The poll above logs a request line per call: leave those out so the consumers' lines show.
    const evidence = () => cluster.output().slice(ready).split('\n').filter((line) => !line.includes('"msg":"request completed"'));
    if (Object.keys(body?.owners ?? {}).length !== 2) say(`cluster output since ready, requests left out:\n${evidence().join('\n').slice(-8_000)}`);
    expect(body?.partitions).toHaveLength(6);
    expect(body?.owners).toEqual({ 'processor-1': expect.any(Number), 'processor-2': expect.any(Number) });
    expect(body!.owners['processor-1'] + body!.owners['processor-2']).toBe(6);
    const owned = await Promise.all(['processor-1', 'processor-2'].map(async (id) => metricSamples(await (await fetch(`${url(id)}/metrics`)).text(), 'sitrep_projection_partition_owned')));
    expect(owned.flat().filter((s) => s.value === 1).map((s) => `${s.labels.instance}:${s.labels.partition}`).sort()).toEqual(
      body!.partitions.map((p) => `${p.owner}:${p.partition}`).sort(),
    );

    cluster.child.kill('SIGTERM');
    expect(await cluster.exited).toBe(0);
    expect(cluster.output()).toContain('SIGTERM: asking 6 instance(s) to drain');
    for (let i = 0; i < 6; i++) expect(await fetch(`http://127.0.0.1:${base + i}/health`).then(() => 'up', () => 'down')).toBe('down');
  }, 300_000);
});
