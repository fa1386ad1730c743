import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSpace, splitList } from './text';

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
