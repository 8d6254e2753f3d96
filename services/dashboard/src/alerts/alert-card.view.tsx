import type { IncidentSummary } from '../api/api.types';
import { useApi } from '../app/api-context';
import { eventTypeOf } from '../shared/event-types';
import { formatInstant, formatOccurred } from '../shared/format';
import { EventSwatch, Name } from '../shared/names.view';
import { useAsync } from '../shared/use-async.hook';
import { describeGroup, type FeedEntry } from './alert-feed';

const TYPE_LABELS = { firing: 'Firing', resolved: 'Resolved', evidence_updated: 'Evidence updated' } as const;

/** One firing or resolution: which rule, for which group, when, and the incidents that are its evidence. */
export function AlertCard({ entry, ruleName, onOpenIncident }: { entry: FeedEntry; ruleName?: string; onOpenIncident: (id: string) => void }) {
  return (
    <li class={`alert-card alert-${entry.type}${entry.live ? ' alert-live' : ''}`} data-fingerprint={entry.fingerprint} data-alert-type={entry.type}>
      <p class="alert-head">
        <span class={`badge badge-${entry.type}`}>{TYPE_LABELS[entry.type]}</span>
        <strong dir="auto">{ruleName ?? entry.ruleId}</strong>
        {entry.live && <span class="badge badge-new">new</span>}
      </p>
      <p class="muted">
        {describeGroup(entry.groupKey)} · {entry.type === 'resolved' ? 'resolved' : 'detected'} {formatInstant(entry.at)}
        {entry.detectedLate && ' · detected late'}
        {entry.reason !== undefined && ` · ${entry.reason.replace(/_/g, ' ')}`}
      </p>
      <ul class="evidence" aria-label="Evidence">
        {entry.incidentIds.map((id) => (
          <Evidence key={id} id={id} onOpen={onOpenIncident} />
        ))}
      </ul>
    </li>
  );
}

/** An incident named as evidence, as the read model holds it now; opens in the detail panel. */
export function Evidence({ id, onOpen }: { id: string; onOpen: (id: string) => void }) {
  const client = useApi();
  const incident = useAsync((signal) => client.get<IncidentSummary>(`/v1/incidents/${encodeURIComponent(id)}`, {}, signal), [id]);
  const summary = incident.data;
  return (
    <li>
      <button type="button" class="evidence-button" data-incident-id={id} onClick={() => onOpen(id)}>
        {summary === undefined ? (
          <span>{incident.error !== undefined ? `${id} (not readable now)` : id}</span>
        ) : (
          <>
            <EventSwatch eventType={eventTypeOf(summary)} />
            <Name text={summary.location.placeName ?? summary.location.admin1 ?? id} /> <span class="muted">{formatOccurred(summary.occurred)}</span>{' '}
            <span class="muted">{summary.actors.map((actor) => actor.name).join(', ')}</span>
          </>
        )}
      </button>
    </li>
  );
}
