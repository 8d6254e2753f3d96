import { useState } from 'preact/hooks';
import { describeError } from '../api/api-client';
import { useApi } from '../app/api-context';
import { formatInstant } from '../shared/format';
import { Loading } from '../shared/status.view';
import { describeGroup } from './alert-feed';
import { Evidence } from './alert-card.view';
import type { BacktestResult, ListedRule } from './rules.types';

/**
 * "What would this rule have fired in January 2022?": the rule's current version replayed over
 * the incident changes Sitrep RECEIVED in the window. Nothing is sent or recorded. Data imported
 * later than it happened was received at import time, which the note below says.
 */
export function Backtest({ rule, onOpenIncident }: { rule: ListedRule; onOpenIncident: (id: string) => void }) {
  const client = useApi();
  const [from, setFrom] = useState('2022-01-01');
  const [to, setTo] = useState('2022-02-01');
  const [result, setResult] = useState<BacktestResult | null>(null);
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function run(event: Event) {
    event.preventDefault();
    setRunning(true);
    setProblem(null);
    try {
      setResult(await client.post<BacktestResult>(`/v1/rules/${encodeURIComponent(rule.id)}/backtest`, { from, to }));
    } catch (error) {
      setResult(null);
      setProblem(describeError(error));
    } finally {
      setRunning(false);
    }
  }

  return (
    <section class="backtest" aria-labelledby="backtest-title">
      <h2 id="backtest-title">
        Backtest: <span dir="auto">{rule.rule.name}</span>
      </h2>
      <form class="backtest-form" onSubmit={run}>
        <label for="backtest-from">
          Received from
          <input id="backtest-from" type="date" value={from} required onInput={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label for="backtest-to">
          until (excluded)
          <input id="backtest-to" type="date" value={to} required onInput={(e) => setTo(e.currentTarget.value)} />
        </label>
        <button type="submit" class="button-primary" disabled={running}>
          Run backtest
        </button>
      </form>
      <p class="hint">The window is of received time: reports imported today were received today, whatever their date.</p>
      {running && <Loading label="Replaying…" />}
      {problem !== null && (
        <p class="status status-error" role="alert">
          {problem}
        </p>
      )}
      {result !== null && (
        <div class="backtest-result" data-firings={result.firings.length}>
          <p>
            <strong>{result.firings.length}</strong> firing{result.firings.length === 1 ? '' : 's'} from {result.changes} incident change{result.changes === 1 ? '' : 's'} received{' '}
            {formatInstant(result.from)} – {formatInstant(result.to)} ({result.events.length - result.firings.length} other events).
          </p>
          <ol class="alert-list">
            {result.firings.map((firing) => (
              <li key={firing.fingerprint} class="alert-card alert-firing">
                <p class="muted">
                  {describeGroup(firing.groupKey)} · detected {formatInstant(firing.detectedAt)}
                  {firing.detectedLate && ' · late'}
                </p>
                <ul class="evidence" aria-label="Evidence">
                  {firing.incidentIds.map((id) => (
                    <Evidence key={id} id={id} onOpen={onOpenIncident} />
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
