import { describe, expect, it } from '@jest/globals';
import { actorNameKey } from './actor-name-key';

describe('actorNameKey', () => {
  it('ignores case, accents, dots, apostrophes and hyphens', () => {
    expect(actorNameKey('U.S.-led Coalition')).toBe(actorNameKey('US-led coalition'));
    expect(actorNameKey("Da'esh")).toBe(actorNameKey('Daesh'));
    expect(actorNameKey('Partiya Yekîtiya Demokrat')).toBe(actorNameKey('partiya yekitiya demokrat'));
  });

  it('drops a leading "the" but not a lone one', () => {
    expect(actorNameKey('The Islamic State')).toBe(actorNameKey('Islamic State'));
    expect(actorNameKey('the')).toBe('the');
  });

  it('drops an ACLED period label', () => {
    expect(actorNameKey('Military Forces of Turkey (2016-)')).toBe(actorNameKey('Military Forces of Turkey'));
    expect(actorNameKey('Military Forces of Syria (2000-2024)')).toBe(actorNameKey('Military Forces of Syria'));
  });

  it('keeps words that tell actors apart', () => {
    expect(actorNameKey('Syrian Democratic Forces')).not.toBe(actorNameKey('Syrian Democratic'));
    expect(actorNameKey('Government of Russia (Soviet Union)')).not.toBe(actorNameKey('Government of Russia'));
    expect(actorNameKey('al-Nusra Front')).not.toBe(actorNameKey('Nusra Front'));
  });

  it('folds Arabic marks but keeps the Arabic text', () => {
    expect(actorNameKey('دَاعِش')).toBe(actorNameKey('داعش'));
    expect(actorNameKey('داعش')).toBe('داعش');
  });
});
