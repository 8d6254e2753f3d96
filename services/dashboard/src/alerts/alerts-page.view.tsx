import { useState } from 'preact/hooks';
import { useApi } from '../app/api-context';
import { useAsync } from '../shared/use-async.hook';
import { AlertFeed } from './alert-feed.view';
import { Backtest } from './backtest.view';
import { RuleList } from './rule-list.view';
import type { ListedRule } from './rules.types';

/** The live alert feed beside the rules and a backtest of the picked rule. */
export function AlertsPage({ onOpenIncident }: { onOpenIncident: (id: string) => void }) {
  const client = useApi();
  const rules = useAsync((signal) => client.get<{ rules: ListedRule[] }>('/v1/rules', {}, signal), []);
  const [selected, setSelected] = useState<string | null>(null);
  const ruleNames = new Map((rules.data?.rules ?? []).map((listed) => [listed.id, listed.rule.name]));
  const rule = rules.data?.rules.find((listed) => listed.id === selected);

  return (
    <div class="alerts-page">
      <AlertFeed ruleNames={ruleNames} onOpenIncident={onOpenIncident} />
      <div class="alerts-side">
        <RuleList rules={rules} selectedId={selected} onSelect={setSelected} />
        {rule !== undefined && <Backtest key={rule.id} rule={rule} onOpenIncident={onOpenIncident} />}
      </div>
    </div>
  );
}
