import { describe, expect, it } from 'vitest';
import { csrFromLinks } from '../network/csr';
import { cpmQuality, disconnectedClusters, isEveryClusterConnected, modularity, silhouette } from './quality';
import { KARATE_EDGES, karateClub } from './test-graphs';

/** Zachary's two factions after the split (Mr. Hi = 0, Officer = 1). */
const FACTIONS = [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];

describe('modularity', () => {
  it('matches the naive O(n²) definition on the karate club factions', () => {
    const network = karateClub();
    const a = Array.from({ length: 34 }, () => new Array<number>(34).fill(0));
    for (const [i, j] of KARATE_EDGES) {
      a[i][j] = 1;
      a[j][i] = 1;
    }
    const k = a.map((row) => row.reduce((x, y) => x + y, 0));
    let q = 0;
    for (let i = 0; i < 34; i++) for (let j = 0; j < 34; j++) if (FACTIONS[i] === FACTIONS[j]) q += a[i][j] - (k[i] * k[j]) / 156;
    expect(modularity(network, FACTIONS)).toBeCloseTo(q / 156, 12);
    expect(modularity(network, FACTIONS)).toBeCloseTo(0.3582, 4);
  });

  it('is 0 for one cluster and negative for singletons', () => {
    const network = karateClub();
    expect(modularity(network, new Array<number>(34).fill(0))).toBeCloseTo(0, 12);
    expect(modularity(network, Array.from({ length: 34 }, (_, i) => i))).toBeLessThan(0);
  });

  it('hand-checked on two weighted links', () => {
    // Links 0-1 (w 2) and 2-3 (w 1): 2m = 6, k = [2, 2, 1, 1].
    const network = csrFromLinks(4, [0, 2], [1, 3], [2, 1]);
    expect(modularity(network, [0, 0, 1, 1])).toBeCloseTo(6 / 6 - (16 + 4) / 36, 12);
    expect(modularity(network, [0, 0, 1, 1], 0.5)).toBeCloseTo(1 - (0.5 * 20) / 36, 12);
  });
});

describe('cpmQuality', () => {
  it('follows (Σ a_ij δ − γ Σ N_c²) / 2m', () => {
    const network = csrFromLinks(4, [0, 2, 1], [1, 3, 2], [2, 1, 1]);
    // 2m = 8; inside clusters {0,1},{2,3}: 2·2 + 2·1 = 6; Σ N_c² = 8.
    expect(cpmQuality(network, [0, 0, 1, 1], 0.5)).toBeCloseTo((6 - 0.5 * 8) / 8, 12);
    expect(cpmQuality(network, [0, 0, 1, 1], 0.5, [1, 2, 1, 1])).toBeCloseTo((6 - 0.5 * 13) / 8, 12);
  });
});

describe('silhouette', () => {
  it('hand-checked on a path split in two clusters', () => {
    // Path 0-1-2-3-4, clusters {0,1,2} and {3,4}; distance 1 − a_ij / max a.
    const network = csrFromLinks(5, [0, 1, 2, 3], [1, 2, 3, 4], [1, 1, 1, 1]);
    const s = silhouette(network, [0, 0, 0, 1, 1]);
    expect(Array.from(s.nodes)).toEqual([0.5, 1, 0, 1, 1]);
    expect(Array.from(s.clusters)).toEqual([0.5, 1]);
    expect(s.overall).toBeCloseTo(0.7, 12);
  });

  it('is 0 for singletons and a single cluster, and within [−1, 1]', () => {
    const network = karateClub();
    expect(silhouette(network, new Array<number>(34).fill(0)).overall).toBe(0);
    const singletons = silhouette(network, Array.from({ length: 34 }, (_, i) => i));
    expect(singletons.overall).toBe(0);
    const s = silhouette(network, FACTIONS);
    for (const v of s.nodes) {
      expect(v).toBeGreaterThanOrEqual(-1);
      expect(v).toBeLessThanOrEqual(1);
    }
  });
});

describe('connectivity', () => {
  it('finds clusters that do not induce a connected subgraph', () => {
    const network = csrFromLinks(5, [0, 1, 3], [1, 2, 4], [1, 1, 1]);
    expect(isEveryClusterConnected(network, [0, 0, 0, 1, 1])).toBe(true);
    expect(disconnectedClusters(network, [0, 0, 1, 0, 1])).toEqual([0, 1]);
    expect(disconnectedClusters(network, [0, 1, 0, 2, 2])).toEqual([0]);
  });
});
