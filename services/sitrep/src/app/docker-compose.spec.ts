import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '@sitrep/config';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { SERVICES } from './root.module';

// No Docker engine here, so `docker compose config` cannot run: check what it would.
interface ComposeService {
  image?: string;
  build?: string;
  command?: string[];
  environment?: Record<string, string | number>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
}

// Compose interpolates ${NAME:?message} from the operator's environment: stand in a valid value.
const operatorEnv: Record<string, string> = { SITREP_SECRETS_KEY: Buffer.alloc(32, 7).toString('base64') };
const text = readFileSync('docker-compose.yml', 'utf8').replace(/\$\{(\w+):\?[^}]*\}/g, (_, name: string) => operatorEnv[name] ?? '');
const compose = parse(text, { merge: true }) as { services: Record<string, ComposeService> };
const services = compose.services;
const sitrepServices = Object.entries(services).filter(([, s]) => s.image === 'sitrep:local');

describe('docker-compose.yml', () => {
  it('runs Kafka in KRaft mode, PostgreSQL, a migration step and every Sitrep service', () => {
    expect(services.kafka.image).toMatch(/^apache\/kafka:3\.9\./);
    expect(services.kafka.environment?.KAFKA_PROCESS_ROLES).toBe('broker,controller');
    expect(services.postgres.image).toMatch(/^postgres:/);
    expect(services.migrate.command).toEqual(['migrate']);
    const served = sitrepServices.flatMap(([, s]) => (s.command?.[0] === 'serve' ? s.command.slice(1) : []));
    expect(served.sort()).toEqual(Object.keys(SERVICES).sort());
  });

  it('gives every long-running service a healthcheck and only existing dependencies', () => {
    for (const [name, service] of Object.entries(services)) {
      if (name !== 'migrate') expect({ name, healthcheck: Boolean(service.healthcheck?.test.length) }).toEqual({ name, healthcheck: true });
      for (const dependency of Object.keys(service.depends_on ?? {})) expect(Object.keys(services)).toContain(dependency);
    }
  });

  it('hands every Sitrep container an environment that passes the boot-time configuration check', () => {
    for (const [name, service] of sitrepServices) {
      const env = Object.fromEntries(Object.entries(service.environment ?? {}).map(([k, v]) => [k, String(v)]));
      const result = loadConfig(env, name);
      expect({ name, errors: result.ok ? [] : result.errors }).toEqual({ name, errors: [] });
      expect(result.ok && result.config.mode).toBe('scaled');
    }
  });
});
