import type { DataSource } from 'typeorm';
import { LiveSchema } from '../live-schema';

/** Active incidents in one governorate (the `admin1` column: canonical name, else as reported). */
export interface Admin1Count {
  admin1: string;
  incidents: number;
  fatalities: number;
  /** Occurred day (YYYY-MM-DD) of the latest incident. */
  lastIncidentDay: string;
}

/** Counts per governorate over the current, active incidents. */
export class Admin1CountsStore {
  private readonly live: LiveSchema;

  constructor(private readonly db: DataSource) {
    this.live = new LiveSchema(db);
  }

  counts(): Promise<Admin1Count[]> {
    return this.live.run((s) =>
      this.db.query(
        `SELECT admin1, count(*)::int AS incidents, coalesce(sum(fatalities_best), 0)::int AS fatalities,
                to_char(max(occurred_start) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "lastIncidentDay"
         FROM ${s}.incident WHERE status = 'active' AND admin1 IS NOT NULL GROUP BY admin1 ORDER BY admin1`,
      ),
    );
  }
}
