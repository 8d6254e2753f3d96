import type { Admin, Kafka } from 'kafkajs';
import { LogUnavailableError, type TopicSpec } from '@sitrep/contracts';
import { kafkaErrorType, toLogError } from './classify-kafka-error';
import type { ResolvedKafkaConfig } from './kafka-report-log-config';
import { toTopicConfig } from './to-topic-config';
import { withTimeout } from './with-timeout';

const LEADER_WAIT_MS = 15_000;
/** What a broker answers for a moment while a new topic's partition leaders are being elected. */
const LEADERS_SETTLING = new Set(['NOT_LEADER_FOR_PARTITION', 'LEADER_NOT_AVAILABLE', 'UNKNOWN_TOPIC_OR_PARTITION']);

/** Topic creation, high watermarks and the readiness probe, over one lazily connected admin. */
export class ReportLogAdmin {
  private connecting: Promise<Admin> | null = null;

  constructor(
    private readonly kafka: Kafka,
    private readonly config: ResolvedKafkaConfig,
  ) {}

  /**
   * Creates what is missing and never alters what exists: changing a topic's partition count
   * moves keys between partitions and breaks per-key order (a new topic version is the way).
   */
  async ensureTopics(specs: TopicSpec[]): Promise<void> {
    await this.call('ensure topics', async (admin) => {
      const existing = new Set(await admin.listTopics());
      const missing = specs.filter((spec) => !existing.has(spec.name));
      if (missing.length > 0) {
        const topics = missing.map((spec) => toTopicConfig(spec, this.config.replicationFactor));
        await this.createAndWaitForLeaders(admin, topics);
      }
      const present = specs.filter((spec) => existing.has(spec.name));
      if (present.length > 0) await this.warnAboutFewerPartitions(admin, present);
    });
  }

  /**
   * kafkajs's own wait for leaders gives up on UNKNOWN_TOPIC_OR_PARTITION, which a KRaft broker
   * answers for a moment after creating a topic (seen as flaky CI runs): keep asking, bounded.
   */
  private async createAndWaitForLeaders(admin: Admin, topics: Parameters<Admin['createTopics']>[0]['topics']): Promise<void> {
    try {
      await admin.createTopics({ topics, waitForLeaders: true });
      return;
    } catch (error) {
      if ((error as { type?: string }).type !== 'UNKNOWN_TOPIC_OR_PARTITION') throw error;
    }
    const names = topics.map((t) => t.topic);
    const deadline = Date.now() + LEADER_WAIT_MS;
    for (;;) {
      const ready = await admin.fetchTopicMetadata({ topics: names }).then(
        ({ topics: found }) => found.length === names.length && found.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0)),
        () => false,
      );
      if (ready) return;
      if (Date.now() > deadline) throw new LogUnavailableError(`topics ${names.join(', ')} have no leaders after ${LEADER_WAIT_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async endOffsets(topic: string): Promise<Map<number, string>> {
    return this.call(`read end offsets of ${topic}`, async (admin) => {
      const offsets = await this.whileLeadersSettle(admin, topic, () => admin.fetchTopicOffsets(topic));
      return new Map(offsets.map((o) => [o.partition, o.high]));
    });
  }

  /**
   * A topic another process has just created is listed before its leaders are known everywhere:
   * CI saw `NOT_LEADER_FOR_PARTITION` on the first read of a fresh topic. Refresh the metadata and
   * ask again, bounded; any other error, or one that outlasts the wait, is thrown as it came.
   */
  private async whileLeadersSettle<T>(admin: Admin, topic: string, work: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + LEADER_WAIT_MS;
    for (;;) {
      try {
        return await work();
      } catch (error) {
        if (!LEADERS_SETTLING.has(kafkaErrorType(error) ?? '') || Date.now() > deadline) throw error;
      }
      await admin.fetchTopicMetadata({ topics: [topic] }).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async committedOffsets(topic: string, groupId: string): Promise<Map<number, string>> {
    return this.call(`read the offsets of ${groupId} on ${topic}`, async (admin) => {
      const [found] = await admin.fetchOffsets({ groupId, topics: [topic] });
      // kafkajs answers -1 for a partition the group never committed.
      return new Map((found?.partitions ?? []).filter((p) => p.offset !== '-1').map((p) => [p.partition, p.offset]));
    });
  }

  async deleteGroup(groupId: string): Promise<void> {
    await this.call(`delete group ${groupId}`, async (admin) => {
      await admin.deleteGroups([groupId]);
    });
  }

  async ping(): Promise<void> {
    const { pingTimeoutMs } = this.config;
    const probe = this.call('ping', async (admin) => {
      await admin.describeCluster();
    });
    await withTimeout(probe, pingTimeoutMs, () => new LogUnavailableError(`Kafka did not answer within ${pingTimeoutMs} ms`));
  }

  async close(): Promise<void> {
    const connecting = this.connecting;
    this.connecting = null;
    if (connecting) await connecting.then((admin) => admin.disconnect()).catch(() => undefined);
  }

  private async warnAboutFewerPartitions(admin: Admin, specs: TopicSpec[]): Promise<void> {
    const { topics } = await admin.fetchTopicMetadata({ topics: specs.map((spec) => spec.name) });
    for (const spec of specs) {
      const actual = topics.find((t) => t.name === spec.name)?.partitions.length ?? 0;
      if (actual < spec.partitions) {
        this.config.logger('warn', `Topic ${spec.name} has ${actual} partitions, fewer than the ${spec.partitions} asked for; left unchanged`, {
          topic: spec.name,
          actual,
          wanted: spec.partitions,
        });
      }
    }
  }

  private async call<T>(doing: string, work: (admin: Admin) => Promise<T>): Promise<T> {
    try {
      return await work(await this.admin());
    } catch (error) {
      throw toLogError(error, doing);
    }
  }

  /** A failed connect is forgotten so that the next call tries again. */
  private admin(): Promise<Admin> {
    if (!this.connecting) {
      const admin = this.kafka.admin();
      const connecting = admin.connect().then(() => admin);
      connecting.catch(() => {
        if (this.connecting === connecting) this.connecting = null;
      });
      this.connecting = connecting;
    }
    return this.connecting;
  }
}
