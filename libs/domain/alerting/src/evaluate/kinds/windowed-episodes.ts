import { isoOf, toMs } from '../../time/event-time';
import { desiredAlert, type DesiredAlert, type Evidence, type ScopeView } from './scope-view';

/** What makes a window of occurred time alert: a threshold count, or a spike over the baseline. */
export interface WindowTest {
  windowMs: number;
  holds: (members: Evidence[], startMs: number) => boolean;
  /** Whether a new window may start here (a spike needs its whole baseline remembered). */
  canOpen: (startMs: number) => boolean;
}

/**
 * Sliding event-time windows, made deterministic so their start can name the alert: a window
 * `[start, start + window]` (both ends included) starts at an incident's occurred time. Windows
 * already open are kept while they still hold, so a late report does not move an alert; then the
 * remaining incidents are scanned in occurred order, the first that starts a holding window opens
 * one and everything in it is its evidence. An incident is evidence of one window at most.
 */
export function windowedEpisodes(view: ScopeView, test: WindowTest): DesiredAlert[] {
  const covered = new Set<string>();
  const alerts: DesiredAlert[] = [];
  const keep = (startMs: number, members: Evidence[]) => {
    for (const member of members) covered.add(member.id);
    alerts.push(windowAlert(view.scope, startMs, test.windowMs, members));
  };
  for (const open of [...view.open].sort((a, b) => toMs(a.anchor) - toMs(b.anchor))) {
    const startMs = toMs(open.anchor);
    const members = view.incidents.filter((e) => !covered.has(e.id) && e.atMs >= startMs && e.atMs <= startMs + test.windowMs);
    if (members.length > 0 && test.holds(members, startMs)) keep(startMs, members);
  }
  const free = view.incidents.filter((e) => !covered.has(e.id));
  for (let index = 0; index < free.length; ) {
    const startMs = free[index].atMs;
    const members = takeUntil(free, index, startMs + test.windowMs);
    if (test.canOpen(startMs) && test.holds(members, startMs)) {
      keep(startMs, members);
      index += members.length;
    } else {
      index += 1;
    }
  }
  return alerts;
}

function takeUntil(sorted: Evidence[], from: number, endMs: number): Evidence[] {
  const members: Evidence[] = [];
  for (let index = from; index < sorted.length && sorted[index].atMs <= endMs; index += 1) members.push(sorted[index]);
  return members;
}

function windowAlert(scope: string, startMs: number, windowMs: number, members: Evidence[]): DesiredAlert {
  const window = { startMs, endMs: startMs + windowMs };
  return desiredAlert({ scope, groupKey: scope, anchor: isoOf(startMs), anchorAtMs: startMs, window }, members);
}
