import type { TimelinePosition, TimelineRow } from '@sitrep/db';

/** A change to send, and the event id that resumes the stream right after it. */
export interface Change {
  row: TimelineRow;
  eventId: TimelinePosition;
}

/**
 * What one live stream has sent. Each poll reads the changes from a little before the latest one
 * sent (`lookbackMs`), because rows are ordered by when Sitrep received a record while they reach
 * the read model when the projector gets to them; a row written late with an earlier time is
 * still found. Versions already sent are skipped, so re-reading sends nothing twice.
 */
export class ChangeTracker {
  private highWater: TimelinePosition | null;
  private readonly sent = new Map<string, { version: number; key: string }>();

  constructor(
    start: TimelinePosition | null,
    private readonly lookbackMs: number,
  ) {
    this.highWater = start;
  }

  /** Where the next poll reads from (exclusive); null reads everything. */
  readFrom(): TimelinePosition | null {
    if (this.highWater === null) return null;
    return { key: shiftKey(this.highWater.key, -this.lookbackMs), id: '' };
  }

  /** Rows at or before the start that the client already has (it connected after them, or resumed after them). */
  remember(rows: TimelineRow[]): void {
    const start = this.highWater;
    for (const row of rows) if (start !== null && !isAfter(row.position, start)) this.markSent(row);
  }

  /** The rows not sent yet (new incidents, or newer versions), in the order given. */
  fresh(rows: TimelineRow[]): Change[] {
    const changes: Change[] = [];
    for (const row of rows) {
      const sent = this.sent.get(row.incidentId);
      if (sent !== undefined && sent.version >= row.version) continue;
      this.markSent(row);
      if (this.highWater === null || isAfter(row.position, this.highWater)) this.highWater = row.position;
      changes.push({ row, eventId: this.highWater });
    }
    this.forgetOld();
    return changes;
  }

  private markSent(row: TimelineRow): void {
    this.sent.set(row.incidentId, { version: row.version, key: row.position.key });
  }

  /** Rows before the read window are never read again, so they need no memory. */
  private forgetOld(): void {
    const from = this.readFrom();
    if (from === null) return;
    for (const [id, sent] of this.sent) if (sent.key < from.key) this.sent.delete(id);
  }
}

/** Keys are fixed-width UTC instants, so text order is time order. */
function isAfter(a: TimelinePosition, b: TimelinePosition): boolean {
  return a.key > b.key || (a.key === b.key && a.id > b.id);
}

/** A microsecond instant moved by whole milliseconds (the microseconds are dropped: a lower bound only). */
export function shiftKey(key: string, ms: number): string {
  return new Date(Date.parse(key) + ms).toISOString().replace('Z', '000Z');
}
