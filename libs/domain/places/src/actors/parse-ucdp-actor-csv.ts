import { CsvError, parse } from 'csv-parse/sync';
import type { Actor } from './actor';
import { actorFromUcdpRow } from './ucdp-actor-row';

export type UcdpRejectReason =
  | 'MALFORMED_CSV'
  | 'MISSING_COLUMNS'
  | 'WRONG_COLUMN_COUNT'
  | 'INVALID_ACTOR_ID'
  | 'DUPLICATE_ACTOR_ID'
  | 'NO_NAME';

/** `line`: the line of the file where the record ends (1 = header; quoted fields may span lines). */
export interface UcdpRejectedRow {
  line: number;
  reason: UcdpRejectReason;
  detail: string;
}

/** A row that was kept but not fully understood (e.g. no single parent could be read). */
export interface UcdpRowWarning {
  line: number;
  actorId: string;
  warning: string;
}

export interface UcdpActorImport {
  actors: Actor[];
  rejected: UcdpRejectedRow[];
  warnings: UcdpRowWarning[];
}

const REQUIRED_COLUMNS = ['ActorId', 'NameData'] as const;

type CsvRecord = { record: string[]; info: { lines: number } };

function readRecords(text: string): CsvRecord[] | UcdpRejectedRow {
  try {
    const options = { bom: true, skip_empty_lines: true, relax_column_count: true, info: true } as const;
    return parse(text, options) as unknown as CsvRecord[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = typeof error.lines === 'number' ? error.lines : 0;
    return { line, reason: 'MALFORMED_CSV', detail: `${error.code}: ${error.message}` };
  }
}

function rowReader(header: string[], cells: string[]): (column: string) => string {
  return (column) => {
    const index = header.indexOf(column);
    return index === -1 ? '' : (cells[index] ?? '');
  };
}

/** Rows after the header, each as an actor, a rejection or an actor with warnings. */
function readRows(header: string[], rows: CsvRecord[]): UcdpActorImport & { lineOf: Map<string, number> } {
  const result: UcdpActorImport & { lineOf: Map<string, number> } = { actors: [], rejected: [], warnings: [], lineOf: new Map() };
  for (const { record, info } of rows) {
    const line = info.lines;
    if (record.length !== header.length) {
      const detail = `${record.length} cells, header has ${header.length}`;
      result.rejected.push({ line, reason: 'WRONG_COLUMN_COUNT', detail });
      continue;
    }
    const outcome = actorFromUcdpRow(rowReader(header, record));
    if (!outcome.ok) {
      result.rejected.push({ line, reason: outcome.reason, detail: outcome.detail });
    } else if (result.lineOf.has(outcome.actor.id)) {
      const detail = `${outcome.actor.id} appeared on line ${result.lineOf.get(outcome.actor.id)}`;
      result.rejected.push({ line, reason: 'DUPLICATE_ACTOR_ID', detail });
    } else {
      result.lineOf.set(outcome.actor.id, line);
      result.actors.push(outcome.actor);
      result.warnings.push(...outcome.warnings.map((warning) => ({ line, actorId: outcome.actor.id, warning })));
    }
  }
  return result;
}

/** A parent id the file does not define still names a UCDP actor, so it is kept, with a warning. */
function parentsOutsideFile(actors: Actor[], lineOf: Map<string, number>): UcdpRowWarning[] {
  return actors
    .filter((actor) => actor.parentId !== undefined && !lineOf.has(actor.parentId))
    .map((actor) => ({
      line: lineOf.get(actor.id) ?? 0,
      actorId: actor.id,
      warning: `parent ${actor.parentId} is not in the file`,
    }));
}

/**
 * Actors from the text of a UCDP Actor Dataset CSV (v22.1 columns: ActorId, NameData, NameOrig, …,
 * JoinGroup, ActorIdGroup, Alliance, ActorIdAlliance, Org). Ids are `ucdp:<ActorId>`; aliases come
 * from every name column; parents from the group or alliance columns. Bad rows are reported, not
 * thrown; an unreadable file is one MALFORMED_CSV rejection and no actors.
 */
export function parseUcdpActorCsv(text: string): UcdpActorImport {
  const records = readRecords(text);
  if (!Array.isArray(records)) return { actors: [], rejected: [records], warnings: [] };
  if (records.length === 0) return { actors: [], rejected: [], warnings: [] };
  const header = records[0].record.map((column) => column.trim());
  const missing = REQUIRED_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    const rejected: UcdpRejectedRow = { line: records[0].info.lines, reason: 'MISSING_COLUMNS', detail: missing.join(', ') };
    return { actors: [], rejected: [rejected], warnings: [] };
  }
  const { actors, rejected, warnings, lineOf } = readRows(header, records.slice(1));
  return { actors, rejected, warnings: [...warnings, ...parentsOutsideFile(actors, lineOf)] };
}
