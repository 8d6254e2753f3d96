import { Controller, Get, Param } from '@nestjs/common';
import { AlertRuleStore } from '@sitrep/db';
import { notFound } from '../../http/http-errors';
import { revisionView, ruleView } from '../rule-view';

@Controller('v1/rules')
export class ReadRulesController {
  constructor(private readonly rules: AlertRuleStore) {}

  /** Every rule not deleted, oldest first, with where the engine is with each. */
  @Get()
  async list() {
    return { rules: (await this.rules.list()).map(ruleView) };
  }

  /** The rule and its audit trail: every change, who made it (API key id), when, and what it changed. */
  @Get(':id')
  async get(@Param('id') id: string) {
    const listing = await this.rules.get(id);
    if (listing === null || listing.rule.deleted) throw notFound(`No rule with id ${id}`);
    return { ...ruleView(listing), history: (await this.rules.history(id)).map(revisionView) };
  }
}
