import { Body, Controller, Headers, Param, Put, Req, Res } from '@nestjs/common';
import { AlertRuleStore } from '@sitrep/db';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { badRequest, conflict, notFound, requestKeyId } from '../../http/http-errors';
import { RuleChangesService } from '../rule-changes.service';
import { readRuleRequest } from '../rule-request';
import { answerSubmitted } from '../rule-view';

@Controller('v1/rules')
export class UpdateRuleController {
  constructor(
    private readonly rules: AlertRuleStore,
    private readonly changes: RuleChangesService,
  ) {}

  /**
   * 200 { id, version, revision, rule }: the whole rule, saved as its next version. The previous
   * version's open alerts resolve (retired, not notified) and the new version starts warmed up on
   * recent history. `If-Match: <revision>` (the revision the client read) makes the edit
   * conditional: 409 when the rule moved on since. Without it, 409 only when another change lands
   * between this read and the write.
   */
  @Put(':id')
  async update(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Req() req: unknown, @Res({ passthrough: true }) res: Response) {
    const current = await this.rules.get(id);
    if (current === null || current.rule.deleted) throw notFound(`No rule with id ${id}`);
    const expected = ifMatch === undefined ? current.rule.revision : Number(ifMatch.replace(/^(W\/)?"?|"$/g, ''));
    if (!Number.isInteger(expected)) throw badRequest([{ path: 'If-Match', reason: 'must be the revision the rule was read at' }]);
    if (expected !== current.rule.revision) throw conflict(`The rule is at revision ${current.rule.revision}, not ${expected}: read it again and retry`);
    const request = readRuleRequest(body, { id, generatedId: id, version: current.rule.version + 1 });
    if (!request.ok) throw badRequest(request.issues);
    const submitted = await this.changes.submit({
      changeId: randomUUID(), ruleId: id, kind: 'updated', rule: request.rule, baseRevision: current.rule.revision,
      changedBy: requestKeyId(req), changedAt: new Date().toISOString(),
    });
    return answerSubmitted(submitted, id, res, (revision) => ({ id, version: revision.version, revision: revision.revision, rule: revision.rule }));
  }
}
