import { Partitioners, type Kafka, type Message, type Producer, type RecordMetadata } from 'kafkajs';
import { LogUnavailableError, type AppendRecord, type LogPosition } from '@sitrep/contracts';
import { toLogError } from './classify-kafka-error';
import type { KafkaLogger } from './kafka-report-log-config';
import { recordPositions } from './record-positions';
import { withTimeout } from './with-timeout';

/** One kafkajs producer and what it knows: the partition it chose for each message it sent. */
interface ProducerHandle {
  producer: Producer;
  connected: Promise<void>;
  chosen: WeakMap<Message, number>;
  inFlight: Set<Promise<unknown>>;
}

/**
 * Idempotent, acks=all appends with a bounded wait.
 *
 * Why a failed send retires the producer: kafkajs rolls its sequence numbers back when a send
 * fails, but a send that timed out may still have been written. The next batch would then reuse
 * those sequence numbers and the broker would acknowledge it as a "duplicate" without writing it:
 * silent loss. A new producer gets a new producer id and fresh sequences; the worst case becomes
 * a duplicate record after the caller retries, which readers tolerate (records carry ids).
 */
export class ReportLogProducer {
  private current: ProducerHandle | null = null;
  private readonly retired = new Set<ProducerHandle>();

  constructor(
    private readonly kafka: Kafka,
    private readonly appendTimeoutMs: number,
    private readonly logger: KafkaLogger,
  ) {}

  async append(topic: string, records: AppendRecord[]): Promise<LogPosition[]> {
    if (records.length === 0) return [];
    const handle = this.handle();
    const messages: Message[] = records.map((r) => ({ key: r.key, value: r.value, headers: { ...r.headers } }));
    let sent = false;
    const sending = handle.connected.then(() => {
      sent = true;
      return handle.producer.send({ topic, messages, acks: -1, timeout: this.appendTimeoutMs });
    });
    handle.inFlight.add(sending);
    try {
      const written: RecordMetadata[] = await withTimeout(sending, this.appendTimeoutMs, () =>
        new LogUnavailableError(`Kafka did not acknowledge an append to ${topic} within ${this.appendTimeoutMs} ms`),
      );
      return recordPositions(messages.map((m) => handle.chosen.get(m) ?? -1), written);
    } catch (error) {
      this.retire(handle, error);
      const failed = toLogError(error, `append to ${topic}`);
      // A producer that never connected sent nothing: the caller may append again at once.
      if (!sent && failed instanceof LogUnavailableError) throw new LogUnavailableError(failed.message, failed.causeError, false);
      throw failed;
    } finally {
      handle.inFlight.delete(sending);
    }
  }

  /** Shutting down: in-flight sends are cut off; their callers see an error. */
  async close(): Promise<void> {
    const handles = [...this.retired, ...(this.current ? [this.current] : [])];
    this.current = null;
    this.retired.clear();
    await Promise.allSettled(handles.map((h) => h.producer.disconnect()));
  }

  private handle(): ProducerHandle {
    if (this.current) return this.current;
    const chosen = new WeakMap<Message, number>();
    const producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 5,
      // Java's murmur2 partitioner, so Java clients, kcat with partitioner=murmur2_random and
      // the embedded log (partitionForKey) agree on key → partition.
      createPartitioner: () => {
        const partition = Partitioners.DefaultPartitioner();
        return (args) => {
          const chosenPartition = partition(args);
          chosen.set(args.message, chosenPartition);
          return chosenPartition;
        };
      },
      retry: { initialRetryTime: 100, maxRetryTime: 2_000, retries: 5 },
    });
    const connected = producer.connect();
    connected.catch(() => undefined);
    this.current = { producer, connected, chosen, inFlight: new Set() };
    return this.current;
  }

  /** Disconnects once its in-flight sends settle, so none of them is cut off half-way. */
  private retire(handle: ProducerHandle, error: unknown): void {
    if (this.current !== handle) return;
    this.current = null;
    this.retired.add(handle);
    this.logger('warn', 'Kafka append failed; replacing the producer', { error: String(error) });
    void Promise.allSettled([...handle.inFlight])
      .then(async () => {
        if (this.retired.delete(handle)) await handle.producer.disconnect();
      })
      .catch(() => undefined);
  }
}
