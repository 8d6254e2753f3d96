import { Inject, Injectable } from '@nestjs/common';
import { METRICS_REGISTRY } from '@sitrep/platform';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { BatchOutcome } from './alert-batch.runner';

/** The alert engine's numbers on /metrics. */
@Injectable()
export class AlertEngineMetrics {
  private readonly events: Counter<'type' | 'notification'>;
  private readonly inputs: Counter;
  private readonly warmUps: Counter;
  private readonly evaluation: Histogram;
  private readonly inputLag: Gauge;
  private readonly active: Gauge;
  private readonly published: Counter;
  private readonly groupsSent: Counter;

  constructor(@Inject(METRICS_REGISTRY) registry: Registry) {
    const registers = [registry];
    this.events = new Counter({ name: 'sitrep_alert_events_total', help: 'Alert events recorded, by type and what became of their notification', labelNames: ['type', 'notification'], registers });
    this.inputs = new Counter({ name: 'sitrep_alert_inputs_evaluated_total', help: 'Incident changes evaluated against the rules', registers });
    this.warmUps = new Counter({ name: 'sitrep_alert_rule_warm_ups_total', help: 'Rules (or versions) started afresh on recent history', registers });
    this.evaluation = new Histogram({
      name: 'sitrep_alert_evaluation_seconds',
      help: 'Time to evaluate and commit one batch of incident changes (one transaction)',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.inputLag = new Gauge({ name: 'sitrep_alert_input_lag_seconds', help: 'Age of the newest incident change the engine evaluated when it did (0 when idle)', registers });
    this.active = new Gauge({ name: 'sitrep_alert_engine_active', help: '1 while this instance is the active alert engine, 0 on standby', registers });
    this.published = new Counter({ name: 'sitrep_alert_events_published_total', help: 'Alert events published to the alerts topic', registers });
    this.groupsSent = new Counter({ name: 'sitrep_alert_notification_groups_sent_total', help: 'Notification groups (rules with groupWaitSeconds) that fell due and went to the webhook outbox', registers });
  }

  startBatch(): () => void {
    const end = this.evaluation.startTimer();
    return () => void end();
  }

  recordBatch(outcome: BatchOutcome, nowMs: number): void {
    this.inputs.inc(outcome.inputs);
    this.warmUps.inc(outcome.started.length);
    this.groupsSent.inc(outcome.groupsSent);
    for (const { event, outcome: notification } of outcome.events) this.events.inc({ type: event.type, notification });
    const newest = outcome.newestInputCreatedAt;
    this.inputLag.set(newest === null ? 0 : Math.max(0, (nowMs - Date.parse(newest)) / 1000));
  }

  setActive(active: boolean): void {
    this.active.set(active ? 1 : 0);
  }

  recordPublished(count: number): void {
    this.published.inc(count);
  }
}
