import { ApiError } from '../api/api-client';
import { Empty, ErrorBanner, Loading } from '../shared/status.view';
import type { AsyncState } from '../shared/use-async.hook';
import type { ListedRule } from './rules.types';
import { ENGINE_MISSING } from './use-alert-stream.hook';

interface RuleListProps {
  rules: AsyncState<{ rules: ListedRule[] }>;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The alert rules (admin scope): name, kind, severity and whether the engine runs them. */
export function RuleList({ rules, selectedId, onSelect }: RuleListProps) {
  if (rules.error instanceof ApiError && rules.error.status === 403) {
    return <p class="status status-empty">Rules and backtests need an API key with the admin scope; this key can read alerts only.</p>;
  }
  if (rules.error instanceof ApiError && rules.error.status === 404) return <p class="status status-empty">{ENGINE_MISSING}</p>;
  return (
    <section class="rules" aria-labelledby="rules-title">
      <h2 id="rules-title">Rules</h2>
      {rules.loading && <Loading label="Loading rules…" />}
      {rules.error !== undefined && <ErrorBanner error={rules.error} onRetry={rules.reload} />}
      {rules.data?.rules.length === 0 && <Empty>No rules yet: create one with POST /v1/rules (see /docs).</Empty>}
      <ul class="rule-list">
        {rules.data?.rules.map((listed) => (
          <li key={listed.id} class={`rule${listed.id === selectedId ? ' selected' : ''}`} data-rule-id={listed.id}>
            <button type="button" class="row-button" aria-pressed={listed.id === selectedId} onClick={() => onSelect(listed.id)}>
              <span class="rule-name" dir="auto">
                {listed.rule.name}
              </span>
              <span class="muted">
                {listed.rule.kind} · <span class={`severity severity-${listed.rule.severity}`}>{listed.rule.severity}</span> · v{listed.version} ·{' '}
                {listed.enabled ? `engine ${listed.engine.state}` : 'disabled'}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
