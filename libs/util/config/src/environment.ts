import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateIf, validateSync } from 'class-validator';

const MODES = ['embedded', 'scaled'] as const;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/**
 * Every variable Sitrep reads, validated once at boot. Nothing else reads process.env.
 * Secrets (SITREP_API_KEY) have no default.
 */
class EnvironmentVariables {
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(65535)
  PORT?: number;

  @IsOptional() @Matches(/^[\w.:-]{1,255}$/, { message: 'HOST must be an interface address or host name, e.g. 127.0.0.1 or 0.0.0.0' })
  HOST?: string;

  @IsOptional() @IsIn(MODES, { message: `SITREP_MODE must be one of: ${MODES.join(', ')}` })
  SITREP_MODE?: (typeof MODES)[number];

  @IsOptional() @IsString() @MinLength(1)
  SITREP_DATA_DIR?: string;

  @ValidateIf((env: EnvironmentVariables) => env.SITREP_MODE === 'scaled')
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// URL (required when SITREP_MODE=scaled)' })
  DATABASE_URL?: string;

  @ValidateIf((env: EnvironmentVariables) => env.SITREP_MODE === 'scaled')
  @Matches(/^[\w.-]+:\d+(,[\w.-]+:\d+)*$/, { message: 'KAFKA_BROKERS must be host:port[,host:port…] (required when SITREP_MODE=scaled)' })
  KAFKA_BROKERS?: string;

  @IsOptional() @Matches(/^sk_[a-z0-9]{12}\.[A-Za-z0-9_-]{43}$/, { message: 'SITREP_API_KEY must look like sk_<12 lowercase letters or digits>.<43 base64url characters> (create one with: sitrep keygen)' })
  SITREP_API_KEY?: string;

  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(10_000_000)
  SITREP_RATE_LIMIT_PER_MINUTE?: number;

  @IsOptional() @Matches(/^(https?:\/\/[\w.:-]+)(,https?:\/\/[\w.:-]+)*$/, { message: 'SITREP_CORS_ORIGINS must be a comma-separated list of http(s) origins' })
  SITREP_CORS_ORIGINS?: string;

  @IsOptional() @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of: ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL?: (typeof LOG_LEVELS)[number];

  @IsOptional() @Transform(toInt) @IsInt() @Min(1024) @Max(65535)
  SITREP_EMBEDDED_PG_PORT?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1000)
  SITREP_PARTITIONS?: number;

  @IsOptional() @IsString() @MinLength(1)
  SITREP_UCDP_ACTORS_CSV?: string;

  @IsOptional() @IsString() @Matches(/^[\w.-]{1,100}$/, { message: 'SITREP_INSTANCE_ID may hold letters, digits, dot, dash and underscore (≤ 100)' })
  SITREP_INSTANCE_ID?: string;

  @IsOptional() @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'SITREP_SECRETS_KEY must be 32 random bytes in base64 (e.g. from `openssl rand -base64 32`)' })
  SITREP_SECRETS_KEY?: string;

  @IsOptional() @Matches(/^(\s*[\w.:/[\]-]+(\s*,\s*[\w.:/[\]-]+)*\s*)?$/, { message: 'SITREP_WEBHOOK_ALLOW must be a comma-separated list of hosts, addresses or CIDRs, e.g. 127.0.0.1,10.1.0.0/16' })
  SITREP_WEBHOOK_ALLOW?: string;

  @IsOptional() @Transform(toInt) @IsInt() @Min(100) @Max(120_000)
  SITREP_WEBHOOK_TIMEOUT_MS?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(6_000) @Max(300_000)
  SITREP_KAFKA_SESSION_TIMEOUT_MS?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1_000) @Max(3_600_000)
  SITREP_KAFKA_MAX_PROCESSING_MS?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(64)
  SITREP_PARTITIONS_CONSUMED_CONCURRENTLY?: number;
}

