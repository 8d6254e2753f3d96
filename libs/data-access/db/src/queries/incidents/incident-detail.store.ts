import type { Incident } from '@sitrep/domain-incidents';
import type { DataSource } from 'typeorm';
import { LiveSchema } from '../live-schema';
import { isoText } from '../sql-params';

/** One stored version of an incident: valid from `validFrom` until `validTo` (null: still current). */
export interface IncidentVersionRecord {
  version: number;
  validFrom: string;
  validTo: string | null;
  snapshot: Incident;
}

/** An incident merged into another as a duplicate, as it stood when it was merged. */
export interface MergedDuplicate {
  incidentId: string;
  version: number;
  mergedAt: string;
  placeName: string | null;
  occurredStart: string;
}

export interface IncidentDetailRecord {
  /** The incident as it stands now, or as it stood at `asOf`. */
  incident: Incident;
  /** Every version up to the one shown, oldest first. */
  versions: IncidentVersionRecord[];
  mergedDuplicates: MergedDuplicate[];
}

/**
 * One incident with its history, read from one live schema. With `asOf` (an instant) everything
 * is answered from the versions valid then: later versions and later merges are left out.
 */
export class IncidentDetailStore {
  private readonly live: LiveSchema;

  constructor(private readonly db: DataSource) {
    this.live = new LiveSchema(db);
  }

  find(incidentId: string, asOf?: string): Promise<IncidentDetailRecord | null> {
    return this.live.run(async (schema) => {
      const versions = await this.versions(schema, incidentId, asOf);
      const incident = asOf === undefined ? await this.current(schema, incidentId) : versions.at(-1)?.snapshot;
      if (incident === undefined) return null;
      return { incident, versions, mergedDuplicates: await this.duplicates(schema, incidentId, asOf) };
    });
  }

  private async current(schema: string, incidentId: string): Promise<Incident | undefined> {
    const rows: { snapshot: Incident }[] = await this.db.query(`SELECT snapshot FROM ${schema}.incident WHERE incident_id = $1`, [incidentId]);
    return rows[0]?.snapshot;
  }

  private async versions(schema: string, incidentId: string, asOf?: string): Promise<IncidentVersionRecord[]> {
    const rows: { version: number; valid_from: string; valid_to: string | null; snapshot: Incident }[] = await this.db.query(
      // At asOf a later version's start is in the future: as far as we knew then, this one was current.
      `SELECT version, ${isoText('valid_from')} AS valid_from, snapshot,
              ${isoText(`CASE WHEN valid_to > $2::timestamptz THEN NULL ELSE valid_to END`)} AS valid_to
       FROM ${schema}.incident_version
       WHERE incident_id = $1 AND ($2::timestamptz IS NULL OR valid_from <= $2::timestamptz)
       ORDER BY version`,
      [incidentId, asOf ?? null],
    );
    return rows.map((row) => ({ version: row.version, validFrom: row.valid_from, validTo: row.valid_to, snapshot: row.snapshot }));
  }

  private async duplicates(schema: string, incidentId: string, asOf?: string): Promise<MergedDuplicate[]> {
    const table = asOf === undefined ? 'incident' : 'incident_version';
    const valid = asOf === undefined ? '' : `AND valid_from <= $2::timestamptz AND $2::timestamptz < coalesce(valid_to, 'infinity')`;
    const rows: { incident_id: string; version: number; merged_at: string; place_name: string | null; occurred_start: string }[] = await this.db.query(
      `SELECT incident_id, version, snapshot->>'lastUpdatedAt' AS merged_at, place_name, snapshot->'view'->'occurred'->>'start' AS occurred_start
       FROM ${schema}.${table} WHERE merged_into = $1 AND status = 'merged' ${valid} ORDER BY incident_id`,
      asOf === undefined ? [incidentId] : [incidentId, asOf],
    );
    return rows.map((row) => ({
      incidentId: row.incident_id,
      version: row.version,
      mergedAt: row.merged_at,
      placeName: row.place_name,
      occurredStart: row.occurred_start,
    }));
  }
}
