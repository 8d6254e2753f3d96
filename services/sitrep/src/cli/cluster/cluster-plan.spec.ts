import { describe, expect, it } from '@jest/globals';
import { formatCluster, planCluster } from './cluster-plan';

describe('planCluster', () => {
  it('gives each instance its own port from the base, query first, with stable ids', () => {
    const plan = planCluster({ query: 1, ingest: 2, processors: 3, dispatchers: 2, alertEngines: 0 }, 3000);
    expect(plan.map((i) => `${i.id} ${i.service} ${i.port}`)).toEqual([
      'query-1 query-api 3000',
      'ingest-1 ingest-api 3001',
      'ingest-2 ingest-api 3002',
      'processor-1 stream-processor 3003',
      'processor-2 stream-processor 3004',
      'processor-3 stream-processor 3005',
      'dispatcher-1 webhook-dispatcher 3006',
      'dispatcher-2 webhook-dispatcher 3007',
    ]);
    expect(planCluster({ query: 0, ingest: 0, processors: 1, dispatchers: 0, alertEngines: 2 }, 4000, 'dev-').map((i) => i.id)).toEqual(['dev-processor-1', 'dev-alerts-1', 'dev-alerts-2']);
  });

  it('refuses an empty cluster and ports past 65535', () => {
    expect(() => planCluster({ query: 0, ingest: 0, processors: 0, dispatchers: 0, alertEngines: 0 }, 3000)).toThrow(/at least one/);
    expect(() => planCluster({ query: 1, ingest: 1, processors: 0, dispatchers: 0, alertEngines: 0 }, 65535)).toThrow(/65536/);
  });

  it('prints a table of where each instance is', () => {
    const text = formatCluster([{ id: 'query-1', service: 'query-api', port: 3000, pid: 42 }, { id: 'processor-1', service: 'stream-processor', port: 3001 }], '127.0.0.1');
    expect(text.split('\n')).toEqual([
      'instance     service           url                    pid',
      'query-1      query-api         http://127.0.0.1:3000  42',
      'processor-1  stream-processor  http://127.0.0.1:3001  -',
    ]);
  });
});
