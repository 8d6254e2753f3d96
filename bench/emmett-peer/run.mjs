// The benchmark peer: the same generated reports appended to Emmett's PostgreSQL event store
// (@event-driven-io/emmett-postgresql 0.42.0) and projected into an actor-activity table shaped like
// Sitrep's rm_N.actor_activity_daily. Run by bench/src/benches/projection.ts in the same run as
// Sitrep's figures; prints one JSON line.
//
//   node bench/emmett-peer/run.mjs --db <postgres url> --events <ndjson of submissions>
//        --mode inline|async [--stream logkey|governorate] [--writers 8] [--per-append 10]
//        [--batch 1000] [--pause-ms 0]
//
// inline: appendToStream with the projection inline (in the append's transaction), `writers`
//         concurrent writers, each owning a disjoint set of streams (concurrent appends to one
//         stream throw ExpectedVersionConflictError in 0.42.0 even without an expected version).
// async:  the same appends without projection, then postgreSQLEventStoreConsumer + projector
//         catching up (batch `batch`, pause `pause-ms`). 0.42.0 pages by global_position but
//         orders by transaction_id, so it skips events of concurrent writers (fixed upstream in
//         PR #336): the projected count is checked and reported.
import { projections } from '@event-driven-io/emmett';
import { getPostgreSQLEventStore, postgreSQLEventStoreConsumer, postgreSQLRawBatchSQLProjection } from '@event-driven-io/emmett-postgresql';
import { sql } from '@event-driven-io/dumbo';
import { readFileSync } from 'node:fs';
import pg from 'pg';

const args = parseArgs(process.argv.slice(2));
const mode = args.mode ?? 'inline';
const streamBy = args.stream ?? 'logkey';
const writers = Number(args.writers ?? 8);
const perAppend = Number(args['per-append'] ?? 10);
const batchSize = Number(args.batch ?? 1000);
const pauseMs = Number(args['pause-ms'] ?? 0);
const timeoutMs = Number(args['timeout-s'] ?? 1800) * 1000;
const connectionString = args.db;
if (!connectionString || !args.events) throw new Error('usage: run.mjs --db <url> --events <file> --mode inline|async');

const TABLE = 'peer_actor_activity_daily';
const COUNTER = 'peer_events_projected';

/** The event Sitrep's processor reads, as an Emmett event: the submission is the payload. */
function toEvent(submission) {
  return { type: 'ReportRecorded', data: submission };
}

/**
 * `logkey`: a stream per Sitrep log key, country + governorate + day (the merge scope), so most
 * appends carry 1–2 events on realistic data. `governorate`: a stream per country + governorate,
 * so appends fill up to `perAppend` events (Emmett's better case: fewer, larger transactions).
 */
function streamOf(submission) {
  const a = submission.assertion;
  if (!a) return `retractions-${hash(submission.supersedes?.[0] ?? submission.nativeId) % 64}`;
  const area = `area-${a.location.country.iso3}|${(a.location.admin1 ?? '-').toLowerCase()}`;
  return streamBy === 'governorate' ? area : `${area}|${a.occurred.start.slice(0, 10)}`;
}

/**
 * Per actor × day × governorate × event type: events and fatalities, as one multi-row upsert per
 * batch (pre-aggregated, as ON CONFLICT cannot touch a row twice in one statement), plus a counter
 * of events projected so losses show. Simpler than Sitrep's: no incidents (merging), no
 * supersede/retract deltas, no interactions, versions or report index.
 */
const actorActivity = postgreSQLRawBatchSQLProjection({
  name: 'peer_actor_activity',
  canHandle: ['ReportRecorded'],
  evolve: (events) => {
    const rows = new Map();
    for (const { data } of events) {
      const a = data.assertion;
      if (!a) continue;
      const day = a.occurred.start.slice(0, 10);
      const admin1 = a.location.admin1 ?? '-';
      const eventType = a.classification.eventType ?? a.classification.category;
      const fatalities = a.fatalities?.best ?? 0;
      for (const p of a.participants) {
        const key = `${fold(p.nameAsReported)}\u0000${day}\u0000${admin1}\u0000${eventType}`;
        const row = rows.get(key) ?? [fold(p.nameAsReported), day, admin1, eventType, 0, 0];
        row[4] += 1;
        row[5] += fatalities;
        rows.set(key, row);
      }
    }
    const statements = [sql(`UPDATE ${COUNTER} SET n = n + %s`, events.length)];
    if (rows.size > 0) {
      statements.unshift(
        sql(
          `INSERT INTO ${TABLE} (actor_key, day, admin1, event_type, events, fatalities) VALUES %L
           ON CONFLICT (actor_key, day, admin1, event_type) DO UPDATE
           SET events = ${TABLE}.events + EXCLUDED.events, fatalities = ${TABLE}.fatalities + EXCLUDED.fatalities`,
          [...rows.values()],
        ),
      );
    }
    return statements;
  },
});

