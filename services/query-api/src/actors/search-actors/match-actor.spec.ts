import { describe, expect, it } from '@jest/globals';
import { seedRegistry } from '@sitrep/domain-places';
import { matchRank } from './match-actor';

const isis = seedRegistry().actors.get('ucdp:234')!;

describe('matchRank', () => {
  it.each([
    ['daesh', 0],
    ["DA'ESH", 0],
    ['داعش', 0],
    ['ucdp:234', 0],
    ['Islamic', 1],
    ['State of Iraq', 2],
    ['Taliban', null],
    ['—', null],
  ])('%j → %s', (query, rank) => {
    expect(matchRank(isis, query)).toBe(rank);
  });
});
