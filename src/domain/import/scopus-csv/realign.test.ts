import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realignCells, type Anchor } from './realign';

const HEADER = ['Authors', 'Title', 'Year', 'Source title', 'Volume', 'DOI', 'Document Type', 'EID'];
const ANCHORS: Anchor[] = [
  { column: 'Year', test: (v) => /^\d{4}$/.test(v) },
  { column: 'DOI', test: (v) => v.startsWith('10.') },
  { column: 'Document Type', test: (v) => v === 'Article' },
  { column: 'EID', test: (v) => v.startsWith('2-s2.0-') },
];
const ROW = ['Smith J.', 'A title', '2020', 'Nature', '5', '10.1/x', 'Article', '2-s2.0-1'];

describe('realignCells', () => {
  it('leaves a row with the right count alone', () => {
    expect(realignCells(HEADER, ROW, ANCHORS)).toEqual({ cells: ROW, unplaced: [], trailingEmptyOnly: false });
  });

  it('drops trailing empty cells without losing anything', () => {
    expect(realignCells(HEADER, [...ROW, '', ' ', ''], ANCHORS)).toEqual({ cells: ROW, unplaced: [], trailingEmptyOnly: true });
  });

  it('an extra cell inside the title: anchors on both sides are placed, the title is named', () => {
    const cells = ['Smith J.', 'A title', ' continued', '2020', 'Nature', '5', '10.1/x', 'Article', '2-s2.0-1'];
    const withAuthors: Anchor[] = [{ column: 'Authors', test: (v) => /\p{Lu}\.$/u.test(v), weak: true }, ...ANCHORS];
    const fixed = realignCells(HEADER, cells, withAuthors);
    expect(fixed.cells).toEqual(['Smith J.', '', '2020', 'Nature', '5', '10.1/x', 'Article', '2-s2.0-1']);
    expect(fixed.unplaced).toEqual(['Title']);
    // Without an anchor left of the break, the first column is in doubt too.
    expect(realignCells(HEADER, cells, ANCHORS).unplaced).toEqual(['Authors', 'Title']);
  });

  it('two extra cells at the very start', () => {
    const fixed = realignCells(HEADER, ['Smith J.', 'Doe A.', 'Roe B.', ...ROW.slice(1)], ANCHORS);
    expect(fixed.cells.slice(1)).toEqual(ROW.slice(1).map((v) => (v === 'A title' ? '' : v)));
    expect(fixed.unplaced).toEqual(['Authors', 'Title']);
  });

  it('a missing cell between two anchors: only the columns between them are in doubt', () => {
    const cells = ['Smith J.', 'A title', '2020', 'Nature', '10.1/x', 'Article', '2-s2.0-1'];
    const fixed = realignCells(HEADER, cells, ANCHORS);
    expect(fixed.cells).toEqual(['Smith J.', 'A title', '2020', '', '', '10.1/x', 'Article', '2-s2.0-1']);
    expect(fixed.unplaced).toEqual(['Source title', 'Volume']);
  });

  it('a short row (cut off) keeps what is certain from the left', () => {
    const fixed = realignCells(HEADER, ['Smith J.', 'A title', '2020'], ANCHORS);
    expect(fixed.cells.length).toBe(HEADER.length);
    expect(fixed.cells.slice(0, 3)).toEqual(['Smith J.', 'A title', '2020']);
  });

  it('always returns one cell per column and never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('', 'x', '2020', '10.1/x', 'Article', '2-s2.0-1', 'Nature'), { maxLength: 20 }), (cells) => {
        const fixed = realignCells(HEADER, cells, ANCHORS);
        expect(fixed.cells).toHaveLength(HEADER.length);
        for (const name of fixed.unplaced) expect(HEADER).toContain(name);
      }),
    );
  });
});
