import { LogUnavailableError } from '@sitrep/contracts';

/**
 * `unavailable`: the broker cannot be reached or cannot take the request right now; callers retry
 * later (HTTP 503 + Retry-After). `other`: anything else (bad topic, record too large, a bug).
 */
export type KafkaFailure = 'unavailable' | 'other';

const UNAVAILABLE_NAMES = new Set([
  'KafkaJSConnectionError',
  'KafkaJSConnectionClosedError',
  'KafkaJSBrokerNotFound',
  'KafkaJSNoBrokerAvailableError',
  'KafkaJSRequestTimeoutError',
  'KafkaJSTimeout',
  'KafkaJSLockTimeout',
  'KafkaJSMetadataNotLoaded',
  'KafkaJSGroupCoordinatorNotFound',
  'LogUnavailableError',
]);

/** Broker error codes that mean "not now" rather than "never". */
const UNAVAILABLE_PROTOCOL_TYPES = new Set([
  'BROKER_NOT_AVAILABLE',
  'LEADER_NOT_AVAILABLE',
  'NOT_LEADER_FOR_PARTITION',
  'REQUEST_TIMED_OUT',
  'NETWORK_EXCEPTION',
  'NOT_ENOUGH_REPLICAS',
  'NOT_ENOUGH_REPLICAS_AFTER_APPEND',
  'COORDINATOR_NOT_AVAILABLE',
  'COORDINATOR_LOAD_IN_PROGRESS',
  'NOT_COORDINATOR',
  'KAFKA_STORAGE_ERROR',
]);

const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE']);

/**
 * kafkajs wraps the real cause (KafkaJSNumberOfRetriesExceeded → KafkaJSConnectionError), so the
 * whole chain is inspected; matching on `name` keeps this free of kafkajs's CommonJS error exports,
 * which Node's ESM loader cannot import by name.
 */
export function classifyKafkaError(error: unknown): KafkaFailure {
  for (const current of causeChain(error)) {
    const { name, type, code } = current as { name?: unknown; type?: unknown; code?: unknown };
    if (typeof name === 'string' && UNAVAILABLE_NAMES.has(name)) return 'unavailable';
    if (typeof type === 'string' && UNAVAILABLE_PROTOCOL_TYPES.has(type)) return 'unavailable';
    if (typeof code === 'string' && UNAVAILABLE_SOCKET_CODES.has(code)) return 'unavailable';
  }
  return 'other';
}

/** What adapters throw: LogUnavailableError for "not now", the original Error otherwise. */
export function toLogError(error: unknown, doing: string): Error {
  if (error instanceof LogUnavailableError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (classifyKafkaError(error) === 'unavailable') {
    return new LogUnavailableError(`Kafka is unavailable (${doing}): ${message}`, error);
  }
  return error instanceof Error ? error : new Error(`${doing} failed: ${message}`);
}

/** The first broker error type (`NOT_LEADER_FOR_PARTITION`, …) anywhere in kafkajs's chain of causes. */
export function kafkaErrorType(error: unknown): string | undefined {
  for (const current of causeChain(error)) {
    const { type } = current as { type?: unknown };
    if (typeof type === 'string') return type;
  }
  return undefined;
}

/** An error and its causes (`cause`, else kafkajs's `originalError`), each once: a cycle ends it. */
function* causeChain(error: unknown): Generator<object> {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current instanceof Object && !seen.has(current)) {
    seen.add(current);
    yield current;
    const next = current as { cause?: unknown; originalError?: unknown };
    current = next.cause ?? next.originalError;
  }
}
