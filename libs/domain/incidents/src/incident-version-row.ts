import type { Incident, IncidentChange } from './incident.types';

const DAY_MS = 86_400_000;

/**
 * One stored version of an incident, valid from the receivedAt of the record that produced it
 * until the next version: what lets analysts ask "what did we know on 21 January?".
 */
export interface IncidentVersionRow {
  incidentId: string;
  version: number;
  validFrom: string;
  snapshot: Incident;
}

/** The version row a change writes. */
export function toVersionRow(change: IncidentChange): IncidentVersionRow {
  const { after } = change;
  return { incidentId: after.incidentId, version: after.version, validFrom: after.lastUpdatedAt, snapshot: after };
}

/**
 * The version of one incident valid at `t`: the latest `validFrom` at or before `t` (the highest
 * version among equals), or null when we knew nothing yet (or `t` is not a date). A bare date
 * (`2022-01-21`) means the end of that UTC day: "what we knew on the 21st" includes the 21st.
 */
export function pickAsOf(rows: IncidentVersionRow[], t: string): IncidentVersionRow | null {
  const cutoff = cutoffOf(t);
  if (Number.isNaN(cutoff)) return null;
  let valid: IncidentVersionRow | null = null;
  for (const row of rows) {
    const from = Date.parse(row.validFrom);
    if (Number.isNaN(from) || from > cutoff) continue;
    if (valid === null || isLater(row, from, valid)) valid = row;
  }
  return valid;
}

function cutoffOf(t: string): number {
  const bareDate = /^\d{4}-\d{2}-\d{2}$/.test(t);
  return bareDate ? Date.parse(t) + DAY_MS - 1 : Date.parse(t);
}

function isLater(row: IncidentVersionRow, rowFrom: number, than: IncidentVersionRow): boolean {
  const thanFrom = Date.parse(than.validFrom);
  return rowFrom > thanFrom || (rowFrom === thanFrom && row.version > than.version);
}
