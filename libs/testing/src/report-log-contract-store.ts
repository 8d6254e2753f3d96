import type { LogRecord } from '@sitrep/contracts';
import { positionKey } from './report-log-contract-harness';

const STORED_POSITIONS_DELAY_MS = 250;

/**
 * Stands in for a projector's PostgreSQL transaction: applies records keyed by position and keeps
 * the next position per partition beside them, skipping what is below it, as the real projector
 * does. It also notes what the adapter should never have delivered.
 */
export class ContractPositionStore {
  readonly applied = new Map<string, LogRecord>();
  readonly positions = new Map<number, bigint>();
  /** Delivered again but already applied: harmless (the guard), yet counted to see redelivery. */
  skipped = 0;
  /** Records delivered below the position stored when the partition was assigned. */
  belowAssigned = 0;
  private readonly assignedAt = new Map<number, bigint>();

  get size(): number {
    return this.applied.size;
  }

  /**
   * What `SubscribeOptions.storedPositions` returns: every asked partition, 0 when none applied.
   * It answers slowly, like a database round trip under load, so that an adapter which fetches
   * and hands on records before the answer arrives (and its seek is applied) is caught.
   */
  storedPositions = async (partitions: number[]): Promise<Map<number, string>> => {
    const result = new Map<number, string>();
    for (const partition of partitions) {
      const next = this.positions.get(partition) ?? 0n;
      this.assignedAt.set(partition, next);
      result.set(partition, next.toString());
    }
    await new Promise((resolve) => setTimeout(resolve, STORED_POSITIONS_DELAY_MS));
    return result;
  };

  /** Applies one record unless already applied; returns whether it did. */
  apply(record: LogRecord): boolean {
    const offset = BigInt(record.offset);
    if (offset < (this.assignedAt.get(record.partition) ?? 0n)) this.belowAssigned += 1;
    if (offset < (this.positions.get(record.partition) ?? 0n)) {
      this.skipped += 1;
      return false;
    }
    this.applied.set(positionKey(record), record);
    this.positions.set(record.partition, offset + 1n);
    return true;
  }
}
