import { expect, it } from '@jest/globals';
import type { LogBatch } from '@sitrep/contracts';
import { describeWithKafka, kafkaBrokers, uniqueName } from '@sitrep/testing';
import { KafkaReportLog } from './kafka-report-log';

const SESSION_MS = 6_000;
/** Longer than the session: without heartbeats during the handler, the broker evicts the member. */
const SLOW_HANDLER_MS = 10_000;

function slowLog(maxProcessingMs: number): KafkaReportLog {
  return new KafkaReportLog({
    brokers: kafkaBrokers(),
    clientId: uniqueName('sitrep-slow'),
    logger: () => undefined,
    closeTimeoutMs: 5_000,
    consumer: { sessionTimeoutMs: SESSION_MS, heartbeatIntervalMs: 300, rebalanceTimeoutMs: SESSION_MS, maxWaitTimeMs: 100, retryInitialMs: 100, retryMaxMs: 1_000, maxProcessingMs },
  });
}

/**
 * One member, one partition, one record whose first handling outlasts the session; then a second
 * record, to see the member still consuming. Returns how often each record was handed over and how
 * often the member lost the partition meanwhile.
 */
async function slowFirstBatch(maxProcessingMs: number) {
  const log = slowLog(maxProcessingMs);
  const topic = uniqueName('slow_handler');
  const deliveries = new Map<string, number>();
  let revocations = 0;
  try {
    await log.ensureTopics([{ name: topic, partitions: 1, retentionMs: -1 }]);
    await log.append(topic, [{ key: 'k', value: Buffer.from('first') }]);
    const handleBatch = async (batch: LogBatch) => {
      for (const r of batch.records) deliveries.set(r.value.toString(), (deliveries.get(r.value.toString()) ?? 0) + 1);
      if (deliveries.get('first') === 1 && batch.records.some((r) => r.value.toString() === 'first')) await new Promise((resolve) => setTimeout(resolve, SLOW_HANDLER_MS));
    };
    const subscription = await log.subscribe({ topic, groupId: uniqueName('slow_group'), handleBatch, onRevoked: () => (revocations += 1) });
    const seen = (value: string) => (deliveries.get(value) ?? 0) > 0;
    await until(() => seen('first'), 20_000);
    await new Promise((resolve) => setTimeout(resolve, SLOW_HANDLER_MS + SESSION_MS));
    await log.append(topic, [{ key: 'k', value: Buffer.from('second') }]);
    await until(() => seen('second'), 30_000);
    const revokedBeforeStop = revocations;
    await subscription.stop();
    return { first: deliveries.get('first'), second: deliveries.get('second'), revokedBeforeStop };
  } finally {
    await log.close();
  }
}

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describeWithKafka('KafkaReportLog: a handler slower than the session timeout', () => {
  it('keeps the member in its group while the handler works: the partition stays, the batch is handled once', async () => {
    expect(await slowFirstBatch(60_000)).toEqual({ first: 1, second: 1, revokedBeforeStop: 0 });
  }, 90_000);

  it('lets the group move the partition once the handler counts as stuck (maxProcessingMs): the batch comes again', async () => {
    const outcome = await slowFirstBatch(1_000);
    expect(outcome.first).toBe(2);
    expect(outcome.second).toBe(1);
    expect(outcome.revokedBeforeStop).toBeGreaterThanOrEqual(1);
  }, 90_000);
});
