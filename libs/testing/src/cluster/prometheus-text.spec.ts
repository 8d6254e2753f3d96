import { describe, expect, it } from '@jest/globals';
import { metricSamples } from './prometheus-text';

describe('metricSamples', () => {
  it('reads the samples of one family with their labels, and no other family', () => {
    const text = [
      '# HELP sitrep_projection_lag_records lag',
      '# TYPE sitrep_projection_lag_records gauge',
      'sitrep_projection_lag_records{partition="0",instance="p-1",mode="scaled"} 12',
      'sitrep_projection_lag_records{partition="1",instance="p-1",mode="scaled"} 0',
      'sitrep_projection_lag_records_total 3',
      'sitrep_up 1',
    ].join('\n');
    expect(metricSamples(text, 'sitrep_projection_lag_records')).toEqual([
      { name: 'sitrep_projection_lag_records', labels: { partition: '0', instance: 'p-1', mode: 'scaled' }, value: 12 },
      { name: 'sitrep_projection_lag_records', labels: { partition: '1', instance: 'p-1', mode: 'scaled' }, value: 0 },
    ]);
    expect(metricSamples(text, 'sitrep_up')).toEqual([{ name: 'sitrep_up', labels: {}, value: 1 }]);
  });
});
