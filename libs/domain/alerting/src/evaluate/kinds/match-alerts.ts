import type { DesiredAlert, ScopeView } from './scope-view';
import { desiredAlert } from './scope-view';

/** Every matching incident is its own alert, anchored on the incident. */
export function matchAlerts(view: ScopeView): DesiredAlert[] {
  return view.incidents.map((incident) =>
    desiredAlert({ scope: view.scope, groupKey: view.scope, anchor: incident.id, anchorAtMs: incident.atMs }, [incident]),
  );
}
