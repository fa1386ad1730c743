import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDimensionsReference, parseDimensionsReferences, splitDimensionsReferences } from './parse-dimensions';

// Synthetic cells in the shape FORMATS.md section 7 gives: entries separated by ";[", fields by "|".
const CELL =
  '[Aria, Massimo; Cuccurullo, Corrado]|bibliometrix: An R-tool for comprehensive science mapping analysis|Journal of Informetrics|2017|11|4|959-975|10.1016/J.JOI.2017.08.007|pub.1091458717;' +
  '[van Eck, Nees Jan; Waltman, Ludo]|Software survey: VOSviewer|Scientometrics|2010|84|2|523-538|pub.1033400468|10.1007/s11192-009-0146-3;' +
  '[]|World Health Statistics 2019|World Health Organization|2019|||||;' +
  '[Smith, Jos&#x27;e]|Title with a &quot;quote&quot;|Source &amp; Co|1999||||';

describe('splitDimensionsReferences', () => {
  it('splits on ";[" and keeps each entry\'s author brackets', () => {
    const parts = splitDimensionsReferences(CELL);
    expect(parts).toHaveLength(4);
    expect(parts[1].startsWith('[van Eck, Nees Jan; Waltman, Ludo]|')).toBe(true);
    expect(parts[2].startsWith('[]|World Health')).toBe(true);
  });

  it('returns nothing for empty cells', () => {
    expect(splitDimensionsReferences('')).toEqual([]);
    expect(splitDimensionsReferences(undefined)).toEqual([]);
  });
});

describe('parseDimensionsReference', () => {
  it('reads every field of a full entry', () => {
    const [first] = parseDimensionsReferences(CELL);
    expect(first).toEqual({
      raw: '[Aria, Massimo; Cuccurullo, Corrado]|bibliometrix: An R-tool for comprehensive science mapping analysis|Journal of Informetrics|2017|11|4|959-975|10.1016/J.JOI.2017.08.007|pub.1091458717',
      author: 'Aria, Massimo',
      authorKey: 'ARIA',
      title: 'bibliometrix: An R-tool for comprehensive science mapping analysis',
      source: 'Journal of Informetrics',
      year: 2017,
      volume: '11',
      issue: '4',
      page: '959',
      dois: ['10.1016/j.joi.2017.08.007'],
      sourceId: 'pub.1091458717',
    });
  });

  it('finds the DOI and the pub. id by shape whichever comes first, and keys particles like WoS', () => {
    const ref = parseDimensionsReferences(CELL)[1];
    expect(ref).toMatchObject({ authorKey: 'VANECK', year: 2010, dois: ['10.1007/s11192-009-0146-3'], sourceId: 'pub.1033400468' });
  });

  it('reads entries without authors or numbers, and decodes HTML entities', () => {
    const [, , who, smith] = parseDimensionsReferences(CELL);
    expect(who).toMatchObject({ title: 'World Health Statistics 2019', source: 'World Health Organization', year: 2019, dois: [] });
    expect(who.author).toBeUndefined();
    expect(who.volume).toBeUndefined();
    expect(smith).toMatchObject({ author: "Smith, Jos'e", authorKey: 'SMITH', title: 'Title with a "quote"', source: 'Source & Co', year: 1999 });
  });

  it('finds a year that is not in its usual place', () => {
    expect(parseDimensionsReference('[Doe, A]|Title|Source||2001|5').year).toBe(2001);
  });

  it('never throws, on garbage and on arbitrary strings', () => {
    for (const raw of ['', '[', ']', '|||', '[]|', ';[;[', '[a|b', '|pub.1|10.1/x']) expect(() => parseDimensionsReferences(raw)).not.toThrow();
    const piece = fc.constantFrom('[', ']', '|', ';[', 'Doe, A', '2001', 'pub.123', '10.1000/x', '&amp;', '; ');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(piece).map((p) => p.join(''))), (cell) => {
        for (const ref of parseDimensionsReferences(cell)) expect(Array.isArray(ref.dois)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
