import { useEffect, useRef } from 'preact/hooks';
import type { IncidentDetail } from '../api/api.types';
import { useApi } from '../app/api-context';
import { ErrorBanner, Loading } from '../shared/status.view';
import { useAsync } from '../shared/use-async.hook';
import { IncidentFacts } from './incident-facts.view';
import { MergedDuplicates } from './merged-duplicates.view';
import { ReportList } from './report-list.view';
import { VersionHistory } from './version-history.view';

interface DetailProps {
  id: string;
  asOf: string;
  onClose: () => void;
  onOpen: (id: string) => void;
}

/** Everything behind one incident: reports and their graded sources, versions, merged duplicates. Escape closes it. */
export function IncidentDetailPanel({ id, asOf, onClose, onOpen }: DetailProps) {
  const client = useApi();
  const panel = useRef<HTMLElement>(null);
  const detail = useAsync((signal) => client.get<IncidentDetail>(`/v1/incidents/${encodeURIComponent(id)}`, { asOf }, signal), [id, asOf]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  // Focus moves into the panel when it opens (or shows another incident), so keyboard users land on it.
  useEffect(() => panel.current?.focus(), [id]);

  // The previous incident's answer stays in state while the next one loads: never show it under this id.
  const incident = detail.data?.id === id ? detail.data : undefined;
  return (
    <aside class="detail" ref={panel} tabIndex={-1} aria-labelledby="detail-title" data-incident-id={id}>
      <header class="detail-header">
        <h2 id="detail-title" dir="auto">
          {incident?.location.placeName ?? incident?.location.admin1 ?? 'Incident'}
        </h2>
        <button type="button" class="button-quiet close" onClick={onClose} aria-label="Close incident detail (Escape)">
          ✕
        </button>
      </header>
      <div class="detail-body">
        {incident === undefined && detail.error === undefined && <Loading label="Loading the incident…" />}
        {detail.error !== undefined && <ErrorBanner error={detail.error} onRetry={detail.reload} />}
        {incident !== undefined && (
          <>
            <IncidentFacts incident={incident} />
            <ReportList reports={incident.reports} />
            <VersionHistory versions={incident.versions} />
            <MergedDuplicates duplicates={incident.mergedDuplicates} onOpen={onOpen} />
          </>
        )}
      </div>
    </aside>
  );
}
