import type { SpikeRule } from '../../rules/alert-rule.types';
import { DAY_MS, HOUR_MS } from '../../time/event-time';
import type { DesiredAlert, Evidence, ScopeView } from './scope-view';
import { windowedEpisodes } from './windowed-episodes';

/**
 * Windows with at least `minCount` incidents and at least `factor` times the count the baseline
 * rate predicts: incidents in the `baselineDays` before the window start, scaled to the window's
 * length. A group with no baseline at all spikes on `minCount` alone. A window opens only when the
 * rule still remembers its whole baseline, so forgetting old incidents never fakes a spike.
 */
export function spikeAlerts(rule: SpikeRule, view: ScopeView): DesiredAlert[] {
  const windowMs = rule.windowHours * HOUR_MS;
  const baselineMs = rule.baselineDays * DAY_MS;
  const holds = (members: Evidence[], startMs: number) => {
    const baseline = view.incidents.filter((e) => e.atMs >= startMs - baselineMs && e.atMs < startMs).length;
    const expected = (baseline * windowMs) / baselineMs;
    return members.length >= rule.minCount && members.length >= rule.factor * expected;
  };
  return windowedEpisodes(view, { windowMs, holds, canOpen: (startMs) => startMs - baselineMs >= view.cutoffMs });
}
