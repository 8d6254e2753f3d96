import type { AlertEvent } from './alert-feed';

/** A rule as GET /v1/rules lists it (services/alert-engine rule-view.ts). */
export interface ListedRule {
  id: string;
  version: number;
  enabled: boolean;
  rule: { name: string; kind: string; severity: string; filter: unknown; groupBy?: string[] };
  updatedAt?: string;
  engine: { state: string };
}

/** POST /v1/rules/:id/backtest: what the rule would have fired over [from, to) of received time. */
export interface BacktestResult {
  ruleId: string;
  version: number;
  from: string;
  to: string;
  changes: number;
  firings: AlertEvent[];
  events: AlertEvent[];
}
