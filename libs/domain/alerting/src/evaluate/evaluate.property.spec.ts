import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { retentionMs } from '../rules/rule-horizon';
import { logArb, ruleArb } from '../testing/arbitraries';
import { REGISTRY } from '../testing/hasakah';
import { runRule } from '../testing/run-rule';
import type { AlertEvent } from './alert-event.types';
import { evaluate } from './evaluate';
import type { RuleState } from './rule-state.types';

const ctx = (receivedAt: string) => ({ receivedAt, registry: REGISTRY });

/**
 * Per fingerprint: firing, then updates, then resolved (with a reason), then maybe firing again;
 * never two firings in a row, nothing before a firing.
 */
function expectLifecycles(events: AlertEvent[]): void {
  const open = new Set<string>();
  for (const event of events) {
    if (event.type === 'firing') {
      expect(open.has(event.fingerprint)).toBe(false);
      open.add(event.fingerprint);
    } else {
      expect(open.has(event.fingerprint)).toBe(true);
      expect(event.reason === undefined).toBe(event.type !== 'resolved');
      if (event.type === 'resolved') open.delete(event.fingerprint);
    }
  }
}

describe('evaluate — properties over random rules and change logs', () => {
  it('is idempotent per change: applying a change again changes nothing and says nothing', () => {
    fc.assert(
      fc.property(ruleArb, logArb(5, 40), (rule, log) => {
        let state: RuleState | null = null;
        for (const { change, receivedAt } of log) {
          const once = evaluate(state, rule, change, ctx(receivedAt));
          expect(evaluate(once.state, rule, change, ctx(receivedAt))).toEqual({ state: once.state, events: [] });
          state = once.state;
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same events for the same log from the same state, through a JSON round trip of the state', () => {
    fc.assert(
      fc.property(ruleArb, logArb(5, 40), (rule, log) => {
        const direct = runRule(rule, log, { registry: REGISTRY });
        let state: RuleState | null = null;
        const stored: AlertEvent[] = [];
        for (const { change, receivedAt } of log) {
          const result = evaluate(state, rule, change, ctx(receivedAt));
          stored.push(...result.events);
          state = JSON.parse(JSON.stringify(result.state)) as RuleState;
        }
        expect(stored).toEqual(direct.events);
        expect(state).toEqual(direct.state);
      }),
      { numRuns: 150 },
    );
  });

  it('never fires one fingerprint twice without a resolution, and a replay of the whole log fires nothing', () => {
    fc.assert(
      fc.property(ruleArb, logArb(5, 40), (rule, log) => {
        const first = runRule(rule, log, { registry: REGISTRY });
        const replay = runRule(rule, log, { registry: REGISTRY, state: first.state });
        expect(replay.events).toEqual([]);
        expectLifecycles(first.events);
        for (const event of first.events.filter((e) => e.type === 'firing')) {
          expect(Date.parse(event.occurredAt)).toBeGreaterThanOrEqual(Date.parse(event.detectedAt) - rule.latenessDays * 86_400_000);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the state bounded by what was received within the retention, however long the log', () => {
    fc.assert(
      fc.property(ruleArb, logArb(200, 300), (rule, log) => {
        let state: RuleState | null = null;
        log.forEach(({ change, receivedAt }, index) => {
          state = evaluate(state, rule, change, ctx(receivedAt)).state;
          const cutoff = Date.parse(state.clock ?? receivedAt) - retentionMs(rule);
          const recent = new Set(log.slice(0, index + 1).filter((d) => Date.parse(d.receivedAt) >= cutoff).map((d) => d.change.after.incidentId));
          expect(Object.keys(state.incidents).every((id) => recent.has(id))).toBe(true);
          expect(Object.values(state.alerts).every((alert) => Date.parse(alert.anchorAt) >= cutoff)).toBe(true);
        });
      }),
      { numRuns: 40 },
    );
  });
});
