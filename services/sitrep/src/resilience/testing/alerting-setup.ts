import { createRunningRule, jsonCall } from '@sitrep/testing';

/** The alert rule the resilience suites watch: every incident reported at a prison (the feed tags ~4 %). */
export const PRISON_RULE = {
  id: 'prison-attacks',
  name: 'Attacks on detention facilities',
  severity: 'critical',
  kind: 'match',
  filter: { field: 'tags', op: 'contains', value: 'prison' },
};

/**
 * A webhook endpoint for `sinkUrl` (through a dispatcher) and the prison rule (through an alert
 * engine), waiting until the engine runs the rule, so that alerts fire from the first report on.
 */
export async function setUpAlerting(dispatcherUrl: string, alertsUrl: string, sinkUrl: string, apiKey: string): Promise<void> {
  const endpoint = await jsonCall(dispatcherUrl, 'POST', '/v1/webhooks', { apiKey, body: { url: sinkUrl, description: 'resilience suite receiver' } });
  if (endpoint.status !== 201) throw new Error(`webhook endpoint not created: ${endpoint.status} ${JSON.stringify(endpoint.json)}`);
  const rule = await createRunningRule(alertsUrl, PRISON_RULE, { apiKey });
  // How long a just-started engine took to project its first rule: the evidence when it is slow.
  process.stdout.write(`[alerting-setup] rule answered ${rule.createdStatus} after ${rule.answeredMs} ms, running after ${rule.runningMs} ms\n`);
}
