import { Logger, type BeforeApplicationShutdown, type LoggerService, type OnApplicationBootstrap } from '@nestjs/common';
import { WAKE_CHANNELS, type ClaimedDelivery, type PgWakeups, type WakeSubscription, type WebhookDeliveryStore } from '@sitrep/db';
import type { SecretBox } from '../secrets/secret-box';
import type { DestinationGuard } from '../ssrf/destination-guard';
import type { WebhookSettings } from '../webhook-settings';
import { attemptVerdict, type Verdict } from './attempt-verdict';
import { postWebhook, type PostOutcome } from './post-webhook';
import { signWebhook } from './sign-webhook';
import type { WebhookMetrics } from './webhook.metrics';

export interface DispatcherDeps {
  /** Names this dispatcher's leases; unique per running process. */
  owner: string;
  store: WebhookDeliveryStore;
  box: SecretBox;
  guard: DestinationGuard;
  settings: WebhookSettings;
  metrics: WebhookMetrics;
  logger?: LoggerService;
  random?: () => number;
  /** Wakes the loop when deliveries are committed (the poll stays as the fallback). */
  wakeups?: PgWakeups;
}

/**
 * Drains the delivery outbox: claims due deliveries under a lease, signs and POSTs each, records
 * the attempt and what follows it. Any number of dispatchers may run against one database.
 *
 * Ordering: none is promised. Deliveries are sent concurrently and a retry does not hold back
 * later notifications to the same endpoint (one slow or failing receiver would otherwise stall
 * its whole stream for up to a day). Each `webhook-id` arrives at least once — twice when a lease
 * expires during a send — so receivers dedupe by `webhook-id` and order by the payload's times.
 */
