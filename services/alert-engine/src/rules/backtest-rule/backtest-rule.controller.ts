import { Controller, HttpCode, Param, Post, Query } from '@nestjs/common';
import { AlertQueryStore, AlertRuleStore, LiveActorRegistry } from '@sitrep/db';
import { backtest, groupNotifications } from '@sitrep/domain-alerting';
import { badRequest, notFound } from '../../http/http-errors';
import { readBacktestWindow } from './backtest-window';

@Controller('v1/rules')
export class BacktestRuleController {
  constructor(
    private readonly rules: AlertRuleStore,
    private readonly alerts: AlertQueryStore,
    private readonly actors: LiveActorRegistry,
  ) {}

  /**
   * What the rule's current version would have fired over [from, to) of received time: the live
   * read model's incident versions of that period, consecutive versions made into changes, folded
   * through the pure evaluation from an empty state. Sends nothing and records nothing. A rule that
   * groups its notifications also gets the groups its events would have been sent in.
   */
  @Post(':id/backtest')
  @HttpCode(200)
  async backtest(@Param('id') id: string, @Query() query: Record<string, unknown>) {
    const window = readBacktestWindow(query, new Date().toISOString());
    if (!window.ok) throw badRequest(window.issues);
    const listing = await this.rules.get(id);
    if (listing === null || listing.rule.deleted) throw notFound(`No rule with id ${id}`);
    const changes = await this.alerts.changesBetween(window.from, window.to);
    const rule = listing.rule.rule;
    const events = backtest(rule, changes, { registry: this.actors.registry() });
    const groups = rule.groupWaitSeconds === undefined ? undefined : groupNotifications(events, rule.groupWaitSeconds);
    return {
      ruleId: id,
      version: listing.rule.version,
      from: window.from,
      to: window.to,
      changes: changes.length,
      firings: events.filter((event) => event.type === 'firing'),
      events,
      ...(groups !== undefined && { groups: groups.map((g) => ({ openedAt: g.openedAt, sendAt: g.sendAt, events: g.events.length })) }),
    };
  }
}
