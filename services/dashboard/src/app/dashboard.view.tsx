import { useRef, useState } from 'preact/hooks';
import type { Governorate } from '../api/api.types';
import { ActorsPage } from '../actors/actors-page.view';
import { AlertsPage } from '../alerts/alerts-page.view';
import { IncidentDetailPanel } from '../incident/incident-detail.view';
import { useAsync } from '../shared/use-async.hook';
import { IncidentsPage } from '../timeline/incidents-page.view';
import { useApi } from './api-context';
import { TABS, type Tab } from './route';
import { useRoute } from './use-route.hook';

const TAB_LABELS: Record<Tab, string> = { incidents: 'Incidents', actors: 'Actors', alerts: 'Alerts' };

/** The signed-in dashboard: three pages, and one incident detail panel any of them can open. */
export function Dashboard({ onSignOut }: { onSignOut: () => void }) {
  const client = useApi();
  const [route, navigate] = useRoute();
  const [highlighted, setHighlighted] = useState<string | null>(route.incident);
  const opener = useRef<HTMLElement | null>(null);
  const governorates = useAsync((signal) => client.get<{ items: Governorate[] }>('/v1/places/admin1', {}, signal), []);

  const openIncident = (id: string) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setHighlighted(id);
    navigate({ ...route, incident: id });
  };
  const closeIncident = () => {
    navigate({ ...route, incident: null });
    // Back to where the analyst was: the row or map point that opened the panel.
    const back = opener.current;
    requestAnimationFrame(() => {
      if (back?.isConnected) back.focus();
      else document.querySelector<HTMLElement>(`[data-incident-id="${CSS.escape(highlighted ?? '')}"] .row-button`)?.focus();
    });
  };

  return (
    <div class={`shell${route.incident !== null ? ' detail-open' : ''}`}>
      <header class="topbar">
        <span class="brand">Sitrep</span>
        <nav class="tabs" aria-label="Views">
          {TABS.map((tab) => (
            <a key={tab} href={`#/${tab}`} class="tab" aria-current={route.tab === tab ? 'page' : undefined} onClick={(event) => {
                event.preventDefault();
                navigate({ ...route, tab });
              }}
            >
              {TAB_LABELS[tab]}
            </a>
          ))}
        </nav>
        <button type="button" class="button-quiet" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      <main class={`page page-${route.tab}`}>
        {route.tab === 'incidents' && (
          <IncidentsPage
            filters={route.filters}
            onFilters={(filters) => navigate({ ...route, filters }, 'replace')}
            governorates={governorates.data?.items ?? []}
            selectedId={highlighted}
            onOpen={openIncident}
          />
        )}
        {route.tab === 'actors' && <ActorsPage />}
        {route.tab === 'alerts' && <AlertsPage onOpenIncident={openIncident} />}
      </main>
      {route.incident !== null && (
        <IncidentDetailPanel id={route.incident} asOf={route.filters.asOf} onClose={closeIncident} onOpen={openIncident} />
      )}
    </div>
  );
}
