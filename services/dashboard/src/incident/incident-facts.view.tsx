import type { IncidentDetail } from '../api/api.types';
import { eventTypeOf } from '../shared/event-types';
import { formatFatalities, formatInstant, formatOccurred } from '../shared/format';
import { EventSwatch, GradeBadge, Name } from '../shared/names.view';

/** The merged view in a few lines: when, where, what, who, how many, how well sourced, and when we learned it. */
export function IncidentFacts({ incident }: { incident: IncidentDetail }) {
  const { location } = incident;
  const type = eventTypeOf(incident);
  return (
    <section class="facts" aria-label="Summary">
      {incident.asOf !== undefined && <p class="as-of-note">As known at {formatInstant(incident.asOf)}.</p>}
      {incident.status !== 'active' && (
        <p class={`badge badge-${incident.status}`}>
          {incident.status}
          {incident.mergedInto !== undefined && ` into ${incident.mergedInto}`}
        </p>
      )}
      <dl>
        <dt>Occurred</dt>
        <dd>
          {formatOccurred(incident.occurred)} <span class="muted">(precision: {incident.occurred.precision})</span>
        </dd>
        <dt>Where</dt>
        <dd>
          {[location.placeName, location.admin2, location.admin1].filter((part): part is string => part !== undefined).map((part, index) => (
            <span key={index}>
              {index > 0 && ', '}
              <Name text={part} />
            </span>
          ))}
          {location.admin1AsReported !== undefined && location.admin1AsReported !== location.admin1 && (
            <span class="muted">
              {' '}
              (reported as <Name text={location.admin1AsReported} />)
            </span>
          )}
          <span class="muted"> · location precision: {location.precision}</span>
        </dd>
        <dt>What</dt>
        <dd>
          <EventSwatch eventType={type} />
          {incident.eventType ?? type}
          {incident.subEventType !== undefined && ` — ${incident.subEventType}`}
        </dd>
        <dt>Who</dt>
        <dd>
          {incident.actors.length === 0 && <span class="muted">not named</span>}
          <ul class="actor-list">
            {incident.actors.map((actor) => (
              <li key={actor.key}>
                <Name text={actor.name} /> <span class="muted">({actor.roles.join(', ')})</span>
              </li>
            ))}
          </ul>
        </dd>
        <dt>Fatalities</dt>
        <dd>{formatFatalities(incident.fatalities)}</dd>
        <dt>Best source grade</dt>
        <dd>
          <GradeBadge grade={incident.bestSourceGrade} /> {incident.sourceCount} source{incident.sourceCount === 1 ? '' : 's'} in {incident.reportCount} standing report
          {incident.reportCount === 1 ? '' : 's'} ({incident.sourceSystems.join(', ')})
        </dd>
        <dt>Learned</dt>
        <dd>
          first {formatInstant(incident.firstReportedAt)}, last change {formatInstant(incident.lastUpdatedAt)} (version {incident.version})
        </dd>
        {incident.tags.length > 0 && (
          <>
            <dt>Tags</dt>
            <dd>{incident.tags.join(', ')}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
