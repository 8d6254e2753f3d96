import type { Actor, ActorKind } from '@sitrep/domain-places';
import type { DataSource, EntityManager } from 'typeorm';

/** One analyst change to the actor registry: a new actor (name, kind, parent), or another name for one. */
export type NewActorChange = { kind: 'actor'; actor: Actor } | { kind: 'alias'; actorId: string; alias: string };

/** A change as stored, with its place in the order changes were made (a decimal string: bigint). */
export type StoredActorChange = NewActorChange & { seq: string };

export interface ActorDecision<T> {
  add: NewActorChange[];
  result: T;
}

interface ChangeRow {
  seq: string;
  change: 'actor' | 'alias';
  actor_id: string;
  name: string;
  kind: ActorKind | null;
  parent_id: string | null;
}

/**
 * Analyst-added actors and aliases. Rows are only added, never edited, so the registry is the
 * reference registry with these changes applied in `seq` order, and a process catches up by reading
 * the changes after the last one it applied.
 */
export class ActorStore {
  constructor(private readonly db: DataSource) {}

  /** Every change after `seq` ('0' for all), oldest first. */
  changesSince(seq: string): Promise<StoredActorChange[]> {
    return readChanges(this.db.manager, seq);
  }

  /**
   * Writers queue on a table lock, so every process decides against every change made before its
   * own, and `seq` order is commit order. `decide` gets the changes after `afterSeq` (to catch up
   * with) and returns what to add; the answer carries those changes and the added ones, in order.
   */
  async write<T>(afterSeq: string, decide: (newer: StoredActorChange[]) => ActorDecision<T>): Promise<{ result: T; changes: StoredActorChange[] }> {
    return this.db.transaction(async (m) => {
      await m.query('LOCK TABLE actor, actor_alias IN SHARE ROW EXCLUSIVE MODE');
      const newer = await readChanges(m, afterSeq);
      const decision = decide(newer);
      const added: StoredActorChange[] = [];
      for (const change of decision.add) added.push(await insert(m, change));
      return { result: decision.result, changes: [...newer, ...added] };
    });
  }
}

async function readChanges(m: EntityManager, seq: string): Promise<StoredActorChange[]> {
  const rows: ChangeRow[] = await m.query(
    // node-postgres hands bigint over as a decimal string; the ordering is the database's, numeric.
    `SELECT change_seq AS seq, 'actor' AS change, id AS actor_id, name, kind, parent_id FROM actor WHERE change_seq > $1::bigint
     UNION ALL
     SELECT change_seq, 'alias', actor_id, alias, NULL, NULL FROM actor_alias WHERE change_seq > $1::bigint
     ORDER BY seq`,
    [seq],
  );
  return rows.map(toChange);
}

function toChange(row: ChangeRow): StoredActorChange {
  if (row.change === 'alias') return { seq: row.seq, kind: 'alias', actorId: row.actor_id, alias: row.name };
  const actor: Actor = { id: row.actor_id, name: row.name, aliases: [] };
  if (row.kind !== null) actor.kind = row.kind;
  if (row.parent_id !== null) actor.parentId = row.parent_id;
  return { seq: row.seq, kind: 'actor', actor };
}

async function insert(m: EntityManager, change: NewActorChange): Promise<StoredActorChange> {
  if (change.kind === 'alias') {
    const [row] = await m.query(`INSERT INTO actor_alias (actor_id, alias) VALUES ($1, $2) RETURNING change_seq::text AS seq`, [change.actorId, change.alias]);
    return { ...change, seq: row.seq };
  }
  const { id, name, kind, parentId } = change.actor;
  const [row] = await m.query(`INSERT INTO actor (id, name, kind, parent_id) VALUES ($1, $2, $3, $4) RETURNING change_seq::text AS seq`, [id, name, kind ?? null, parentId ?? null]);
  return { kind: 'actor', actor: { id, name, aliases: [], ...(kind ? { kind } : {}), ...(parentId ? { parentId } : {}) }, seq: row.seq };
}
