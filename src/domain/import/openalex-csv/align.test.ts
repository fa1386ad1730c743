import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitIntoBlocks } from './align';

describe('splitIntoBlocks', () => {
  it('gives one item per author when the counts agree', () => {
    expect(splitIntoBlocks(['A', 'A', '', 'B'], 4)).toEqual({ kind: 'unique', bounds: [0, 1, 2, 3, 4] });
  });

  it('finds the only split where no author repeats an institution', () => {
    // Two authors, both at A and B (the Guleria & Kaur row of the bibliometrix fixture).
    expect(splitIntoBlocks(['A', 'B', 'A', 'B'], 2)).toEqual({ kind: 'unique', bounds: [0, 2, 4] });
    expect(splitIntoBlocks(['A', 'A', 'B'], 2)).toEqual({ kind: 'unique', bounds: [0, 1, 3] });
  });

  it('keeps an empty item as an author of its own', () => {
    expect(splitIntoBlocks(['A', 'B', '', 'C'], 3)).toEqual({ kind: 'unique', bounds: [0, 2, 3, 4] });
    expect(splitIntoBlocks(['', ''], 1)).toEqual({ kind: 'none' });
  });

  it('reports several possible splits as ambiguous', () => {
    expect(splitIntoBlocks(['A', 'B', 'C'], 2)).toEqual({ kind: 'ambiguous' });
  });

  it('uses a constraint to decide', () => {
    // C|A|B over two authors splits as C / A,B or C,A / B; the corresponding author 0 has only C.
    const keys = ['C', 'A', 'B'];
    expect(splitIntoBlocks(keys, 2)).toEqual({ kind: 'ambiguous' });
    expect(splitIntoBlocks(keys, 2, { constraint: (g, s, e) => g !== 0 || (e - s === 1 && keys[s] === 'C') })).toEqual({ kind: 'unique', bounds: [0, 1, 3] });
  });

  it('refuses impossible and oversized problems', () => {
    expect(splitIntoBlocks(['A'], 2)).toEqual({ kind: 'none' });
    expect(splitIntoBlocks([], 0)).toEqual({ kind: 'none' });
    expect(splitIntoBlocks(Array.from({ length: 400 }, (_, i) => `I${i}`), 100, { maxWork: 1000 })).toEqual({ kind: 'too-large' });
  });

  it('returns valid boundaries whenever it claims a unique split', () => {
    const problem = fc.record({ keys: fc.array(fc.constantFrom('', 'A', 'B', 'C', 'D'), { maxLength: 14 }), groups: fc.integer({ min: 0, max: 8 }) });
    fc.assert(fc.property(problem, ({ keys, groups }) => {
      const split = splitIntoBlocks(keys, groups);
      if (split.kind !== 'unique') return;
      const { bounds } = split;
      expect(bounds).toHaveLength(groups + 1);
      expect(bounds[0]).toBe(0);
      expect(bounds[groups]).toBe(keys.length);
      for (let g = 0; g < groups; g++) {
        const block = keys.slice(bounds[g], bounds[g + 1]);
        expect(block.length).toBeGreaterThan(0);
        if (block.length > 1) expect(block.includes('')).toBe(false);
        expect(new Set(block).size).toBe(block.length);
      }
    }), { numRuns: 500 });
  });
});
