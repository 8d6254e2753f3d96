import type { ValidationIssue } from '@sitrep/contracts';
import { validateRule, type AlertRule } from '@sitrep/domain-alerting';
import { withoutFilledDefaults } from './without-filled-defaults';

export type RuleRequest = { ok: true; rule: AlertRule } | { ok: false; issues: ValidationIssue[] };

/**
 * A rule body from the API made into the rule it saves: the server sets `version` (1 on create, the
 * next on update) and the id (the path's on update; on create the body's, else `generatedId`).
 * Every issue, of the body and of the rule, comes back at once, each at its path.
 */
export function readRuleRequest(body: unknown, target: { id?: string; generatedId: string; version: number }): RuleRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, issues: [{ path: '(root)', reason: 'a rule is a JSON object' }] };
  const input = body as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  if (input.version !== undefined) issues.push({ path: 'version', reason: 'is set by the server (1 when created, one more on each update)' });
  if (target.id !== undefined && input.id !== undefined && input.id !== target.id) issues.push({ path: 'id', reason: `must be the rule's id (${target.id}) or left out` });
  const id = target.id ?? (input.id === undefined ? target.generatedId : input.id);
  const validated = validateRule(withoutFilledDefaults({ ...input, id, version: target.version }));
  if (!validated.ok) issues.push(...validated.issues.filter((issue) => issue.path !== 'version'));
  if (issues.length > 0 || !validated.ok) return { ok: false, issues };
  return { ok: true, rule: validated.rule };
}
