import type { IncidentSummary } from '../api/api.types';
import { eventTypeOf } from '../shared/event-types';
import { formatFatalities, formatOccurred } from '../shared/format';
import { EventSwatch, GradeBadge, Name, NameList } from '../shared/names.view';

interface IncidentRowProps {
  incident: IncidentSummary;
  selected: boolean;
  onOpen: (id: string) => void;
  onHover: (id: string | null) => void;
}

/** One incident in the timeline: a button, so Enter and Space open it like a click. */
export function IncidentRow({ incident, selected, onOpen, onHover }: IncidentRowProps) {
  const type = eventTypeOf(incident);
  const place = incident.location.placeName ?? incident.location.admin2 ?? incident.location.admin1 ?? 'Place not given';
  return (
    <li class={`incident-row${selected ? ' selected' : ''}`} data-incident-id={incident.id} onMouseEnter={() => onHover(incident.id)} onMouseLeave={() => onHover(null)}>
      <button type="button" class="row-button" aria-pressed={selected} onClick={() => onOpen(incident.id)} onKeyDown={moveBetweenRows}>
        <span class="row-line">
          <time class="row-date" dateTime={incident.occurred.start}>
            {formatOccurred(incident.occurred)}
          </time>
          <span class="row-type">
            <EventSwatch eventType={type} />
            {incident.eventType ?? type}
          </span>
          {incident.status !== 'active' && <span class={`badge badge-${incident.status}`}>{incident.status}</span>}
        </span>
        <span class="row-place">
          <Name text={place} />
          {incident.location.admin1 !== undefined && (
            <span class="row-admin1">
              {' · '}
              <Name text={incident.location.admin1} />
            </span>
          )}
        </span>
        {incident.actors.length > 0 && (
          <span class="row-actors">
            <NameList names={incident.actors.map((actor) => actor.name)} />
          </span>
        )}
        <span class="row-meta">
          <span title="Fatalities (best estimate, range)">† {formatFatalities(incident.fatalities)}</span>
          <GradeBadge grade={incident.bestSourceGrade} />
          <span>
            {incident.reportCount} report{incident.reportCount === 1 ? '' : 's'} · {incident.sourceCount} source{incident.sourceCount === 1 ? '' : 's'}
          </span>
          {incident.version > 1 && <span title="Changed since first reported">v{incident.version}</span>}
        </span>
      </button>
    </li>
  );
}

/** Arrow keys walk the list, so a long timeline is not a long tab sequence only. */
function moveBetweenRows(event: KeyboardEvent) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const row = (event.currentTarget as HTMLElement).closest('li');
  const next = event.key === 'ArrowDown' ? row?.nextElementSibling : row?.previousElementSibling;
  const button = next?.querySelector<HTMLElement>('.row-button');
  if (button) {
    event.preventDefault();
    button.focus();
  }
}
