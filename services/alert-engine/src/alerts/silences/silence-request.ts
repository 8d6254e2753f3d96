import type { ValidationIssue } from '@sitrep/contracts';
import { validateSilence, type Silence } from '@sitrep/domain-alerting';

export type SilenceRequest = { ok: true; silence: Silence } | { ok: false; issues: ValidationIssue[] };

/**
 * A silence from the API: `ruleId` and/or `groupKey`, `until` (or `endsAt`), optional `startsAt`,
 * and a `reason`. The server sets its id and who made it; it must end in the future.
 */
export function readSilenceRequest(body: unknown, server: { id: string; createdBy: string; now: string }): SilenceRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, issues: [{ path: '(root)', reason: 'a silence is a JSON object' }] };
  const { until, ...input } = body as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  for (const key of ['id', 'createdBy']) if (input[key] !== undefined) issues.push({ path: key, reason: 'is set by the server' });
  if (until !== undefined && input.endsAt !== undefined) issues.push({ path: 'until', reason: 'give until or endsAt, not both' });
  const validated = validateSilence({ ...input, ...(until !== undefined && { endsAt: until }), id: server.id, createdBy: server.createdBy });
  if (!validated.ok) issues.push(...validated.issues.map((issue) => (issue.path === 'endsAt' && until !== undefined ? { ...issue, path: 'until' } : issue)));
  if (validated.ok && Date.parse(validated.silence.endsAt) <= Date.parse(server.now)) issues.push({ path: until !== undefined ? 'until' : 'endsAt', reason: 'must be in the future' });
  if (issues.length > 0 || !validated.ok) return { ok: false, issues };
  const { silence } = validated;
  return { ok: true, silence: { ...silence, endsAt: new Date(silence.endsAt).toISOString(), ...(silence.startsAt !== undefined && { startsAt: new Date(silence.startsAt).toISOString() }) } };
}
