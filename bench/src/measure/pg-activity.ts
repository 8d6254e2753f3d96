import type { Client } from 'pg';

export interface PgActivity {
  samples: number;
  /** Connection-samples per state: `active` = PostgreSQL working, `idle in transaction` = waiting for the client. */
  states: Record<string, number>;
  /** While active: what PostgreSQL waited on (none = on CPU). */
  waits: Record<string, number>;
  /** While active: the statements seen most, by their first 90 characters. */
  topActive: Array<[string, number]>;
}

/**
 * A poor man's profile of the database side: samples pg_stat_activity for one application's
 * connections every `everyMs` and counts states, waits and statements (pg_stat_statements is not
 * loaded on the shared server). Stop it to get the counts.
 */
export function samplePgActivity(client: Client, applicationPrefix: string, everyMs = 100): { stop(): Promise<PgActivity> } {
  const result: PgActivity = { samples: 0, states: {}, waits: {}, topActive: [] };
  const statements = new Map<string, number>();
  let busy: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    busy = busy.then(async () => {
      const { rows } = await client.query(
        `SELECT state, coalesce(wait_event_type || ':' || wait_event, 'CPU') AS wait, left(regexp_replace(query, '\\s+', ' ', 'g'), 90) AS q
         FROM pg_stat_activity WHERE application_name LIKE $1 AND pid <> pg_backend_pid()`,
        [`${applicationPrefix}%`],
      );
      result.samples++;
      for (const r of rows as Array<{ state: string | null; wait: string; q: string }>) {
        const state = r.state ?? 'unknown';
        result.states[state] = (result.states[state] ?? 0) + 1;
        if (state === 'active') {
          result.waits[r.wait] = (result.waits[r.wait] ?? 0) + 1;
          statements.set(r.q, (statements.get(r.q) ?? 0) + 1);
        }
      }
    }).catch(() => undefined);
  }, everyMs);
  return {
    async stop() {
      clearInterval(timer);
      await busy;
      result.topActive = [...statements].sort((a, b) => b[1] - a[1]).slice(0, 12);
      return result;
    },
  };
}
