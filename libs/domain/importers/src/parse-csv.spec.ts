import { describe, expect, it } from '@jest/globals';
import { parseCsv } from './parse-csv';

describe('parseCsv', () => {
  it('reads a header row, quoted cells, Arabic text and a byte-order mark', () => {
    const text = '\uFEFFlocation,notes\r\n"Hasakah, al-Sina\'a prison","سجن الصناعة ""Ghuwayran"""\r\n\r\nAin Issa,\r\n';
    expect(parseCsv(text)).toEqual([
      { location: "Hasakah, al-Sina'a prison", notes: 'سجن الصناعة "Ghuwayran"' },
      { location: 'Ain Issa', notes: '' },
    ]);
  });

  it('throws on CSV that cannot be read, naming the line', () => {
    expect(() => parseCsv('a,b\n1,2,3\n')).toThrow(/line 2/);
  });
});
