import { validateRule, type AlertRule } from '@sitrep/domain-alerting';

/** A rule from its JSON as the API would save it, at a version; a spec's own rule must be valid. */
export function ruleOf(body: Record<string, unknown>, version = 1): AlertRule {
  const result = validateRule({ ...body, version });
  if (!result.ok) throw new Error(`invalid test rule: ${JSON.stringify(result.issues)}`);
  return result.rule;
}
