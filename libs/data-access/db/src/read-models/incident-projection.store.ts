import type { ReportRecorded } from '@sitrep/contracts';
import { lookupsFor, probeCandidateTokens, type Incident, type IncidentChange } from '@sitrep/domain-incidents';
import type { DataSource, EntityManager } from 'typeorm';
import { alertInputRows } from '../alerts/alert-input-rows';
import { alertInputFloor, writeAlertInput } from '../alerts/alert-input.writer';
import { assertReadModelSchema } from './read-model-ddl';
import { netChanges, projectRecords } from './project-records';
import { isParsed, type AppliedBatch, type ApplyBatchOptions, type PoisonedRecord, type ProjectionBatch, type ReadModelRole } from './projection-batch';
import { ProjectionFencedError, ReadModelSwitchedError } from './projection-errors';
import { activityRows, interactionRows, reportIndexChanges, toCurrentIncidentRow, versionRows } from './read-model-rows';
import { ReadModelWriter } from './read-model-writer';

/**
 * Projects batches of the log of record into one read-model schema, exactly once: each batch is one
 * PostgreSQL transaction that reads the partition's stored position under a row lock, skips what is
 * at or below it, applies the rest with the pure domain, writes the final state with multi-row
 * statements and moves the position compare-and-set. A fixed number of round trips per batch.
 * The live projection also hands every change to the alert engine (`alert_input`) in that
 * transaction; a rebuild only what the live projection has not reached (see alertInputFloor).
 */
export class IncidentProjectionStore {
  constructor(private readonly db: DataSource) {}

  applyBatch(schema: string, batch: ProjectionBatch, options: ApplyBatchOptions = {}): Promise<AppliedBatch> {
    const s = assertReadModelSchema(schema);
    return this.db.transaction(async (m) => {
      if (options.role !== undefined) await assertRole(m, s, options.role);
      const stored = await lockPosition(m, s, batch.topic, batch.partition);
      if (options.expectedNextOffset !== undefined && options.expectedNextOffset !== stored) {
        throw new ProjectionFencedError(s, batch.topic, batch.partition, options.expectedNextOffset, stored);
      }
      const fresh = batch.records.filter((r) => BigInt(r.offset) >= BigInt(stored));
      const claims = fresh.filter(isParsed);
      const projected = projectRecords(await loadIncidents(m, s, claims), claims, batch.partition);
      const refused = fresh.flatMap((r): PoisonedRecord[] => ('poison' in r ? [{ offset: r.offset, reason: r.reason }] : []));
      const poisoned = [...refused, ...projected.poisoned].sort((a, b) => (BigInt(a.offset) < BigInt(b.offset) ? -1 : 1));
      if (poisoned.length > 0) await options.onPoison?.(poisoned);
      const changes = netChanges(projected.steps);
      await writeChanges(new ReadModelWriter(m, s), projected.steps, changes);
      // Same transaction: the alert engine sees a change exactly when the read model holds it.
      const floor = projected.steps.length === 0 ? null : await alertInputFloor(m, options.role, options.replay ?? false, batch.topic, batch.partition);
      if (floor !== null) await writeAlertInput(m, alertInputRows(batch.topic, batch.partition, projected.steps, floor));
      const last = fresh.at(-1);
      const nextOffset = last === undefined ? stored : (BigInt(last.offset) + 1n).toString();
      if (nextOffset !== stored) await movePosition(m, s, batch, stored, nextOffset);
      return {
        topic: batch.topic,
        partition: batch.partition,
        previousNextOffset: stored,
        nextOffset,
        applied: projected.applied,
        skipped: batch.records.length - fresh.length,
        poisoned,
        changes,
        replay: options.replay ?? false,
      };
    });
  }

  /** The next offset to read per partition ('0' where nothing was stored yet): for the consumer's assignment. */
  async storedPositions(schema: string, topic: string, partitions: number[]): Promise<Map<number, string>> {
    const s = assertReadModelSchema(schema);
    const rows: Array<{ partition: number; next_offset: string }> = await this.db.query(
      `SELECT partition, next_offset::text AS next_offset FROM ${s}.projection_position WHERE topic = $1 AND partition = ANY($2::int[])`,
      [topic, partitions],
    );
    const stored = new Map(rows.map((r) => [r.partition, r.next_offset]));
    return new Map(partitions.map((p) => [p, stored.get(p) ?? '0']));
  }
}

async function assertRole(m: EntityManager, s: string, role: ReadModelRole): Promise<void> {
  const [row]: Array<{ live_schema: string; building_schema: string | null }> = await m.query(
    `SELECT live_schema, building_schema FROM sitrep_read_model WHERE name = 'main'`,
  );
  const current = role === 'live' ? row?.live_schema : row?.building_schema;
  if (current !== s) throw new ReadModelSwitchedError(s, role);
}

