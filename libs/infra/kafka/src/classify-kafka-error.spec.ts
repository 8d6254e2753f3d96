import { describe, expect, it } from '@jest/globals';
import { LogUnavailableError } from '@sitrep/contracts';
import { classifyKafkaError, kafkaErrorType, toLogError } from './classify-kafka-error';

/** kafkajs errors are recognised by name and protocol type, so plain look-alikes are enough. */
function kafkaError(name: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(`${name} happened`), { name }, extra);
}

describe('classifyKafkaError', () => {
  it.each([
    ['KafkaJSConnectionError'],
    ['KafkaJSConnectionClosedError'],
    ['KafkaJSNoBrokerAvailableError'],
    ['KafkaJSRequestTimeoutError'],
    ['KafkaJSBrokerNotFound'],
  ])('%s means the log is unavailable', (name) => {
    expect(classifyKafkaError(kafkaError(name))).toBe('unavailable');
  });

  it('looks through retries-exceeded wrappers to the cause', () => {
    const cause = kafkaError('KafkaJSConnectionError', { code: 'ECONNREFUSED' });
    const wrapped = kafkaError('KafkaJSNumberOfRetriesExceeded', { cause, originalError: cause });
    expect(classifyKafkaError(wrapped)).toBe('unavailable');
  });

  it('treats retriable broker codes such as NOT_ENOUGH_REPLICAS as unavailable', () => {
    expect(classifyKafkaError(kafkaError('KafkaJSProtocolError', { type: 'NOT_ENOUGH_REPLICAS' }))).toBe('unavailable');
    expect(classifyKafkaError(kafkaError('KafkaJSProtocolError', { type: 'LEADER_NOT_AVAILABLE' }))).toBe('unavailable');
  });

  it('keeps errors that retrying cannot fix apart', () => {
    expect(classifyKafkaError(kafkaError('KafkaJSProtocolError', { type: 'MESSAGE_TOO_LARGE' }))).toBe('other');
    expect(classifyKafkaError(kafkaError('KafkaJSNonRetriableError'))).toBe('other');
    expect(classifyKafkaError(new TypeError('x is undefined'))).toBe('other');
    expect(classifyKafkaError('a string')).toBe('other');
    expect(classifyKafkaError(undefined)).toBe('other');
  });

  it('survives a cause cycle', () => {
    const a = kafkaError('A');
    const b = kafkaError('B', { cause: a });
    Object.assign(a, { cause: b });
    expect(classifyKafkaError(a)).toBe('other');
  });
});

describe('kafkaErrorType', () => {
  it('finds the broker error type under retry wrappers, and nothing where there is none or a cycle', () => {
    const cause = kafkaError('KafkaJSProtocolError', { type: 'NOT_LEADER_FOR_PARTITION' });
    expect(kafkaErrorType(kafkaError('KafkaJSNumberOfRetriesExceeded', { originalError: cause }))).toBe('NOT_LEADER_FOR_PARTITION');
    expect(kafkaErrorType(kafkaError('KafkaJSConnectionError', { code: 'ECONNREFUSED' }))).toBeUndefined();
    expect(kafkaErrorType('a string')).toBeUndefined();
    const a = kafkaError('A');
    Object.assign(a, { cause: kafkaError('B', { cause: a }) });
    expect(kafkaErrorType(a)).toBeUndefined();
  });
});

describe('toLogError', () => {
  it('wraps unavailability in LogUnavailableError and keeps the cause', () => {
    const cause = kafkaError('KafkaJSConnectionError');
    const error = toLogError(cause, 'append to t');
    expect(error).toBeInstanceOf(LogUnavailableError);
    expect((error as LogUnavailableError).causeError).toBe(cause);
    expect(error.message).toContain('append to t');
  });

  it('passes other errors through unchanged', () => {
    const cause = kafkaError('KafkaJSProtocolError', { type: 'MESSAGE_TOO_LARGE' });
    expect(toLogError(cause, 'append')).toBe(cause);
    expect(toLogError('odd', 'append')).toBeInstanceOf(Error);
  });
});
