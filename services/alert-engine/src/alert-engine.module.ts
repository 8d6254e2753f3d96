import { Module } from '@nestjs/common';
import type { SitrepConfig } from '@sitrep/config';
import { ActorStore, LiveActorRegistry } from '@sitrep/db';
import { SITREP_CONFIG } from '@sitrep/platform';
import { ALERT_ENGINE_SETTINGS, DEFAULT_ALERT_ENGINE_SETTINGS } from './alert-engine-settings';
import { GetAlertController } from './alerts/get-alert/get-alert.controller';
import { ListAlertsController } from './alerts/list-alerts/list-alerts.controller';
import { SilencesController } from './alerts/silences/silences.controller';
import { AlertStreamService } from './alerts/stream-alerts/alert-stream.service';
import { StreamAlertsController } from './alerts/stream-alerts/stream-alerts.controller';
import { AlertBatchRunner } from './engine/alert-batch.runner';
import { AlertEngine } from './engine/alert-engine';
import { AlertEngineMetrics } from './engine/alert-engine.metrics';
import { AlertRelay } from './relay/alert-relay';
import { BacktestRuleController } from './rules/backtest-rule/backtest-rule.controller';
import { CreateRuleController } from './rules/create-rule/create-rule.controller';
import { DeleteRuleController } from './rules/delete-rule/delete-rule.controller';
import { ReadRulesController } from './rules/read-rules/read-rules.controller';
import { RuleChangesService } from './rules/rule-changes.service';
import { RulesProjectionConsumer } from './rules/rules-projection.consumer';
import { ToggleRuleController } from './rules/toggle-rule/toggle-rule.controller';
import { UpdateRuleController } from './rules/update-rule/update-rule.controller';

/**
 * Alert rules on the log (/v1/rules, projected from the rules topic), the alert engine (one active
 * instance, hot standbys) evaluating the live projection's incident changes into alerts, events and
 * webhook notifications, the alerts topic relay, silences and the alerts API with its live stream.
 * Needs REPORT_LOG, METRICS_REGISTRY, SITREP_CONFIG and the database stores from the app's globals;
 * the webhook dispatcher delivers what it enqueues.
 */
@Module({
  // The stream and the silences are declared before /v1/alerts/:fingerprint, which would take their paths.
  controllers: [
    CreateRuleController,
    UpdateRuleController,
    ToggleRuleController,
    DeleteRuleController,
    ReadRulesController,
    BacktestRuleController,
    StreamAlertsController,
    SilencesController,
    ListAlertsController,
    GetAlertController,
  ],
  providers: [
    { provide: ALERT_ENGINE_SETTINGS, useValue: DEFAULT_ALERT_ENGINE_SETTINGS },
    {
      // Rules resolve `actor` filters with it: an alias an analyst adds matches within seconds (decided alerts are not re-judged).
      provide: LiveActorRegistry,
      inject: [SITREP_CONFIG, ActorStore],
      useFactory: (config: SitrepConfig, store: ActorStore) => new LiveActorRegistry(store, { ucdpActorsCsv: config.ucdpActorsCsv, refreshMs: 5_000, name: 'Alert' }),
    },
    AlertEngineMetrics,
    RuleChangesService,
    RulesProjectionConsumer,
    AlertBatchRunner,
    AlertRelay,
    AlertEngine,
    AlertStreamService,
  ],
  exports: [AlertEngine],
})
export class AlertEngineModule {}
