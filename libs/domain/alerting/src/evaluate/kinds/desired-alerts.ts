import type { AlertRule } from '../../rules/alert-rule.types';
import { matchAlerts } from './match-alerts';
import { newTermAlerts } from './new-term-alerts';
import type { DesiredAlert, ScopeView } from './scope-view';
import { sequenceAlerts } from './sequence-alerts';
import { spikeAlerts } from './spike-alerts';
import { thresholdAlerts } from './threshold-alerts';

/** The alerts that hold in one group now, by the rule's kind. */
export function desiredAlerts(rule: AlertRule, view: ScopeView): DesiredAlert[] {
  switch (rule.kind) {
    case 'match':
      return matchAlerts(view);
    case 'threshold':
      return thresholdAlerts(rule, view);
    case 'sequence':
      return sequenceAlerts(rule, view);
    case 'new_term':
      return newTermAlerts(rule, view);
    case 'spike':
      return spikeAlerts(rule, view);
    default: {
      const _exhaustive: never = rule;
      return _exhaustive;
    }
  }
}
