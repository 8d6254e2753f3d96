import type { SitrepConfig } from '@sitrep/config';
import { DEFAULT_JITTER, DEFAULT_RETRY_SCHEDULE_MS } from './delivery/retry-schedule';

/** How the dispatcher delivers; built from the configuration, replaced wholesale by tests. */
export interface WebhookSettings {
  /** Run the delivery loop in this process (the API works either way). */
  dispatch: boolean;
  /** Delay before each attempt (the first usually 0); its length is the number of attempts. */
  retryScheduleMs: number[];
  jitter: number;
  /** Longest Retry-After honoured. */
  maxRetryAfterMs: number;
  timeoutMs: number;
  /** How often an idle dispatcher looks for due deliveries. */
  pollIntervalMs: number;
  /** Sends in flight at once per dispatcher. */
  concurrency: number;
  /** A claim older than this is presumed abandoned (its dispatcher died) and is taken over. */
  leaseSeconds: number;
  /** An endpoint is disabled after this many dead deliveries in a row. */
  disableAfterDead: number;
  /** After a rotation, deliveries are signed with the previous secret too for this long. */
  secretGraceSeconds: number;
  /** SITREP_WEBHOOK_ALLOW: hosts, addresses and CIDRs the SSRF guard lets through. */
  allow: string[];
  userAgent: string;
}

export const WEBHOOK_SETTINGS = Symbol.for('sitrep.webhooks.Settings');

export function webhookSettingsFrom(config: Pick<SitrepConfig, 'webhookAllow' | 'webhookTimeoutMs'>): WebhookSettings {
  return {
    dispatch: true,
    retryScheduleMs: [...DEFAULT_RETRY_SCHEDULE_MS],
    jitter: DEFAULT_JITTER,
    maxRetryAfterMs: 3_600_000,
    timeoutMs: config.webhookTimeoutMs,
    pollIntervalMs: 1_000,
    concurrency: 16,
    // Well past the longest send, so a live dispatcher's claim is never taken from it.
    leaseSeconds: Math.max(60, Math.ceil((config.webhookTimeoutMs * 3) / 1000)),
    disableAfterDead: 5,
    secretGraceSeconds: 24 * 3600,
    allow: config.webhookAllow,
    userAgent: 'Sitrep-Webhooks/1.0',
  };
}
