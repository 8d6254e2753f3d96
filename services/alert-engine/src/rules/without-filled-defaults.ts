/**
 * validateRule fills `groupBy: []` into a sequence, then refuses any groupBy on one (a sequence
 * groups by joinOn): its own output does not validate again unless that default is taken out.
 * Needed to re-check a rule read back from the topic, and to accept a rule read from the API and
 * sent back unchanged.
 */
export function withoutFilledDefaults(rule: unknown): unknown {
  if (typeof rule !== 'object' || rule === null) return rule;
  const { groupBy, ...rest } = rule as Record<string, unknown>;
  const filled = (rule as { kind?: unknown }).kind === 'sequence' && Array.isArray(groupBy) && groupBy.length === 0;
  return filled ? rest : rule;
}
