import { Controller, Get, Query } from '@nestjs/common';
import { AlertQueryStore, AlertRuleStore } from '@sitrep/db';
import { badRequest } from '../../http/http-errors';
import { alertView } from '../alert-view';
import { encodeAlertCursor, readAlertListQuery } from './alert-list-query';

@Controller('v1/alerts')
export class ListAlertsController {
  constructor(
    private readonly alerts: AlertQueryStore,
    private readonly rules: AlertRuleStore,
  ) {}

  /** Alerts newest first (by first firing), filtered by rule, state and a first-fired period; `next` is the cursor of the next page or null. */
  @Get()
  async list(@Query() query: Record<string, unknown>) {
    const parsed = readAlertListQuery(query);
    if (!parsed.ok) throw badRequest(parsed.issues);
    const rows = await this.alerts.list(parsed.filter);
    const page = rows.slice(0, parsed.filter.limit);
    const rules = new Map((await this.rules.list()).map(({ rule }) => [rule.id, rule.rule]));
    return {
      alerts: page.map((alert) => alertView(alert, rules.get(alert.ruleId))),
      next: rows.length > parsed.filter.limit ? encodeAlertCursor(page[page.length - 1]) : null,
    };
  }
}
