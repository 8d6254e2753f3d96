import { Controller, Get, Param } from '@nestjs/common';
import { AlertQueryStore, AlertRuleStore } from '@sitrep/db';
import { incidentEvidence } from '../../engine/incident-evidence';
import { notFound } from '../../http/http-errors';
import { alertView } from '../alert-view';

@Controller('v1/alerts')
export class GetAlertController {
  constructor(
    private readonly alerts: AlertQueryStore,
    private readonly rules: AlertRuleStore,
  ) {}

  /**
   * The alert (its fingerprint URL-encoded in the path), every event of its life with what became
   * of its notification, and its evidence: the incidents it names, as the read model holds them now.
   */
  @Get(':fingerprint')
  async get(@Param('fingerprint') fingerprint: string) {
    const alert = await this.alerts.get(fingerprint);
    if (alert === null) throw notFound('No alert with this fingerprint');
    const [events, incidents, listing] = await Promise.all([this.alerts.events(fingerprint), this.alerts.evidence(alert.incidentIds), this.rules.get(alert.ruleId)]);
    const byId = new Map(incidents.map((incident) => [incident.incidentId, incident]));
    return {
      ...alertView(alert, listing?.rule.rule),
      events,
      evidence: alert.incidentIds.map((id) => incidentEvidence(id, byId.get(id))),
    };
  }
}
