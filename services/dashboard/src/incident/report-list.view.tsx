import { useState } from 'preact/hooks';
import type { IncidentReport, ReportSource } from '../api/api.types';
import { formatDay, formatFatalities, formatInstant } from '../shared/format';
import { GradeBadge, Name } from '../shared/names.view';

/** Every report behind the incident, in the order applied; superseded and retracted ones stay visible. */
export function ReportList({ reports }: { reports: IncidentReport[] }) {
  return (
    <section class="reports" aria-labelledby="reports-title">
      <h3 id="reports-title">Reports ({reports.length})</h3>
      <ol class="report-list">
        {reports.map((report) => (
          <ReportCard key={report.reportId} report={report} />
        ))}
      </ol>
    </section>
  );
}

function ReportCard({ report }: { report: IncidentReport }) {
  const notes = report.claim?.notes;
  return (
    <li class={`report report-${report.state}`} data-report-id={report.reportId}>
      <p class="report-head">
        <span class={`badge badge-${report.state}`}>{report.state}</span>
        <span class="badge">{report.op}</span>
        <strong>{report.sourceSystem}</strong> {report.nativeId}
        {report.nativeRevision !== undefined && <span class="muted"> rev. {report.nativeRevision}</span>}
      </p>
      <p class="report-times muted">
        Published {formatDay(report.reportedAt)} · received {formatInstant(report.receivedAt)}
      </p>
      {report.claim?.fatalities !== undefined && <p class="muted">Fatalities claimed: {formatFatalities(report.claim.fatalities)}</p>}
      {notes !== undefined && (
        <p class="report-notes" lang={notes.lang} dir="auto">
          {notes.text}
        </p>
      )}
      {report.supersedes !== undefined && <p class="muted">Corrects {report.supersedes.join(', ')}</p>}
      {report.supersededBy !== undefined && <p class="muted">Superseded by {report.supersededBy}</p>}
      {report.retractedBy !== undefined && (
        <p class="muted">
          Retracted by {report.retractedBy}
          {report.retractReason !== undefined && ` (${report.retractReason.replace(/_/g, ' ')})`}
        </p>
      )}
      <SourceList sources={report.sources} />
      {report.license.attribution !== undefined && <p class="licence muted">{report.license.attribution}</p>}
    </li>
  );
}

const SHOWN = 8;

/** The sources with their Admiralty grades and links (original and archived copy); long lists fold. */
function SourceList({ sources }: { sources: ReportSource[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? sources : sources.slice(0, SHOWN);
  return (
    <>
      <ul class="source-list">
        {shown.map((source, index) => (
          <li key={index} class="source">
            <GradeBadge grade={source.grade} label={`${source.grade}: ${source.gradeLabel}`} />
            <Name text={source.name} class="source-name" />
            <span class="muted"> {source.gradeLabel}</span>
            {source.publishedAt !== undefined && <span class="muted"> · {formatDay(source.publishedAt)}</span>}
            {source.language !== undefined && <span class="muted"> · {source.language}</span>}
            {source.url !== undefined && (
              <a href={source.url} target="_blank" rel="noopener noreferrer" class="source-link">
                source
              </a>
            )}
            {source.archiveUrl !== undefined && (
              <a href={source.archiveUrl} target="_blank" rel="noopener noreferrer" class="source-link">
                archived
              </a>
            )}
          </li>
        ))}
      </ul>
      {sources.length > SHOWN && (
        <button type="button" class="button-small" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? 'Show fewer sources' : `Show all ${sources.length} sources`}
        </button>
      )}
    </>
  );
}