/** Creates the position at 0 when missing, then locks it: batches of one partition run one at a time. */
async function lockPosition(m: EntityManager, s: string, topic: string, partition: number): Promise<string> {
  await m.query(`INSERT INTO ${s}.projection_position (topic, partition, next_offset) VALUES ($1, $2, 0) ON CONFLICT DO NOTHING`, [topic, partition]);
  const [row]: Array<{ next_offset: string }> = await m.query(
    `SELECT next_offset::text AS next_offset FROM ${s}.projection_position WHERE topic = $1 AND partition = $2 FOR UPDATE`,
    [topic, partition],
  );
  return row.next_offset;
}

/**
 * Every incident the batch may touch: active merge candidates of its claims and holders of the
 * reports it names. Locked, because a correction can move an incident under another partition's
 * merge key, and two partitions must then not overwrite each other's version. One statement locks
 * them all in incident_id order, so batches of different partitions (handled concurrently) always
 * lock shared incidents in the same order and cannot deadlock on them. (Two separately ordered
 * queries could: candidates {b} then holders {a} in one, candidates {a} then holders {b} in the
 * other.) The ids are gathered first (an InitPlan); a row that stopped matching while its lock was
 * awaited is still returned, which is harmless: the working set indexes incidents by their current
 * snapshot.
 */
async function loadIncidents(m: EntityManager, s: string, claims: Array<{ record: ReportRecorded }>): Promise<Incident[]> {
  const lookups = claims.map((c) => lookupsFor(c.record));
  const reportIds = [...new Set(lookups.flatMap((l) => l.reportIds))];
  if (reportIds.length === 0) return [];
  const rows: Array<{ snapshot: Incident }> = await m.query(
    `SELECT snapshot FROM ${s}.incident WHERE incident_id = ANY(ARRAY(
       SELECT i.incident_id FROM jsonb_to_recordset($1::jsonb) AS p(merge_key text, actors text[], places text[])
         JOIN ${s}.incident i ON i.merge_key = p.merge_key AND i.status = 'active'
         WHERE i.match_actors IS NULL OR (i.match_actors && p.actors AND i.match_places && p.places)
       UNION
       SELECT incident_id FROM ${s}.incident_report WHERE report_id = ANY($2::text[])))
     ORDER BY incident_id FOR UPDATE`,
    [JSON.stringify(probesByMergeKey(claims.map((c, i) => ({ record: c.record, mergeKey: lookups[i].mergeKey })))), reportIds],
  );
  return rows.map((row) => row.snapshot);
}

/**
 * One probe per merge key of the batch: the tokens of its claims under that key, together. An
 * incident that overlaps none of them can join none of those claims (see candidate-tokens.ts), so
 * it is neither loaded nor locked. (One union for the whole batch would overlap nearly everything.)
 */
function probesByMergeKey(claims: Array<{ record: ReportRecorded; mergeKey: string | null }>): Array<{ merge_key: string; actors: string[]; places: string[] }> {
  const byKey = new Map<string, { actors: Set<string>; places: Set<string> }>();
  for (const { record, mergeKey } of claims) {
    if (mergeKey === null || record.assertion === undefined) continue;
    const probe = probeCandidateTokens(record.assertion);
    const entry = byKey.get(mergeKey) ?? { actors: new Set<string>(), places: new Set<string>() };
    byKey.set(mergeKey, entry);
    for (const token of probe.actors) entry.actors.add(token);
    for (const token of probe.places) entry.places.add(token);
  }
  return [...byKey].map(([key, entry]) => ({ merge_key: key, actors: [...entry.actors], places: [...entry.places] }));
}

async function writeChanges(writer: ReadModelWriter, steps: IncidentChange[], net: IncidentChange[]): Promise<void> {
  if (steps.length === 0) return;
  const versions = versionRows(steps);
  const index = reportIndexChanges(net);
  await writer.upsertIncidents(net.map((change) => toCurrentIncidentRow(change.after)));
  await writer.closeVersions(versions.closed);
  await writer.insertVersions(versions.rows);
  await writer.indexReports(index.added, index.removed);
  await writer.addActivity(activityRows(net));
  await writer.addInteractions(interactionRows(net));
}

/** Compare-and-set: zero rows moved means someone else moved the position; the batch rolls back. */
async function movePosition(m: EntityManager, s: string, batch: ProjectionBatch, expected: string, next: string): Promise<void> {
  const [moved]: Array<{ n: number }> = await m.query(
    `WITH moved AS (UPDATE ${s}.projection_position SET next_offset = $4, updated_at = now()
                    WHERE topic = $1 AND partition = $2 AND next_offset = $3 RETURNING 1)
     SELECT count(*)::int AS n FROM moved`,
    [batch.topic, batch.partition, expected, next],
  );
  if (moved.n !== 1) throw new ProjectionFencedError(s, batch.topic, batch.partition, expected, 'moved by another transaction');
}
