import type { IncidentVersion } from '../api/api.types';
import { formatInstant, formatValue } from '../shared/format';

/** How the incident changed: each version, when Sitrep learned it, and what differs from the one before. */
export function VersionHistory({ versions }: { versions: IncidentVersion[] }) {
  return (
    <section class="versions" aria-labelledby="versions-title">
      <h3 id="versions-title">Version history ({versions.length})</h3>
      <ol class="version-list">
        {[...versions].reverse().map((version) => (
          <li key={version.version} class="version">
            <p>
              <strong>v{version.version}</strong> <span class="muted">learned {formatInstant(version.validFrom)}</span>
              {version.status !== 'active' && <span class={`badge badge-${version.status}`}>{version.status}</span>}
              {version.validTo === null && <span class="badge badge-current">current</span>}
            </p>
            {version.changes.length === 0 ? (
              <p class="muted">{version.version === 1 ? 'Opened by its first report.' : 'No field changed.'}</p>
            ) : (
              <table class="changes">
                <thead>
                  <tr>
                    <th scope="col">Field</th>
                    <th scope="col">Before</th>
                    <th scope="col">After</th>
                  </tr>
                </thead>
                <tbody>
                  {version.changes.map((change) => (
                    <tr key={change.field}>
                      <td>{change.field}</td>
                      <td dir="auto">{formatValue(change.before)}</td>
                      <td dir="auto">{formatValue(change.after)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