async function main() {
  const submissions = readFileSync(args.events, 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
  await prepareTables();
  const store = getPostgreSQLEventStore(connectionString, mode === 'inline' ? { projections: projections.inline([actorActivity]) } : {});
  await store.schema.migrate();
  const t0 = performance.now();
  const appendStats = await appendAll(store, submissions);
  const appendSeconds = (performance.now() - t0) / 1000;
  let projectSeconds = appendSeconds;
  if (mode === 'async') {
    const t1 = performance.now();
    const consumer = postgreSQLEventStoreConsumer({ connectionString, stopWhen: { noMessagesLeft: true }, pulling: { batchSize, pullingFrequencyInMs: pauseMs } });
    consumer.projector({ projection: actorActivity });
    await withTimeout(consumer.start(), timeoutMs, 'async projector');
    projectSeconds = (performance.now() - t1) / 1000;
    await consumer.close?.();
  }
  const projected = await projectedCount();
  await store.close?.();
  const result = {
    peer: 'emmett-postgresql',
    mode,
    stream: streamBy,
    writers,
    perAppend: mode === 'inline' ? perAppend : undefined,
    batchSize: mode === 'async' ? batchSize : undefined,
    events: submissions.length,
    streams: appendStats.streams,
    appends: appendStats.appends,
    eventsPerAppend: submissions.length / appendStats.appends,
    appendSeconds,
    appendEventsPerSecond: submissions.length / appendSeconds,
    projectSeconds,
    /** inline: appended and projected in the same transactions; async: catch-up only. */
    projectEventsPerSecond: projected / projectSeconds,
    projected,
    lost: submissions.length - projected,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** Writers own disjoint streams (by hash); each appends its streams' events in order, `perAppend` at a time. */
async function appendAll(store, submissions) {
  const queues = Array.from({ length: writers }, () => new Map());
  for (const s of submissions) {
    const stream = streamOf(s);
    const queue = queues[hash(stream) % writers];
    const events = queue.get(stream) ?? [];
    events.push(toEvent(s));
    queue.set(stream, events);
  }
  let appends = 0;
  const deadline = Date.now() + timeoutMs;
  await Promise.all(
    queues.map(async (queue) => {
      for (const [stream, events] of queue) {
        for (let i = 0; i < events.length; i += perAppend) {
          if (Date.now() > deadline) throw new Error('appends took longer than the time limit');
          await store.appendToStream(stream, events.slice(i, i + perAppend));
          appends++;
        }
      }
    }),
  );
  return { streams: queues.reduce((n, q) => n + q.size, 0), appends };
}

async function prepareTables() {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS ${TABLE} (
      actor_key text NOT NULL, day date NOT NULL, admin1 text NOT NULL, event_type text NOT NULL,
      events int NOT NULL, fatalities int NOT NULL,
      PRIMARY KEY (actor_key, day, admin1, event_type))`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${COUNTER} (n bigint NOT NULL)`);
    await client.query(`INSERT INTO ${COUNTER} (n) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM ${COUNTER})`);
  } finally {
    await client.end();
  }
}

async function projectedCount() {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT n::int AS n FROM ${COUNTER}`);
    return rows[0].n;
  } finally {
    await client.end();
  }
}

function fold(name) {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) if (argv[i].startsWith('--')) out[argv[i].slice(2)] = argv[i + 1]?.startsWith('--') ? 'true' : argv[++i];
  return out;
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms)))]).finally(() => clearTimeout(timer));
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`emmett peer: ${error?.stack ?? error}\n`);
    process.exit(1);
  },
);
