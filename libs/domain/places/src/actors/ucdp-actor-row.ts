import type { Actor, ActorKind } from './actor';
import { actorNameKey } from './actor-name-key';

/** One UCDP Actor Dataset row, column name → cell text ('' when the column is absent). */
export type UcdpActorRow = (column: string) => string;

/** Name columns; the NewName* ones hold comma-separated lists after a name change (IS: "TQJBR, ISI, ISIS, IS"). */
const SINGLE_NAME_COLUMNS = ['NameData', 'NameOrig', 'NameOrigFull', 'NameOrigFullEng'] as const;
const NAME_LIST_COLUMNS = ['NewName', 'NewNameFullMotherTongue', 'NewNameFullEng'] as const;

/**
 * UCDP `Org`: 4 a government; 1 a formally organised group (rebels), 2 informal supporters of a
 * party ("Supporters of …"), 3 an informal identity group (ethnic group, clan).
 */
const KIND_BY_ORG: ReadonlyMap<string, ActorKind> = new Map([
  ['1', 'non_state'],
  ['2', 'non_state'],
  ['3', 'non_state'],
  ['4', 'state'],
]);

export type UcdpRowOutcome =
  | { ok: true; actor: Actor; warnings: string[] }
  | { ok: false; reason: 'INVALID_ACTOR_ID' | 'NO_NAME'; detail: string };

function cleanName(cell: string): string | null {
  const name = cell.trim().replace(/\s+/gu, ' ');
  return name === '' || name.toLowerCase() === 'n/a' ? null : name;
}

function namesOf(row: UcdpActorRow): string[] {
  const single = SINGLE_NAME_COLUMNS.map(row);
  const listed = NAME_LIST_COLUMNS.flatMap((column) => row(column).split(','));
  return [...single, ...listed].map(cleanName).filter((name): name is string => name !== null);
}

/** Names after the first, one spelling per name key, the first name's key excluded. */
function aliasesOf(name: string, names: string[]): string[] {
  const byKey = new Map<string, string>();
  for (const candidate of names) {
    const key = actorNameKey(candidate);
    if (key !== '' && key !== actorNameKey(name) && !byKey.has(key)) byKey.set(key, candidate);
  }
  return [...byKey.values()];
}

function idList(cell: string): string[] {
  return cell.split(',').map((id) => id.trim()).filter((id) => id !== '');
}

/**
 * The group an actor belongs to: the group it joined (`JoinGroup`/`ActorIdGroup`), else the
 * alliance it fights in (`Alliance`/`ActorIdAlliance`; this is how PYD sits under SDF in 22.1).
 * A list of several ids has no single parent: UCDP uses it both for "joined two groups" (PFLP) and,
 * reversed, for a front listing its members (Islamic Front), so we warn and set none.
 */
function parentOf(row: UcdpActorRow): { parentId?: string; warnings: string[] } {
  const candidates: Array<[flag: string, ids: string, label: string]> = [
    ['JoinGroup', 'ActorIdGroup', 'group'],
    ['Alliance', 'ActorIdAlliance', 'alliance'],
  ];
  for (const [flag, idsColumn, label] of candidates) {
    if (row(flag).trim() !== '1') continue;
    const ids = idList(row(idsColumn));
    if (ids.length === 1 && /^\d+$/u.test(ids[0])) return { parentId: `ucdp:${ids[0]}`, warnings: [] };
    return { warnings: [`${label} "${row(idsColumn)}" is not one actor id: no parent set`] };
  }
  return { warnings: [] };
}

/** One row as an Actor with id `ucdp:<ActorId>`; a row without a numeric id or any name is rejected. */
export function actorFromUcdpRow(row: UcdpActorRow): UcdpRowOutcome {
  const actorId = row('ActorId').trim();
  if (!/^\d+$/u.test(actorId)) return { ok: false, reason: 'INVALID_ACTOR_ID', detail: `ActorId "${actorId}"` };
  const names = namesOf(row);
  if (names.length === 0) return { ok: false, reason: 'NO_NAME', detail: `actor ${actorId} has no name` };
  const { parentId, warnings } = parentOf(row);
  const kind = KIND_BY_ORG.get(row('Org').trim());
  const actor: Actor = { id: `ucdp:${actorId}`, name: names[0], aliases: aliasesOf(names[0], names), ucdpId: actorId };
  if (kind) actor.kind = kind;
  if (parentId) actor.parentId = parentId;
  return { ok: true, actor, warnings };
}