export class WebhookDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger: LoggerService;
  private readonly inFlight = new Set<Promise<void>>();
  private running = false;
  private abandoned = false;
  private loopDone: Promise<void> = Promise.resolve();
  private wake: (() => void) | null = null;
  private woken = false;
  private subscription?: WakeSubscription;

  constructor(private readonly deps: DispatcherDeps) {
    this.logger = deps.logger ?? new Logger('WebhookDispatcher');
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.deps.settings.dispatch) return;
    this.start();
    this.subscription = await this.deps.wakeups?.listen(WAKE_CHANNELS.webhookOutbox, () => this.nudge(), (err) => this.logger.warn({ msg: 'outbox wake-ups lost; polling until re-listened', err }));
  }

  /** Before the database goes away: stop claiming, let the sends in flight finish and be recorded. */
  beforeApplicationShutdown(): Promise<void> {
    return this.stop();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loopDone = this.loop();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.subscription?.stop();
    this.wake?.();
    await this.loopDone;
    await Promise.all([...this.inFlight]);
  }

  /** Like a crash (for tests): stops at once and records nothing more; its leases expire and are taken over. */
  abandon(): void {
    this.abandoned = true;
    this.running = false;
    void this.subscription?.stop();
    this.wake?.();
  }

  /** Looks for due deliveries now rather than at the next poll (after a test-fire or a redelivery). */
  nudge(): void {
    this.woken = true;
    this.wake?.();
  }

  private async loop(): Promise<void> {
    const { concurrency, pollIntervalMs } = this.deps.settings;
    while (this.running) {
      const free = concurrency - this.inFlight.size;
      if (free <= 0) {
        await Promise.race(this.inFlight);
        continue;
      }
      // A wake from here on is for work this claim may not see: it makes the idle below return at once.
      this.woken = false;
      const claimed = await this.claim(free);
      for (const claim of claimed) this.track(this.deliver(claim));
      if (claimed.length < free && this.running) await this.idle(pollIntervalMs);
    }
  }

  private async claim(limit: number): Promise<ClaimedDelivery[]> {
    try {
      return await this.deps.store.claimDue(this.deps.owner, limit, this.deps.settings.leaseSeconds);
    } catch (error) {
      this.logger.error({ msg: 'could not claim webhook deliveries; retrying at the next poll', err: error });
      return [];
    }
  }

  private track(work: Promise<void>): void {
    const tracked: Promise<void> = work
      .catch((error: unknown) => this.logger.error({ msg: 'webhook delivery failed unexpectedly; its lease will expire and it will be retried', err: error }))
      .finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
  }

  private idle(ms: number): Promise<void> {
    if (this.woken) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }

  private async deliver(claim: ClaimedDelivery): Promise<void> {
    const at = new Date();
    const sent = await this.send(claim, at);
    if (this.abandoned) return;
    const { settings, random = Math.random } = this.deps;
    const verdict = attemptVerdict(sent.result, claim.roundAttempt, { scheduleMs: settings.retryScheduleMs, jitter: settings.jitter, maxRetryAfterMs: settings.maxRetryAfterMs }, random());
    const recorded = await this.deps.store.recordAttempt({
      notificationId: claim.notificationId,
      endpointId: claim.endpointId,
      owner: this.deps.owner,
      attempt: claim.attempt,
      at,
      outcome: verdict.outcome,
      statusCode: sent.result.kind === 'response' ? sent.result.status : null,
      latencyMs: sent.latencyMs,
      error: verdict.error,
      responseSnippet: sent.snippet,
      retryInMs: verdict.outcome === 'retry' ? verdict.retryInMs : undefined,
      disableAfterDead: settings.disableAfterDead,
    });
    this.deps.metrics.attempt(verdict.outcome, sent.latencyMs);
    if (recorded.endpointDisabled) this.deps.metrics.endpointDisabled();
    this.report(claim, sent, verdict, recorded.applied, recorded.endpointDisabled);
  }

  /** Checks the destination, signs and POSTs; every failure comes back as a result, never a throw. */
  private async send(claim: ClaimedDelivery, at: Date): Promise<PostOutcome> {
    const check = await this.deps.guard.check(claim.url);
    if (!check.ok) return { result: { kind: 'refused', reason: check.reason }, latencyMs: 0, snippet: null };
    let secrets: string[];
    try {
      const { current, previous } = claim.secrets;
      secrets = [current, ...(previous ? [previous] : [])].map((sealed) => this.deps.box.open(sealed, claim.endpointId));
    } catch {
      return { result: { kind: 'local', message: 'the endpoint secret would not open (was SITREP_SECRETS_KEY changed?)' }, latencyMs: 0, snippet: null };
    }
    const { timeoutMs, userAgent } = this.deps.settings;
    const headers = { ...signWebhook(claim.notificationId, claim.body, secrets, at), 'content-type': 'application/json', 'user-agent': userAgent, 'sitrep-attempt': String(claim.attempt) };
    const url = new URL(claim.url);
    return postWebhook({ url, headers, body: claim.body, timeoutMs, agent: this.deps.guard.agentFor(url) });
  }

  /** One line per attempt; never the URL (its path or query may itself be a credential) nor a secret. */
  private report(claim: ClaimedDelivery, sent: PostOutcome, verdict: Verdict, applied: boolean, disabled: boolean): void {
    const line = {
      msg: `webhook attempt ${verdict.outcome}`,
      notificationId: claim.notificationId,
      endpointId: claim.endpointId,
      attempt: claim.attempt,
      status: sent.result.kind === 'response' ? sent.result.status : null,
      latencyMs: sent.latencyMs,
      ...(verdict.error ? { error: verdict.error } : {}),
      ...(verdict.outcome === 'retry' ? { retryInMs: verdict.retryInMs } : {}),
      ...(applied ? {} : { note: 'its lease had been taken over; logged only' }),
    };
    if (verdict.outcome === 'succeeded') this.logger.log(line);
    else this.logger.warn(line);
    if (disabled) this.logger.warn({ msg: 'webhook endpoint disabled after repeated dead deliveries', endpointId: claim.endpointId });
  }
}
