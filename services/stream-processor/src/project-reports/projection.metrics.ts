import { Inject, Injectable } from '@nestjs/common';
import type { AppliedBatch, ReadModelRole } from '@sitrep/db';
import { METRICS_REGISTRY } from '@sitrep/platform';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** The processor's numbers on /metrics; `read_model` is `live` or `building` (a rebuild). */
@Injectable()
export class ProjectionMetrics {
  private readonly applied: Counter<'read_model'>;
  private readonly poison: Counter<'read_model'>;
  private readonly batchSeconds: Histogram<'read_model'>;
  private readonly lastApplied: Gauge<'partition'>;
  private readonly lag: Gauge<'partition'>;
  private readonly owned: Gauge<'partition'>;

  constructor(@Inject(METRICS_REGISTRY) registry: Registry) {
    const registers = [registry];
    this.applied = new Counter({ name: 'sitrep_projection_records_applied_total', help: 'Log records applied to a read model', labelNames: ['read_model'], registers });
    this.poison = new Counter({ name: 'sitrep_projection_poison_records_total', help: 'Records skipped as poison and dead-lettered', labelNames: ['read_model'], registers });
    this.batchSeconds = new Histogram({
      name: 'sitrep_projection_batch_duration_seconds',
      help: 'Time to project one batch (one PostgreSQL transaction)',
      labelNames: ['read_model'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.lastApplied = new Gauge({ name: 'sitrep_projection_last_applied_offset', help: 'Last offset applied to the live read model, per partition', labelNames: ['partition'], registers });
    this.lag = new Gauge({ name: 'sitrep_projection_lag_records', help: 'End offset minus the live read model position, per partition', labelNames: ['partition'], registers });
    // Per instance (the registry's `instance` label): 1 for the partitions this process projects.
    this.owned = new Gauge({ name: 'sitrep_projection_partition_owned', help: 'Whether this instance owns the partition in the live consumer group (1) or not (0)', labelNames: ['partition'], registers });
  }

  /** Starts timing a batch; call the returned function once it committed. */
  startBatch(role: ReadModelRole): () => void {
    const end = this.batchSeconds.startTimer({ read_model: role });
    return () => void end();
  }

  recordBatch(role: ReadModelRole, result: AppliedBatch): void {
    this.applied.inc({ read_model: role }, result.applied);
    this.poison.inc({ read_model: role }, result.poisoned.length);
    if (role === 'live' && result.nextOffset !== '0') this.lastApplied.set({ partition: String(result.partition) }, Number(BigInt(result.nextOffset) - 1n));
  }

  recordOwnership(partitions: number[], owned: boolean): void {
    for (const partition of partitions) this.owned.set({ partition: String(partition) }, owned ? 1 : 0);
  }

  recordLag(ends: Map<number, string>, positions: Map<number, string>): void {
    for (const [partition, end] of ends) {
      const position = BigInt(positions.get(partition) ?? '0');
      this.lag.set({ partition: String(partition) }, Number(BigInt(end) > position ? BigInt(end) - position : 0n));
      if (position > 0n) this.lastApplied.set({ partition: String(partition) }, Number(position - 1n));
    }
  }
}
