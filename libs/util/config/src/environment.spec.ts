import { describe, expect, it } from '@jest/globals';
import { loadConfig } from './environment';

describe('loadConfig', () => {
  it('gives the embedded default with no variables at all', () => {
    const result = loadConfig({}, 'host-1');
    expect(result).toEqual({
      ok: true,
      config: expect.objectContaining({ port: 3000, mode: 'embedded', dataDir: './.sitrep', kafkaBrokers: [], instanceId: 'host-1' }),
    });
  });

  it('requires DATABASE_URL and KAFKA_BROKERS in scaled mode, each with its own message', () => {
    const result = loadConfig({ SITREP_MODE: 'scaled' }, 'x');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.some((e) => e.startsWith('DATABASE_URL must be'))).toBe(true);
    expect(result.errors.some((e) => e.startsWith('KAFKA_BROKERS must be'))).toBe(true);
  });

  it('names every bad variable', () => {
    const result = loadConfig({ PORT: 'eighty', SITREP_MODE: 'cloud', LOG_LEVEL: 'loud', SITREP_API_KEY: 'sk_short' }, 'x');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.errors.join('\n');
    for (const name of ['PORT', 'SITREP_MODE', 'LOG_LEVEL', 'SITREP_API_KEY']) expect(text).toContain(name);
  });

  it('parses scaled settings', () => {
    const result = loadConfig(
      { SITREP_MODE: 'scaled', DATABASE_URL: 'postgres://u@db:5432/sitrep', KAFKA_BROKERS: 'k1:9092,k2:9092', PORT: '8080' },
      'x',
    );
    expect(result.ok && result.config).toMatchObject({ port: 8080, kafkaBrokers: ['k1:9092', 'k2:9092'] });
  });

  it('reads the webhook settings: secrets key (32 bytes base64), allow-list and timeout', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const result = loadConfig({ SITREP_SECRETS_KEY: key, SITREP_WEBHOOK_ALLOW: ' 127.0.0.1, 10.1.0.0/16,sink.internal ', SITREP_WEBHOOK_TIMEOUT_MS: '2500' }, 'x');
    expect(result.ok && result.config).toMatchObject({ secretsKey: key, webhookAllow: ['127.0.0.1', '10.1.0.0/16', 'sink.internal'], webhookTimeoutMs: 2500 });
    expect(loadConfig({}, 'x')).toMatchObject({ ok: true, config: { secretsKey: undefined, webhookAllow: [], webhookTimeoutMs: 10_000 } });
    expect(loadConfig({ SITREP_WEBHOOK_ALLOW: '' }, 'x')).toMatchObject({ ok: true, config: { webhookAllow: [] } });
    const bad = loadConfig({ SITREP_SECRETS_KEY: Buffer.alloc(16).toString('base64'), SITREP_WEBHOOK_ALLOW: '127.0.0.1;rm', SITREP_WEBHOOK_TIMEOUT_MS: '5' }, 'x');
    expect(bad.ok).toBe(false);
    const text = bad.ok ? '' : bad.errors.join('\n');
    for (const name of ['SITREP_SECRETS_KEY', 'SITREP_WEBHOOK_ALLOW', 'SITREP_WEBHOOK_TIMEOUT_MS']) expect(text).toContain(name);
  });

  it('reads the Kafka session timeout (default 30 s, not below the broker floor of 6 s)', () => {
    expect(loadConfig({}, 'x')).toMatchObject({ ok: true, config: { kafkaSessionTimeoutMs: 30_000 } });
    expect(loadConfig({ SITREP_KAFKA_SESSION_TIMEOUT_MS: '6000' }, 'x')).toMatchObject({ ok: true, config: { kafkaSessionTimeoutMs: 6_000 } });
    const bad = loadConfig({ SITREP_KAFKA_SESSION_TIMEOUT_MS: '500' }, 'x');
    expect(bad.ok).toBe(false);
    expect(bad.ok ? '' : bad.errors.join('\n')).toContain('SITREP_KAFKA_SESSION_TIMEOUT_MS');
  });

  it('reads how long a batch handler may run before it counts as stuck (default 300 s, 1 s to 1 h)', () => {
    expect(loadConfig({}, 'x')).toMatchObject({ ok: true, config: { kafkaMaxProcessingMs: 300_000 } });
    expect(loadConfig({ SITREP_KAFKA_MAX_PROCESSING_MS: '60000' }, 'x')).toMatchObject({ ok: true, config: { kafkaMaxProcessingMs: 60_000 } });
    for (const value of ['999', '3600001', 'soon']) {
      const bad = loadConfig({ SITREP_KAFKA_MAX_PROCESSING_MS: value }, 'x');
      expect(bad.ok ? '' : bad.errors.join('\n')).toContain('SITREP_KAFKA_MAX_PROCESSING_MS');
    }
  });

  it('reads how many partitions a consumer handles at once (default 3, at least 1)', () => {
    expect(loadConfig({}, 'x')).toMatchObject({ ok: true, config: { partitionsConsumedConcurrently: 3 } });
    expect(loadConfig({ SITREP_PARTITIONS_CONSUMED_CONCURRENTLY: '1' }, 'x')).toMatchObject({ ok: true, config: { partitionsConsumedConcurrently: 1 } });
    for (const value of ['0', '65', 'two']) {
      const bad = loadConfig({ SITREP_PARTITIONS_CONSUMED_CONCURRENTLY: value }, 'x');
      expect(bad.ok ? '' : bad.errors.join('\n')).toContain('SITREP_PARTITIONS_CONSUMED_CONCURRENTLY');
    }
  });
});
