import { describe, expect, it } from 'vitest';
import { csrFromLinks, linkCount, nodeStrengths } from './csr';

describe('csrFromLinks', () => {
  it('stores each link twice, sorted, summing duplicates and dropping self loops', () => {
    const net = csrFromLinks(4, [0, 2, 1, 0, 3], [1, 0, 0, 0, 2], [1, 2, 3, 5, 0.5]);
    expect([...net.offsets]).toEqual([0, 2, 3, 5, 6]);
    expect([...net.neighbors]).toEqual([1, 2, 0, 0, 3, 2]);
    expect([...net.weights]).toEqual([4, 2, 4, 2, 0.5, 0.5]);
    expect(linkCount(net)).toBe(3);
    expect([...nodeStrengths(net)]).toEqual([6, 4, 2.5, 0.5]);
  });

  it('rejects links outside the node range (a programmer error)', () => {
    expect(() => csrFromLinks(2, [0], [5], [1])).toThrow(/domain\/network/);
  });
});
