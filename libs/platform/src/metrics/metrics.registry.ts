import { collectDefaultMetrics, Registry } from 'prom-client';

/** One registry per process; services register their own counters and gauges on it. */
export function createMetricsRegistry(labels: Record<string, string>): Registry {
  const registry = new Registry();
  registry.setDefaultLabels(labels);
  collectDefaultMetrics({ register: registry, prefix: 'sitrep_' });
  return registry;
}

export const METRICS_REGISTRY = Symbol.for('sitrep.MetricsRegistry');
