import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** Delivery metrics on the process registry (served at /metrics). */
export class WebhookMetrics {
  private readonly attempts: Counter<'outcome'>;
  private readonly deliveries: Counter<'outcome'>;
  private readonly duration: Histogram;
  private readonly disabled: Counter;

  constructor(registry: Registry, queueDepth: () => Promise<number>) {
    const registers = [registry];
    this.attempts = new Counter({ name: 'sitrep_webhook_attempts_total', help: 'Webhook delivery attempts by what followed: succeeded, retry or dead', labelNames: ['outcome'], registers });
    this.deliveries = new Counter({ name: 'sitrep_webhook_deliveries_total', help: 'Webhook deliveries finished, by outcome: succeeded or dead', labelNames: ['outcome'], registers });
    this.duration = new Histogram({ name: 'sitrep_webhook_attempt_duration_seconds', help: 'Time from sending a webhook to its response (or failure)', buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30], registers });
    this.disabled = new Counter({ name: 'sitrep_webhook_endpoints_disabled_total', help: 'Endpoints disabled after repeated dead deliveries', registers });
    let last = 0;
    new Gauge({
      name: 'sitrep_webhook_queue_depth',
      help: 'Deliveries waiting to be sent to enabled endpoints (due now or later)',
      registers,
      // Read at scrape time; a database hiccup keeps the last value instead of failing /metrics.
      async collect() {
        last = await queueDepth().catch(() => last);
        this.set(last);
      },
    });
  }

  attempt(outcome: 'succeeded' | 'retry' | 'dead', latencyMs: number): void {
    this.attempts.inc({ outcome });
    this.duration.observe(latencyMs / 1000);
    if (outcome !== 'retry') this.deliveries.inc({ outcome });
  }

  endpointDisabled(): void {
    this.disabled.inc();
  }
}
