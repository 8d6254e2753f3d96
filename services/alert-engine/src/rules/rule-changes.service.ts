import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { LogUnavailableError, REPORT_LOG, type LogPosition, type ReportLog } from '@sitrep/contracts';
import { AlertRuleStore, type RuleChange, type RuleRevision } from '@sitrep/db';
import { setTimeout as sleep } from 'node:timers/promises';
import { ALERT_ENGINE_SETTINGS, type AlertEngineSettings } from '../alert-engine-settings';
import { ruleChangeMessage } from './rule-change-record';

/** What became of a submitted change once projected (or not yet, within the wait). */
export type SubmittedChange = { status: 'applied'; revision: RuleRevision } | { status: 'refused' } | { status: 'pending'; changeId: string };

/**
 * Writes rule changes the only way they are written: appended to the rules topic. The API then
 * waits (a bounded while) for the projection to pass the record, so that a 2xx means the change
 * is in force and the caller reads its own write; a change the projection refused (it lost a race
 * with another edit) is reported as such.
 */
@Injectable()
export class RuleChangesService {
  constructor(
    @Inject(REPORT_LOG) private readonly log: ReportLog,
    private readonly rules: AlertRuleStore,
    @Inject(ALERT_ENGINE_SETTINGS) private readonly settings: AlertEngineSettings,
  ) {}

  async submit(change: RuleChange): Promise<SubmittedChange> {
    const position = await this.append(change);
    const deadline = Date.now() + this.settings.projectionWaitMs;
    const target = BigInt(position.offset);
    while (BigInt(await this.rules.storedPosition(this.settings.rulesTopic, position.partition)) <= target) {
      if (Date.now() > deadline) return { status: 'pending', changeId: change.changeId };
      await sleep(20);
    }
    const revision = await this.rules.revisionOf(change.changeId);
    return revision === null ? { status: 'refused' } : { status: 'applied', revision };
  }

  /** A log that cannot take the write now is a 503 the client may retry: nothing was recorded. */
  private async append(change: RuleChange): Promise<LogPosition> {
    try {
      const [position] = await this.log.append(this.settings.rulesTopic, [ruleChangeMessage(change)]);
      return position;
    } catch (error) {
      if (!(error instanceof LogUnavailableError)) throw error;
      throw new ServiceUnavailableException({ statusCode: 503, error: 'Service Unavailable', message: 'The log cannot record rule changes right now; retry shortly' });
    }
  }
}
