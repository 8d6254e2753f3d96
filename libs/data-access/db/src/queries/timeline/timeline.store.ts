import type { DataSource } from 'typeorm';
import { LiveSchema } from '../live-schema';
import { instantText, SqlParams } from '../sql-params';
import { timelineConditions } from './timeline-where';
import type { TimelineOrder, TimelinePage, TimelinePosition, TimelineQuery, TimelineRow } from './timeline.types';

const SORTS: Record<TimelineOrder, { column: string; direction: 'ASC' | 'DESC'; after: '<' | '>' }> = {
  occurred_desc: { column: 'occurred_start', direction: 'DESC', after: '<' },
  occurred_asc: { column: 'occurred_start', direction: 'ASC', after: '>' },
  updated_desc: { column: 'last_updated_at', direction: 'DESC', after: '<' },
  updated_asc: { column: 'last_updated_at', direction: 'ASC', after: '>' },
};

interface RawRow {
  incident_id: string;
  status: TimelineRow['status'];
  merged_into: string | null;
  version: number;
  first_reported: string;
  last_updated: string;
  view: TimelineRow['view'];
  sort_key: string;
}

/**
 * Timelines over the live read model, paged by keyset (sort value + incident id): a page never
 * repeats or skips a row that existed throughout, however many rows arrive between pages.
 */
export class TimelineStore {
  private readonly live: LiveSchema;

  constructor(private readonly db: DataSource) {
    this.live = new LiveSchema(db);
  }

  page(query: TimelineQuery): Promise<TimelinePage> {
    return this.live.run((schema) => this.pageIn(schema, query));
  }

  /**
   * The whole answer in batches, at most `cap` rows, for exports: one schema throughout (a switch
   * mid-export would otherwise mix two builds), one batch in memory at a time.
   */
  async *batches(query: Omit<TimelineQuery, 'limit' | 'after'>, cap: number, batchSize = 1_000): AsyncGenerator<TimelineRow[]> {
    const schema = await this.live.current();
    let after: TimelinePosition | null = null;
    let left = cap;
    while (left > 0) {
      const page = await this.pageIn(schema, { ...query, after, limit: Math.min(batchSize, left) });
      if (page.rows.length > 0) yield page.rows;
      left -= page.rows.length;
      if (page.next === null) return;
      after = page.next;
    }
  }

  /** The most recently updated incident's position, where a live stream starts; null when empty. */
  async latestUpdate(): Promise<TimelinePosition | null> {
    const rows: { sort_key: string; incident_id: string }[] = await this.live.run((schema) =>
      this.db.query(
        `SELECT ${instantText('last_updated_at')} AS sort_key, incident_id FROM ${schema}.incident
         ORDER BY last_updated_at DESC, incident_id DESC LIMIT 1`,
      ),
    );
    return rows.length === 0 ? null : { key: rows[0].sort_key, id: rows[0].incident_id };
  }

  private async pageIn(schema: string, query: TimelineQuery): Promise<TimelinePage> {
    const sort = SORTS[query.order];
    const p = new SqlParams();
    const conditions = timelineConditions(query.filter, p);
    if (query.after !== null) {
      conditions.push(`(t.${sort.column}, t.incident_id) ${sort.after} (${p.add(query.after.key)}::timestamptz, ${p.add(query.after.id)})`);
    }
    const table = query.filter.asOf === undefined ? 'incident' : 'incident_version';
    const raw: RawRow[] = await this.db.query(
      `SELECT incident_id, status, merged_into, version,
              snapshot->>'firstReportedAt' AS first_reported, snapshot->>'lastUpdatedAt' AS last_updated,
              (snapshot->'view') - 'text' AS view, ${instantText(`t.${sort.column}`)} AS sort_key
       FROM ${schema}.${table} t
       ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY t.${sort.column} ${sort.direction}, t.incident_id ${sort.direction}
       LIMIT ${p.add(query.limit + 1)}`,
      p.values,
    );
    const rows = raw.slice(0, query.limit).map(toRow);
    return { rows, next: raw.length > query.limit ? rows[rows.length - 1].position : null };
  }
}

function toRow(raw: RawRow): TimelineRow {
  return {
    incidentId: raw.incident_id,
    status: raw.status,
    mergedInto: raw.merged_into,
    version: raw.version,
    firstReportedAt: raw.first_reported,
    lastUpdatedAt: raw.last_updated,
    view: raw.view,
    position: { key: raw.sort_key, id: raw.incident_id },
  };
}
