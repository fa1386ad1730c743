import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSpace, splitList, squash } from './text';

/** The definition splitList is written against: split, trim, drop the empty items. */
const byDefinition = (value: string, delimiter: string): string[] => value.split(delimiter).map((part) => part.trim()).filter((item) => item !== '');

describe('splitList', () => {
  it('reads lists as split + trim + drop empty items would, for one- and two-character delimiters', () => {
    const unit = fc.constantFrom('a', 'B', ' ', ';', ';;', '\t', '\u00a0', '\u3000', 'é', ',', '\n');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), fc.constantFrom(';', ';;', ','), (value, delimiter) => {
        expect(splitList(value, delimiter)).toEqual(byDefinition(value, delimiter));
      }),
      { numRuns: 5000 },
    );
    expect(splitList('Deep learning; CNN;; ; breast cancer ', ';')).toEqual(['Deep learning', 'CNN', 'breast cancer']);
    expect(splitList('a;;;b', ';;')).toEqual(['a', ';b']);
    expect(splitList(undefined, ';')).toEqual([]);
    expect(splitList('a1b22c', /\d+/)).toEqual(['a', 'b', 'c']);
  });

  it('treats as whitespace exactly what \\s matches', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('squash', () => {
  /** The definition squash is written against. */
  const byDefinition = (value: string): string => value.replace(/\s+/g, ' ').trim();

  it('collapses every kind of whitespace, in short values (one regex) and long ones (searched character by character)', () => {
    const differ: number[] = [];
    const long = 'x'.repeat(70);
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const value of [`a${ch}b`, `${long}${ch}y`, `${long} ${ch}y`]) if (squash(value) !== byDefinition(value)) differ.push(c);
    }
    expect(differ).toEqual([]);
  });

  it('gives what the definition gives on arbitrary text', () => {
    const unit = fc.constantFrom('a', 'B', ' ', '  ', '\t', '\n', '\r', '\u00a0', '\u3000', '\u2028', '\ufeff', 'é', '中');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 120 }), (value) => {
        expect(squash(value)).toBe(byDefinition(value));
      }),
      { numRuns: 5000 },
    );
  });
});
