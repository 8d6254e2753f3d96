import { useState } from 'preact/hooks';
import { useApi } from '../app/api-context';
import { Empty, ErrorBanner, Loading } from '../shared/status.view';
import { useAsync } from '../shared/use-async.hook';
import { addToFeed, entryFromAlert, type FeedEntry, type ListedAlert } from './alert-feed';
import { AlertCard } from './alert-card.view';
import { useAlertStream, type StreamStatus } from './use-alert-stream.hook';

const STATUS_LABELS: Record<StreamStatus, string> = { connecting: 'Connecting…', live: 'Live', reconnecting: 'Reconnecting…', refused: 'Refused', unavailable: 'Unavailable' };

/** Recent alerts, then every firing and resolution as it happens. */
export function AlertFeed({ ruleNames, onOpenIncident }: { ruleNames: Map<string, string>; onOpenIncident: (id: string) => void }) {
  const client = useApi();
  const [live, setLive] = useState<FeedEntry[]>([]);
  const recent = useAsync((signal) => client.get<{ alerts: ListedAlert[] }>('/v1/alerts', { limit: 20 }, signal), []);
  const stream = useAlertStream((entry) => setLive((feed) => addToFeed(feed, entry)));
  // Rule names from the rule list (admin keys) and, for read-only keys, from the listed alerts.
  const listed = (recent.data?.alerts ?? []).flatMap((alert) => (alert.ruleName === undefined ? [] : [[alert.ruleId, alert.ruleName] as const]));
  const names = new Map([...listed, ...ruleNames]);

  const earlier = (recent.data?.alerts ?? []).map(entryFromAlert);
  return (
    <section class="alert-feed" aria-labelledby="feed-title">
      <header class="section-head">
        <h2 id="feed-title">Live alerts</h2>
        <span class={`stream-status stream-${stream.status}`} role="status" data-stream-status={stream.status}>
          {STATUS_LABELS[stream.status]}
        </span>
      </header>
      {stream.problem !== null && <p class="status status-error">{stream.problem}</p>}
      <ol class="alert-list" aria-live="polite" aria-label="New alert events">
        {live.map((entry) => (
          <AlertCard key={entry.key} entry={entry} ruleName={names.get(entry.ruleId)} onOpenIncident={onOpenIncident} />
        ))}
      </ol>
      {live.length === 0 && stream.status === 'live' && <Empty>Waiting for alerts: new firings and resolutions appear here as they happen.</Empty>}
      <h3>Recent alerts</h3>
      {recent.loading && <Loading label="Loading recent alerts…" />}
      {recent.error !== undefined && stream.status !== 'unavailable' && <ErrorBanner error={recent.error} onRetry={recent.reload} />}
      {recent.data !== undefined && earlier.length === 0 && <Empty>No alert had fired when this page opened.</Empty>}
      <ol class="alert-list">
        {earlier.map((entry) => (
          <AlertCard key={entry.key} entry={entry} ruleName={names.get(entry.ruleId)} onOpenIncident={onOpenIncident} />
        ))}
      </ol>
    </section>
  );
}
