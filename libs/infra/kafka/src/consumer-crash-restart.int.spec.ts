import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { LogBatch } from '@sitrep/contracts';
import { describeWithKafka, pollUntil, startDedicatedKafka, uniqueName, type DedicatedKafka } from '@sitrep/testing';
import { KafkaReportLog } from './kafka-report-log';
import type { KafkaLogLevel } from './kafka-report-log-config';

/**
 * A broker that cannot create __consumer_offsets (it wants 3 replicas and has 1) answers every
 * FindCoordinator with "coordinator not available". kafkajs gives up with the non-retriable
 * "Failed to find group coordinator" and never restarts the consumer itself: the failure CI met
 * when a loaded broker fenced itself while a processor joined, leaving it with no partitions.
 */
const NO_COORDINATOR = 'offsets.topic.replication.factor=3';

describeWithKafka('KafkaReportLog: a consumer crash that kafkajs does not restart', () => {
  let kafka: DedicatedKafka;
  beforeAll(async () => {
    kafka = await startDedicatedKafka(NO_COORDINATOR);
  }, 240_000);
  afterAll(() => kafka?.stop(), 60_000);

  it('starts the consumer again with back-off, is unready meanwhile, and consumes once the coordinator is back', async () => {
    const lines: Array<{ level: KafkaLogLevel; message: string; errorName?: unknown }> = [];
    const log = new KafkaReportLog({
      brokers: [kafka.brokers],
      clientId: uniqueName('sitrep-crash'),
      logger: (level, message, extra) => lines.push({ level, message, errorName: extra?.errorName }),
      closeTimeoutMs: 5_000,
      consumer: { sessionTimeoutMs: 6_000, heartbeatIntervalMs: 500, maxWaitTimeMs: 100 },
    });
    const topic = uniqueName('crash_restart');
    const seen: string[] = [];
    const ourRestarts = () => lines.filter((l) => l.level === 'error' && /crashed; starting it again in \d+ ms/.test(l.message));
    try {
      await log.ensureTopics([{ name: topic, partitions: 1, retentionMs: -1 }]);
      await log.append(topic, [{ key: 'k', value: Buffer.from('waiting for the coordinator') }]);
      const handleBatch = async (batch: LogBatch) => void seen.push(...batch.records.map((r) => r.value.toString()));
      const subscription = await log.subscribe({ topic, groupId: uniqueName('crash_group'), handleBatch });

      // Two crashes: the second comes from a consumer Sitrep started again after the first.
      await pollUntil('two non-retriable crashes', () => ourRestarts().length, (n) => n >= 2, 180_000);
      expect(ourRestarts()[0].errorName).toBe('KafkaJSGroupCoordinatorNotFound');
      await expect(log.ping()).rejects.toThrow(/crashed \(Failed to find group coordinator\); starting it again in \d+ ms/);
      expect(seen).toEqual([]);

      await kafka.restart('');
      await pollUntil('the record consumed once the broker can host the coordinator', () => seen.length, (n) => n > 0, 180_000);
      expect(seen).toEqual(['waiting for the coordinator']);
      await expect(log.ping()).resolves.toBeUndefined();

      await subscription.stop();
      const crashesAtStop = ourRestarts().length;
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(ourRestarts()).toHaveLength(crashesAtStop);
    } finally {
      await log.close();
    }
  }, 420_000);
});
