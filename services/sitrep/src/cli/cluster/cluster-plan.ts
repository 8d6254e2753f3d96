/** The `sitrep cluster` options that ask for instances, with the service each runs and its short name. */
export const CLUSTER_ROLES = [
  { option: 'query', service: 'query-api', short: 'query' },
  { option: 'ingest', service: 'ingest-api', short: 'ingest' },
  { option: 'processors', service: 'stream-processor', short: 'processor' },
  { option: 'dispatchers', service: 'webhook-dispatcher', short: 'dispatcher' },
  { option: 'alertEngines', service: 'alert-engine', short: 'alerts' },
] as const;

export type ClusterCounts = Record<(typeof CLUSTER_ROLES)[number]['option'], number>;

export interface PlannedInstance {
  service: string;
  /** SITREP_INSTANCE_ID: names it in logs, /metrics, consumer groups and GET /v1/admin/partitions. */
  id: string;
  port: number;
}

/**
 * One `serve` process per instance, on consecutive ports from `basePort`, query first (so that the
 * API a user opens keeps the usual port), named `<prefix><role>-<n>`.
 */
export function planCluster(counts: ClusterCounts, basePort: number, idPrefix = ''): PlannedInstance[] {
  const instances: PlannedInstance[] = [];
  for (const role of CLUSTER_ROLES) {
    for (let n = 1; n <= counts[role.option]; n++) {
      instances.push({ service: role.service, id: `${idPrefix}${role.short}-${n}`, port: basePort + instances.length });
    }
  }
  const last = basePort + instances.length - 1;
  if (instances.length === 0) throw new Error('a cluster of no instances: ask for at least one (e.g. --processors 2)');
  if (last > 65535) throw new Error(`ports ${basePort}–${last} do not fit below 65536: choose a lower --base-port`);
  return instances;
}

/** The table printed once every instance answers /ready. */
export function formatCluster(instances: Array<PlannedInstance & { pid?: number }>, host: string): string {
  const rows = instances.map((i) => [i.id, i.service, `http://${host}:${i.port}`, String(i.pid ?? '-')]);
  const header = ['instance', 'service', 'url', 'pid'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  return [header, ...rows].map((r) => r.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd()).join('\n');
}
