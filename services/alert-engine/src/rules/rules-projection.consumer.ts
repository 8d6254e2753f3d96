import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { REPORT_LOG, type LogBatch, type LogSubscription, type ReportLog } from '@sitrep/contracts';
import { AlertRuleStore, type RuleChangeRecord } from '@sitrep/db';
import { ALERT_ENGINE_SETTINGS, type AlertEngineSettings } from '../alert-engine-settings';
import { parseRuleChange } from './rule-change-record';

/**
 * Projects the rules topic into `alert_rule` / `alert_rule_version`: each batch in one transaction
 * with its stored position, seeking to that position on assignment, so the tables can always be
 * rebuilt from the topic and a change is applied once. A record that does not parse is skipped
 * (and logged): rules are written only by the rules API, which validates them first.
 */
@Injectable()
export class RulesProjectionConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RulesProjection');
  private subscription?: LogSubscription;

  constructor(
    @Inject(REPORT_LOG) private readonly log: ReportLog,
    private readonly rules: AlertRuleStore,
    @Inject(ALERT_ENGINE_SETTINGS) private readonly settings: AlertEngineSettings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const topic = this.settings.rulesTopic;
    this.subscription = await this.log.subscribe({
      topic,
      groupId: this.settings.rulesGroupId,
      maxBatchSize: 200,
      storedPositions: async (partitions) => new Map(await Promise.all(partitions.map(async (p) => [p, await this.rules.storedPosition(topic, p)] as const))),
      handleBatch: (batch) => this.project(batch),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    const subscription = this.subscription;
    this.subscription = undefined;
    await subscription?.stop();
  }

  private async project(batch: LogBatch): Promise<void> {
    const records: RuleChangeRecord[] = batch.records.map((record) => {
      const parsed = parseRuleChange(record);
      if (!parsed.ok) this.logger.warn(`skipping ${record.topic}[${record.partition}]@${record.offset}: ${parsed.reason}`);
      return { offset: record.offset, change: parsed.ok ? parsed.change : null };
    });
    const outcome = await this.rules.applyChanges(batch.topic, batch.partition, records);
    for (const { changeId, reason } of outcome.refused) this.logger.log(`rule change ${changeId} refused: ${reason}`);
  }
}
