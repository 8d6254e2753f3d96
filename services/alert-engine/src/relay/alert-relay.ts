import { Inject, Injectable } from '@nestjs/common';
import { REPORT_LOG, type ReportLog } from '@sitrep/contracts';
import { AlertRelayStore } from '@sitrep/db';
import { ALERT_ENGINE_SETTINGS, type AlertEngineSettings } from '../alert-engine-settings';
import { alertEventMessage } from './alert-event-message';

/**
 * Publishes recorded alert events to the alerts topic, oldest first, then marks them published.
 * At least once: a crash between the append and the mark publishes them again, under the same
 * event ids. Run by the active engine only, so one alert's events are appended in order.
 */
@Injectable()
export class AlertRelay {
  constructor(
    @Inject(REPORT_LOG) private readonly log: ReportLog,
    private readonly store: AlertRelayStore,
    @Inject(ALERT_ENGINE_SETTINGS) private readonly settings: AlertEngineSettings,
  ) {}

  /** Publishes until nothing is left; returns how many events went out. */
  async publishPending(): Promise<number> {
    let total = 0;
    for (;;) {
      const pending = await this.store.unpublished(this.settings.relayBatchSize);
      if (pending.length === 0) return total;
      await this.log.append(this.settings.alertsTopic, pending.map(alertEventMessage));
      await this.store.markPublished(pending.map((p) => p.id));
      total += pending.length;
    }
  }
}
