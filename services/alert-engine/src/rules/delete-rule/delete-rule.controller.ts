import { Controller, Delete, HttpCode, Param, Req, Res } from '@nestjs/common';
import { AlertRuleStore } from '@sitrep/db';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { notFound, requestKeyId } from '../../http/http-errors';
import { RuleChangesService } from '../rule-changes.service';
import { answerSubmitted } from '../rule-view';

@Controller('v1/rules')
export class DeleteRuleController {
  constructor(
    private readonly rules: AlertRuleStore,
    private readonly changes: RuleChangesService,
  ) {}

  /** 204. The rule stops; its open alerts resolve (retired, not notified); its history and alerts stay readable. */
  @Delete(':id')
  @HttpCode(204)
  async delete(@Param('id') id: string, @Req() req: unknown, @Res({ passthrough: true }) res: Response): Promise<unknown> {
    const current = await this.rules.get(id);
    if (current === null || current.rule.deleted) throw notFound(`No rule with id ${id}`);
    const submitted = await this.changes.submit({
      changeId: randomUUID(), ruleId: id, kind: 'deleted', baseRevision: current.rule.revision,
      changedBy: requestKeyId(req), changedAt: new Date().toISOString(),
    });
    return answerSubmitted(submitted, id, res, () => undefined);
  }
}
