import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { LogUnavailableError, partitionForKey, type LogRecord } from '@sitrep/contracts';
import { describeReportLogContract, describeWithKafka, kafkaBrokers, uniqueName } from '@sitrep/testing';
import { KafkaReportLog } from './kafka-report-log';
import type { KafkaLogger, KafkaReportLogConfig } from './kafka-report-log-config';

/** kafkajs logs retried errors while coordinators load; print them only when asked to. */
const logs: string[] = [];
const logger: KafkaLogger = (level, message, extra) => {
  const line = `${level} ${message} ${extra ? JSON.stringify(extra) : ''}`;
  logs.push(line);
  if (process.env.SITREP_TEST_KAFKA_LOGS === '1') console.log(line);
};

/** Group timing small enough for tests; 6 s is the broker's minimum session timeout. */
function testLog(overrides: Partial<KafkaReportLogConfig> = {}): KafkaReportLog {
  return new KafkaReportLog({
    brokers: kafkaBrokers(),
    clientId: uniqueName('sitrep-test'),
    logger,
    closeTimeoutMs: 5_000,
    consumer: { sessionTimeoutMs: 6_000, heartbeatIntervalMs: 300, rebalanceTimeoutMs: 6_000, maxWaitTimeMs: 100, retryInitialMs: 100, retryMaxMs: 1_000 },
    ...overrides,
  });
}

describeReportLogContract('kafka', () => testLog(), describeWithKafka);

function kcat(args: string[], input = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('kcat', ['-b', kafkaBrokers()[0], ...args]);
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`kcat ${args.join(' ')} exited ${code}: ${err}`))));
    child.stdin.end(input);
  });
}

/** Key → partition as kcat wrote them, read back with kcat. */
async function kcatPartitions(topic: string): Promise<Map<string, number>> {
  const out = await kcat(['-C', '-t', topic, '-o', 'beginning', '-e', '-q', '-f', '%k\t%p\n']);
  return new Map(out.trim().split('\n').map((line) => line.split('\t')).map(([key, p]) => [key, Number(p)]));
}

const hasKcat = spawnSync('kcat', ['-V']).status === 0;
if (!hasKcat && process.env.CI === 'true') throw new Error('CI needs kcat (tools/ci/install-debian-packages.sh)');
const describeWithKcat = hasKcat ? describeWithKafka : describe.skip;

describeWithKcat('KafkaReportLog next to a non-Node client (kcat / librdkafka)', () => {
  let log: KafkaReportLog;
  beforeAll(() => {
    log = testLog();
  });
  afterAll(() => log.close());

  it('consumes a record kcat published, with its headers as strings', async () => {
    const topic = uniqueName('kcat_in');
    await log.ensureTopics([{ name: topic, partitions: 3, retentionMs: -1 }]);
    const key = 'syr|حلب|2022-01-02';
    const value = JSON.stringify({ summary: 'قصف مدفعي على الأتارب', casualties: 2 });
    await kcat(['-P', '-t', topic, '-X', 'partitioner=murmur2_random', '-k', key,
      '-H', 'ce_type=sitrep.report.inbound.v1', '-H', 'ce_id=evt-1', '-H', 'ce_source=مراقب/حلب'], `${value}\n`);
    const received: LogRecord[] = [];
    const subscription = await log.subscribe({ topic, groupId: uniqueName('kcat_group'), handleBatch: async (b) => void received.push(...b.records) });
    const deadline = Date.now() + 20_000;
    while (received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await subscription.stop();
    expect(received).toHaveLength(1);
    expect(received[0].key).toBe(key);
    expect(received[0].value.toString('utf8')).toBe(value);
    expect(received[0].headers).toEqual({ ce_type: 'sitrep.report.inbound.v1', ce_id: 'evt-1', ce_source: 'مراقب/حلب' });
    expect(received[0].partition).toBe(partitionForKey(key, 3));
  });

  it('puts a key on the partition kcat picks with partitioner=murmur2_random (not with its default)', async () => {
    const keys = Array.from({ length: 40 }, (_, i) => `syr|${i % 2 ? 'حمص' : 'homs'}|2022-02-${String(i + 1).padStart(2, '0')}`);
    const spec = (name: string) => ({ name, partitions: 6, retentionMs: -1 });
    const [javaLike, librdkafkaDefault, ours] = [uniqueName('kcat_murmur2'), uniqueName('kcat_default'), uniqueName('kafkajs')];
    await log.ensureTopics([spec(javaLike), spec(librdkafkaDefault), spec(ours)]);
    const lines = keys.map((k) => `${k}\tv\n`).join('');
    await kcat(['-P', '-t', javaLike, '-K', '\t', '-X', 'partitioner=murmur2_random'], lines);
    await kcat(['-P', '-t', librdkafkaDefault, '-K', '\t'], lines);
    const positions = await log.append(ours, keys.map((key) => ({ key, value: Buffer.from('v') })));

    const kcatMurmur2 = await kcatPartitions(javaLike);
    const kcatDefault = await kcatPartitions(librdkafkaDefault);
    keys.forEach((key, i) => {
      expect(kcatMurmur2.get(key)).toBe(positions[i].partition);
      expect(positions[i].partition).toBe(partitionForKey(key, 6));
    });
    // librdkafka's default (consistent_random, CRC32) disagrees: pipelines must set murmur2_random.
    expect(keys.some((key, i) => kcatDefault.get(key) !== positions[i].partition)).toBe(true);
  });

  it('warns, and changes nothing, when an existing topic has fewer partitions than asked', async () => {
    const topic = uniqueName('fewer');
    await log.ensureTopics([{ name: topic, partitions: 2, retentionMs: -1 }]);
    await log.ensureTopics([{ name: topic, partitions: 3, retentionMs: -1 }]);
    expect(logs.some((line) => line.startsWith('warn') && line.includes(topic) && line.includes('fewer'))).toBe(true);
    expect([...(await log.endOffsets(topic)).keys()].sort()).toEqual([0, 1]);
  });
});

describe('KafkaReportLog without a reachable broker', () => {
  it('rejects append, ping and subscribe with LogUnavailableError within the bounds', async () => {
    const log = testLog({ brokers: ['127.0.0.1:1'], appendTimeoutMs: 10_000, pingTimeoutMs: 1_500 });
    try {
      let started = Date.now();
      await expect(log.append('sitrep.reports.v1', [{ key: 'k', value: Buffer.from('v') }])).rejects.toBeInstanceOf(LogUnavailableError);
      expect(Date.now() - started).toBeLessThan(10_500);
      started = Date.now();
      await expect(log.ping()).rejects.toBeInstanceOf(LogUnavailableError);
      expect(Date.now() - started).toBeLessThan(2_000);
      const subscribing = log.subscribe({ topic: 'sitrep.reports.v1', groupId: uniqueName('dead'), handleBatch: async () => undefined });
      await expect(subscribing).rejects.toBeInstanceOf(LogUnavailableError);
    } finally {
      await log.close();
    }
  }, 30_000);
});
