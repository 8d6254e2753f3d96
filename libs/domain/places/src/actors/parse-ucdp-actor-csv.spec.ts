import { describe, expect, it } from '@jest/globals';
import { parseUcdpActorCsv } from './parse-ucdp-actor-csv';

/** The v22.1 column names (schema only); every row below is invented for the test. */
const COLUMNS = [
  'ActorId', 'NameData', 'NameOrig', 'NameOrigFull', 'NameOrigFullEng', 'NameChange', 'NewName',
  'NewNameFullMotherTongue', 'NewNameFullEng', 'Org', 'ConflictId', 'DyadId', 'PrimaryParty', 'OSID',
  'OSCoalition', 'OSCoalitionID', 'NSID', 'NSCoalition', 'NSCoalitionID', 'Splinter', 'NamePrev',
  'ActorIdPrev', 'SplitTemp', 'NameSplitTemp', 'ActorIdSplitTemp', 'Alliance', 'NameAlliance',
  'ActorIdAlliance', 'JoinGroup', 'GroupName', 'ActorIdGroup', 'Location', 'GWNOLoc', 'Region', 'Version',
];

const quote = (cell: string): string => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const row = (cells: Record<string, string>): string => COLUMNS.map((column) => quote(cells[column] ?? '')).join(',');
const csv = (...rows: string[]): string => `\ufeff${COLUMNS.join(',')}\n${rows.join('\n')}\n`;

const front = { ActorId: '9001', NameData: 'EF', NameOrig: 'EF', NameOrigFull: 'n/a', NameOrigFullEng: 'Example Front', Org: '1' };

describe('parseUcdpActorCsv', () => {
  it('reads one actor per row with a ucdp: id, its names as aliases and its kind', () => {
    const { actors, rejected } = parseUcdpActorCsv(csv(row(front), row({ ActorId: '9002', NameData: 'Government of Exampleland', Org: '4' })));
    expect(rejected).toEqual([]);
    expect(actors).toEqual([
      { id: 'ucdp:9001', ucdpId: '9001', name: 'EF', aliases: ['Example Front'], kind: 'non_state' },
      { id: 'ucdp:9002', ucdpId: '9002', name: 'Government of Exampleland', aliases: [], kind: 'state' },
    ]);
  });

  it('splits the comma-separated names of a renamed actor into aliases', () => {
    const renamed = {
      ...front,
      NameChange: '1',
      NewName: 'NEF, EF2',
      NewNameFullEng: 'New Example Front, Example Front Two',
      NewNameFullMotherTongue: 'Jabhat al-Mithal',
    };
    const [actor] = parseUcdpActorCsv(csv(row(renamed))).actors;
    expect(actor.aliases).toEqual(['Example Front', 'NEF', 'EF2', 'Jabhat al-Mithal', 'New Example Front', 'Example Front Two']);
  });

  it('takes the parent from the joined group, else from the alliance', () => {
    const joined = { ...front, JoinGroup: '1', GroupName: 'G', ActorIdGroup: '9100', Alliance: '1', ActorIdAlliance: '9200' };
    const allied = { ...front, ActorId: '9003', Alliance: '1', NameAlliance: 'A', ActorIdAlliance: '9200' };
    const { actors } = parseUcdpActorCsv(csv(row(joined), row(allied)));
    expect(actors.map((actor) => actor.parentId)).toEqual(['ucdp:9100', 'ucdp:9200']);
  });

  it('sets no parent, and warns, when the group column lists several actors', () => {
    const { actors, warnings } = parseUcdpActorCsv(csv(row({ ...front, JoinGroup: '1', ActorIdGroup: '9100, 9101' })));
    expect(actors[0].parentId).toBeUndefined();
    expect(warnings).toEqual([{ line: 2, actorId: 'ucdp:9001', warning: expect.stringContaining('9100, 9101') }]);
  });

  it('rejects bad rows with their line and keeps the rest', () => {
    const text = csv(
      row(front),
      row({ ...front, NameData: 'Dup' }),
      row({ ActorId: 'x12', NameData: 'No Id' }),
      row({ ActorId: '9004', NameData: ' ', NameOrig: 'n/a' }),
      '9005,Short Row',
      row({ ActorId: '9006', NameData: 'Kept', NameOrigFullEng: 'Spans\ntwo lines' }),
    );
    const { actors, rejected } = parseUcdpActorCsv(text);
    expect(rejected.map(({ line, reason }) => [line, reason])).toEqual([
      [3, 'DUPLICATE_ACTOR_ID'], [4, 'INVALID_ACTOR_ID'], [5, 'NO_NAME'], [6, 'WRONG_COLUMN_COUNT'],
    ]);
    expect(actors.map((actor) => actor.id)).toEqual(['ucdp:9001', 'ucdp:9006']);
  });

  it('returns an unreadable file as one rejection, without throwing', () => {
    const { actors, rejected } = parseUcdpActorCsv(`${COLUMNS.join(',')}\n9001,"unclosed\n`);
    expect(actors).toEqual([]);
    expect(rejected).toEqual([{ line: 2, reason: 'MALFORMED_CSV', detail: expect.stringContaining('CSV_QUOTE_NOT_CLOSED') }]);
  });

  it('rejects a file without the ActorId and NameData columns', () => {
    expect(parseUcdpActorCsv('Id,Name\n1,X\n').rejected).toEqual([{ line: 1, reason: 'MISSING_COLUMNS', detail: 'ActorId, NameData' }]);
  });

  it('returns nothing for empty text', () => {
    expect(parseUcdpActorCsv('')).toEqual({ actors: [], rejected: [], warnings: [] });
  });
});

describe('parseUcdpActorCsv parents', () => {
  it('keeps a parent the file does not define, with a warning', () => {
    const member = { ...front, ActorId: '9010', Alliance: '1', ActorIdAlliance: '9001' };
    const orphan = { ...front, ActorId: '9011', NameData: 'Orphan', Alliance: '1', ActorIdAlliance: '9999' };
    const { actors, warnings } = parseUcdpActorCsv(csv(row(front), row(member), row(orphan)));
    expect(actors.map((actor) => actor.parentId)).toEqual([undefined, 'ucdp:9001', 'ucdp:9999']);
    expect(warnings).toEqual([{ line: 4, actorId: 'ucdp:9011', warning: 'parent ucdp:9999 is not in the file' }]);
  });
});
