import type { KafkaMessage } from 'kafkajs';
import type { LogRecord } from '@sitrep/contracts';
import { toStringHeaders } from './to-string-headers';

/** A fetched Kafka message as the port describes it; a null key or value becomes empty. */
export function toLogRecord(topic: string, partition: number, message: KafkaMessage): LogRecord {
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key ? message.key.toString('utf8') : '',
    value: message.value ?? Buffer.alloc(0),
    headers: toStringHeaders(message.headers),
    timestamp: message.timestamp,
  };
}
