import type { ValidationIssue } from '@sitrep/contracts';
import { readInstant } from '../../http/read-instant';

/** Longest period one backtest may replay (it holds the period's changes in memory). */
export const MAX_BACKTEST_DAYS = 366;
const DAY_MS = 86_400_000;

export type BacktestWindow = { ok: true; from: string; to: string } | { ok: false; issues: ValidationIssue[] };

/**
 * `from` (required) and `to` (default: now) of received time, as ISO instants: a bare date is its
 * UTC midnight, so `from=2022-01-01&to=2022-02-01` is January 2022. Unknown parameters are refused.
 */
export function readBacktestWindow(query: Record<string, unknown>, now: string): BacktestWindow {
  const issues: ValidationIssue[] = [];
  for (const key of Object.keys(query)) if (key !== 'from' && key !== 'to') issues.push({ path: key, reason: 'unknown parameter (expected from, to)' });
  const from = readInstant(query.from, 'from', issues, true);
  const to = readInstant(query.to, 'to', issues, false) ?? now;
  if (from !== undefined && issues.length === 0) {
    if (Date.parse(from) >= Date.parse(to)) issues.push({ path: 'from', reason: 'must be before to' });
    else if (Date.parse(to) - Date.parse(from) > MAX_BACKTEST_DAYS * DAY_MS) issues.push({ path: 'to', reason: `a backtest covers at most ${MAX_BACKTEST_DAYS} days` });
  }
  if (issues.length > 0 || from === undefined) return { ok: false, issues };
  return { ok: true, from, to };
}