export interface SitrepConfig {
  port: number;
  /** Embedded listens on loopback only by default; scaled (containers) on every interface. */
  host: string;
  mode: (typeof MODES)[number];
  dataDir: string;
  databaseUrl?: string;
  kafkaBrokers: string[];
  apiKey?: string;
  /** Requests per minute per API key and instance; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Browser origins allowed to call the API; none by default (CORS closed). */
  corsOrigins: string[];
  logLevel: (typeof LOG_LEVELS)[number];
  embeddedPgPort: number;
  partitions: number;
  instanceId: string;
  /** UCDP's actor list (CC BY 4.0) to seed the actor registry from, when the file is there. */
  ucdpActorsCsv: string;
  /**
   * Key (32 bytes) that encrypts webhook signing secrets at rest. Unset in embedded mode: the
   * dispatcher keeps one in <dataDir>/secrets.key; scaled dispatchers must share one, so it is required there.
   */
  secretsKey?: string;
  /** Hosts, addresses and CIDRs webhooks may reach although they are private (the SSRF guard's exceptions). */
  webhookAllow: string[];
  webhookTimeoutMs: number;
  /**
   * How long Kafka waits for a silent consumer (a killed or paused instance) before its partitions
   * move to the others; 6 s is the broker's floor. Shorter: faster failover, more false alarms on a
   * long GC pause or a slow batch.
   */
  kafkaSessionTimeoutMs: number;
  /** A batch handler running longer than this counts as stuck and loses its partitions (Kafka's max.poll.interval.ms). */
  kafkaMaxProcessingMs: number;
  /**
   * Partitions whose batches one consumer handles at once (Kafka and the embedded log alike). Each
   * batch is its own transaction; overlapping them lets a consumer's CPU and PostgreSQL work at the
   * same time. Each in-flight batch holds a database connection, so keep it well under the pool (20).
   */
  partitionsConsumedConcurrently: number;
}

export type ConfigResult = { ok: true; config: SitrepConfig } | { ok: false; errors: string[] };

/** Parses and validates the environment; every bad or missing variable gets its own message. */
export function loadConfig(env: Record<string, string | undefined>, defaultInstanceId: string): ConfigResult {
  const parsed = plainToInstance(EnvironmentVariables, env, { enableImplicitConversion: false });
  const errors = validateSync(parsed, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) {
    return { ok: false, errors: errors.flatMap((e) => Object.values(e.constraints ?? { invalid: `${e.property} is invalid` })) };
  }
  return {
    ok: true,
    config: {
      port: parsed.PORT ?? 3000,
      host: parsed.HOST ?? ((parsed.SITREP_MODE ?? 'embedded') === 'embedded' ? '127.0.0.1' : '0.0.0.0'),
      mode: parsed.SITREP_MODE ?? 'embedded',
      dataDir: parsed.SITREP_DATA_DIR ?? './.sitrep',
      databaseUrl: parsed.DATABASE_URL,
      kafkaBrokers: parsed.KAFKA_BROKERS ? parsed.KAFKA_BROKERS.split(',') : [],
      apiKey: parsed.SITREP_API_KEY,
      rateLimitPerMinute: parsed.SITREP_RATE_LIMIT_PER_MINUTE ?? 60_000,
      corsOrigins: parsed.SITREP_CORS_ORIGINS ? parsed.SITREP_CORS_ORIGINS.split(',') : [],
      logLevel: parsed.LOG_LEVEL ?? 'info',
      embeddedPgPort: parsed.SITREP_EMBEDDED_PG_PORT ?? 54329,
      partitions: parsed.SITREP_PARTITIONS ?? 6,
      instanceId: parsed.SITREP_INSTANCE_ID ?? defaultInstanceId,
      ucdpActorsCsv: parsed.SITREP_UCDP_ACTORS_CSV ?? '../shared/data/syria-2022/ucdp-actor-221.csv',
      secretsKey: parsed.SITREP_SECRETS_KEY,
      webhookAllow: (parsed.SITREP_WEBHOOK_ALLOW ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry !== ''),
      webhookTimeoutMs: parsed.SITREP_WEBHOOK_TIMEOUT_MS ?? 10_000,
      kafkaSessionTimeoutMs: parsed.SITREP_KAFKA_SESSION_TIMEOUT_MS ?? 30_000,
      kafkaMaxProcessingMs: parsed.SITREP_KAFKA_MAX_PROCESSING_MS ?? 300_000,
      partitionsConsumedConcurrently: parsed.SITREP_PARTITIONS_CONSUMED_CONCURRENTLY ?? 3,
    },
  };
}
