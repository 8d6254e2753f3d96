import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { AlertRuleStore } from '@sitrep/db';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { badRequest, conflict, requestKeyId } from '../../http/http-errors';
import { RuleChangesService } from '../rule-changes.service';
import { readRuleRequest } from '../rule-request';
import { answerSubmitted } from '../rule-view';

@Controller('v1/rules')
export class CreateRuleController {
  constructor(
    private readonly rules: AlertRuleStore,
    private readonly changes: RuleChangesService,
  ) {}

  /**
   * 201 { id, version: 1, revision: 1, rule }: the rule (validated: 400 lists every issue at its
   * path) is recorded on the rules topic and in force once this answers. `id` is optional (one is
   * generated); ids are never reused, so an existing or deleted one is a 409.
   */
  @Post()
  @HttpCode(201)
  async create(@Body() body: unknown, @Req() req: unknown, @Res({ passthrough: true }) res: Response) {
    const request = readRuleRequest(body, { generatedId: `rule-${randomUUID()}`, version: 1 });
    if (!request.ok) throw badRequest(request.issues);
    if ((await this.rules.get(request.rule.id)) !== null) throw conflict(`A rule with id ${request.rule.id} exists (or existed): ids are never reused`);
    const submitted = await this.changes.submit({
      changeId: randomUUID(), ruleId: request.rule.id, kind: 'created', rule: request.rule, baseRevision: 0,
      changedBy: requestKeyId(req), changedAt: new Date().toISOString(),
    });
    return answerSubmitted(submitted, request.rule.id, res, (revision) => ({ id: request.rule.id, version: revision.version, revision: revision.revision, rule: revision.rule }));
  }
}
