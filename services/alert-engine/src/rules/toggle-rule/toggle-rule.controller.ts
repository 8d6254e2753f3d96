import { Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { AlertRuleStore } from '@sitrep/db';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { notFound, requestKeyId } from '../../http/http-errors';
import { RuleChangesService } from '../rule-changes.service';
import { answerSubmitted } from '../rule-view';

@Controller('v1/rules')
export class ToggleRuleController {
  constructor(
    private readonly rules: AlertRuleStore,
    private readonly changes: RuleChangesService,
  ) {}

  /** 200 { id, version, revision, enabled }. Disabling resolves the rule's open alerts (retired, not notified). */
  @Post(':id/disable')
  @HttpCode(200)
  disable(@Param('id') id: string, @Req() req: unknown, @Res({ passthrough: true }) res: Response) {
    return this.toggle(id, false, req, res);
  }

  /** 200 { id, version, revision, enabled }. The rule starts again warmed up on recent history: what happened while it was off is not notified. */
  @Post(':id/enable')
  @HttpCode(200)
  enable(@Param('id') id: string, @Req() req: unknown, @Res({ passthrough: true }) res: Response) {
    return this.toggle(id, true, req, res);
  }

  private async toggle(id: string, enabled: boolean, req: unknown, res: Response) {
    const current = await this.rules.get(id);
    if (current === null || current.rule.deleted) throw notFound(`No rule with id ${id}`);
    const { version, revision } = current.rule;
    if (current.rule.enabled === enabled) return { id, version, revision, enabled };
    const submitted = await this.changes.submit({
      changeId: randomUUID(), ruleId: id, kind: enabled ? 'enabled' : 'disabled', baseRevision: revision,
      changedBy: requestKeyId(req), changedAt: new Date().toISOString(),
    });
    return answerSubmitted(submitted, id, res, (applied) => ({ id, version: applied.version, revision: applied.revision, enabled }));
  }
}
