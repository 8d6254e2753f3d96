import { jsonCall } from '../http/json-call';
import { pollUntil } from './poll-until';

export interface RunningRule {
  id: string;
  /** 201 (in force when answered) or 202 (the rules projection had not passed it yet). */
  createdStatus: number;
  answeredMs: number;
  runningMs: number;
}

/**
 * Creates an alert rule through the API and waits until the engine runs it. A 202 is followed like
 * a 201: a just-started engine's rules projection may still be joining its consumer group when the
 * API stops waiting, and the rule takes effect once it has caught up.
 */
export async function createRunningRule(baseUrl: string, rule: Record<string, unknown>, options: { apiKey?: string; timeoutMs?: number } = {}): Promise<RunningRule> {
  const startedAt = Date.now();
  const created = await jsonCall(baseUrl, 'POST', '/v1/rules', { apiKey: options.apiKey, body: rule });
  if (created.status !== 201 && created.status !== 202) throw new Error(`rule not created: ${created.status} ${JSON.stringify(created.json)}`);
  const answeredMs = Date.now() - startedAt;
  const id = created.json.id as string;
  await pollUntil(
    `rule ${id} to run`,
    async () => (await jsonCall(baseUrl, 'GET', `/v1/rules/${encodeURIComponent(id)}`, { apiKey: options.apiKey })).json.engine,
    (engine) => (engine as { state?: string } | undefined)?.state === 'running',
    options.timeoutMs ?? 60_000,
  );
  return { id, createdStatus: created.status, answeredMs, runningMs: Date.now() - startedAt };
}
