import { describe, expect, it } from 'vitest';
import { csrFromLinks } from '../network/csr';
import { mergeSmallClusters, orderClustersBySize } from './post-process';

function clique(base: number, size: number, s: number[], t: number[]): void {
  for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) {
    s.push(base + i);
    t.push(base + j);
  }
}

describe('mergeSmallClusters', () => {
  it('merges a small cluster into the neighbour that gains most quality and leaves isolated ones', () => {
    // Cliques A = 0..4 and B = 5..9; pair C = {10, 11} with links 10-0, 10-1 (to A) and 11-5 (to B);
    // node 12 is isolated.
    const s: number[] = [];
    const t: number[] = [];
    clique(0, 5, s, t);
    clique(5, 5, s, t);
    s.push(10, 10, 10, 11);
    t.push(11, 0, 1, 5);
    const network = csrFromLinks(13, s, t, s.map(() => 1));
    const clusters = Int32Array.from([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 3]);
    // CPM, n_i = 1, γ = 0.1: gain into A = 2 − 0.1·2·5 = 1, into B = 1 − 1 = 0.
    const merged = mergeSmallClusters(network, clusters.slice(), 3, new Float64Array(13).fill(1), 0.1);
    expect(Array.from(merged)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 2]);
    // When every merge loses quality the least bad neighbour still wins: A (2 − 50) over B (1 − 50).
    const heavy = mergeSmallClusters(network, clusters.slice(), 3, new Float64Array(13).fill(1), 5);
    expect(heavy[10]).toBe(0);
  });

  it('merges repeatedly, smallest first, until every mergeable cluster is large enough', () => {
    // Path 0-1-2-3-4-5 in singletons, min size 3.
    const network = csrFromLinks(6, [0, 1, 2, 3, 4], [1, 2, 3, 4, 5], [1, 1, 1, 1, 1]);
    const merged = mergeSmallClusters(network, Int32Array.from([0, 1, 2, 3, 4, 5]), 3, new Float64Array(6).fill(1), 0);
    const sizes = new Map<number, number>();
    for (const c of merged) sizes.set(c, (sizes.get(c) ?? 0) + 1);
    for (const size of sizes.values()) expect(size).toBeGreaterThanOrEqual(3);
  });
});

describe('orderClustersBySize', () => {
  it('numbers the largest cluster 0, ties by first node', () => {
    const { clusters, clusterCount } = orderClustersBySize(Int32Array.from([5, 2, 2, 7, 7, 2, 5]));
    expect(clusterCount).toBe(3);
    expect(Array.from(clusters)).toEqual([1, 0, 0, 2, 2, 0, 1]);
  });
});
