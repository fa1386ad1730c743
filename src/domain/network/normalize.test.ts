import { describe, expect, it } from 'vitest';
import { csrFromLinks } from './csr';
import { normalizeNetwork } from './normalize';
import { checkInvariants, dense } from './test-support';

/** A-B 2, A-C 1, B-C 1 (the full keyword co-occurrences of build.test.ts); occurrences A 3, B 2, C 2. */
const raw = csrFromLinks(3, [0, 0, 1], [1, 2, 2], [2, 1, 1]);
const occurrences = [3, 2, 2];

const expectMatrix = (got: number[][], expected: number[][]): void => {
  for (let i = 0; i < expected.length; i++) for (let j = 0; j < expected.length; j++) expect(got[i][j]).toBeCloseTo(expected[i][j], 12);
};

describe('normalizeNetwork', () => {
  it('association strength as VOSviewer: 2m · a_ij / (k_i · k_j) with k the total link strengths', () => {
    // k = A 3, B 3, C 2; 2m = 8.  A-B 8·2/9 = 16/9; A-C 8·1/6 = 4/3; B-C 8·1/6 = 4/3.
    const net = normalizeNetwork(raw);
    expectMatrix(dense(net), [
      [0, 16 / 9, 4 / 3],
      [16 / 9, 0, 4 / 3],
      [4 / 3, 4 / 3, 0],
    ]);
    checkInvariants(net);
    expect([...raw.weights]).toEqual([2, 1, 2, 1, 1, 1]);
  });

  it('cosine: a_ij / √(c_i c_j)', () => {
    // A-B 2/√6; A-C 1/√6; B-C 1/√4 = 1/2.
    expectMatrix(dense(normalizeNetwork(raw, 'cosine', occurrences)), [
      [0, 2 / Math.sqrt(6), 1 / Math.sqrt(6)],
      [2 / Math.sqrt(6), 0, 0.5],
      [1 / Math.sqrt(6), 0.5, 0],
    ]);
  });

  it('Jaccard: a_ij / (c_i + c_j - a_ij)', () => {
    // A-B 2/(3+2-2) = 2/3; A-C 1/(3+2-1) = 1/4; B-C 1/(2+2-1) = 1/3.
    expectMatrix(dense(normalizeNetwork(raw, 'jaccard', occurrences)), [
      [0, 2 / 3, 1 / 4],
      [2 / 3, 0, 1 / 3],
      [1 / 4, 1 / 3, 0],
    ]);
  });

  it('inclusion: a_ij / min(c_i, c_j)', () => {
    // A-B 2/2 = 1; A-C 1/2; B-C 1/2.
    expectMatrix(dense(normalizeNetwork(raw, 'inclusion', occurrences)), [
      [0, 1, 0.5],
      [1, 0, 0.5],
      [0.5, 0.5, 0],
    ]);
  });

  it('none keeps the raw strengths in a new network', () => {
    const net = normalizeNetwork(raw, 'none');
    expect(dense(net)).toEqual(dense(raw));
    expect(net.weights).not.toBe(raw.weights);
  });

  it('needs occurrences for the set-theoretic measures (a programmer error)', () => {
    expect(() => normalizeNetwork(raw, 'cosine')).toThrow(/domain\/network/);
    expect(() => normalizeNetwork(raw, 'jaccard', [1, 2])).toThrow(/domain\/network/);
  });
});
