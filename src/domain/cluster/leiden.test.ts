import fc from 'fast-check';
import { createRequire } from 'node:module';
import { Clustering, LeidenAlgorithm, Network } from 'networkanalysis-ts';
import { describe, expect, it } from 'vitest';
import type { CsrNetwork } from '../network/csr';
import { csrFromLinks } from '../network/csr';
import { DEFAULT_LEIDEN_OPTIONS, leiden } from './leiden';
import { countClusters, cpmQuality, isEveryClusterConnected, modularity } from './quality';
import { createRng } from './random';
import { KARATE_EDGES, karateClub, plantedPartition } from './test-graphs';

const JavaRandom = createRequire(import.meta.url)('java-random') as new (seed: number) => unknown;

/** Every node has an id in 0..k-1 and every id is used. */
function expectCompleteClustering(clusters: Int32Array, nodeCount: number, clusterCount: number): void {
  expect(clusters.length).toBe(nodeCount);
  const used = new Uint8Array(clusterCount);
  for (const c of clusters) {
    expect(c).toBeGreaterThanOrEqual(0);
    expect(c).toBeLessThan(clusterCount);
    used[c] = 1;
  }
  expect(used.every((u) => u === 1)).toBe(true);
}

function ringOfCliques(cliqueCount: number, size: number): CsrNetwork {
  const s: number[] = [];
  const t: number[] = [];
  for (let c = 0; c < cliqueCount; c++) {
    for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) {
      s.push(c * size + i);
      t.push(c * size + j);
    }
    s.push(c * size);
    t.push(((c + 1) % cliqueCount) * size + 1);
  }
  return csrFromLinks(cliqueCount * size, s, t, s.map(() => 1));
}

/** networkanalysis-ts Leiden, 10 iterations, best of `starts`; quality measured by our functions. */
function theirLeiden(network: CsrNetwork, quality: 'cpm' | 'modularity', resolution: number, starts: number): Int32Array {
  const theirs = new Network({
    nNodes: network.nodeCount,
    setNodeWeightsToTotalEdgeWeights: quality === 'modularity',
    firstNeighborIndices: Array.from(network.offsets),
    neighbors: Array.from(network.neighbors),
    edgeWeights: Array.from(network.weights),
  });
  const algorithm = new LeidenAlgorithm();
  const r = quality === 'modularity' ? resolution / (2 * theirs.getTotalEdgeWeight()) : resolution;
  algorithm.initializeBasedOnResolutionAndNIterationsAndRandomnessAndRandom(r, 10, 0.01, new JavaRandom(0));
  let best: Int32Array = new Int32Array(0);
  let bestQuality = -Infinity;
  for (let s = 0; s < starts; s++) {
    const clustering = new Clustering({ nNodes: network.nodeCount });
    algorithm.improveClustering(theirs, clustering);
    const q = algorithm.calcQuality(theirs, clustering);
    if (q > bestQuality) {
      bestQuality = q;
      best = Int32Array.from(clustering.clusters);
    }
  }
  return best;
}

describe('leiden', () => {
  it('reaches the optimum modularity 0.4198 on Zachary’s karate club', () => {
    expect(KARATE_EDGES.length).toBe(78);
    const network = karateClub();
    const result = leiden(network, { quality: 'modularity', resolution: 1 });
    expect(result.quality).toBeCloseTo(0.4198, 4);
    expect(Math.abs(result.quality - 0.4198)).toBeLessThan(1e-4);
    expect(result.clusterCount).toBe(4);
    expect(modularity(network, result.clusters)).toBe(result.quality);
    expectCompleteClustering(result.clusters, 34, result.clusterCount);
    expect(isEveryClusterConnected(network, result.clusters)).toBe(true);
  });

  it('is deterministic for a fixed seed and follows an injected rng', () => {
    const { network } = plantedPartition(600, 3000, { minSize: 20, maxSize: 80, mixing: 0.4, rng: createRng(7) });
    const a = leiden(network, { quality: 'modularity', seed: 42, randomStarts: 3 });
    const b = leiden(network, { quality: 'modularity', seed: 42, randomStarts: 3 });
    expect(Array.from(a.clusters)).toEqual(Array.from(b.clusters));
    expect(a.quality).toBe(b.quality);
    const c = leiden(network, { quality: 'modularity', rng: createRng(42), seed: 999, randomStarts: 3 });
    expect(Array.from(c.clusters)).toEqual(Array.from(a.clusters));
  });

  it('numbers clusters by decreasing size', () => {
    const { network } = plantedPartition(500, 2500, { minSize: 10, maxSize: 120, mixing: 0.2, rng: createRng(3) });
    const result = leiden(network, { quality: 'modularity' });
    const sizes = new Array<number>(result.clusterCount).fill(0);
    for (const c of result.clusters) sizes[c]++;
    for (let c = 1; c < sizes.length; c++) expect(sizes[c]).toBeLessThanOrEqual(sizes[c - 1]);
  });

  it('recovers the cliques of a ring of cliques with CPM, and of disjoint cliques', () => {
    const ring = ringOfCliques(8, 6);
    const result = leiden(ring, { quality: 'cpm', resolution: 0.5 });
    expect(result.clusterCount).toBe(8);
    for (let i = 0; i < ring.nodeCount; i++) expect(result.clusters[i]).toBe(result.clusters[Math.floor(i / 6) * 6]);

    const s: number[] = [];
    const t: number[] = [];
    const sizes = [7, 5, 4, 3];
    let base = 0;
    for (const size of sizes) {
      for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) {
        s.push(base + i);
        t.push(base + j);
      }
      base += size;
    }
    const disjoint = csrFromLinks(base, s, t, s.map(() => 1));
    const r2 = leiden(disjoint, { quality: 'cpm', resolution: 0.9 });
    expect(Array.from(r2.clusters)).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3]);
  });

  it('never returns a disconnected cluster and clusters every node (random graphs)', () => {
    const graph = fc
      .integer({ min: 1, max: 40 })
      .chain((n) =>
        fc.tuple(
          fc.constant(n),
          fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.double({ min: 0.1, max: 5, noNaN: true })), { maxLength: 120 }),
          fc.constantFrom<'cpm' | 'modularity'>('cpm', 'modularity'),
          fc.double({ min: 0.01, max: 2, noNaN: true }),
          fc.integer({ min: 0, max: 1000 }),
          fc.integer({ min: 1, max: 5 }),
        ),
      );
    fc.assert(
      fc.property(graph, ([n, links, quality, resolution, seed, minClusterSize]) => {
        const network = csrFromLinks(n, links.map((l) => l[0]), links.map((l) => l[1]), links.map((l) => l[2]));
        const result = leiden(network, { quality, resolution, seed, randomStarts: 2, minClusterSize });
        expectCompleteClustering(result.clusters, n, result.clusterCount);
        expect(isEveryClusterConnected(network, result.clusters)).toBe(true);
        const q = modularity(network, result.clusters);
        expect(q).toBeGreaterThanOrEqual(-0.5);
        expect(q).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300, seed: 20240501 },
    );
  });

  it('merges clusters below the minimum size into neighbours', () => {
    const network = karateClub();
    const result = leiden(network, { quality: 'modularity', minClusterSize: 12 });
    const sizes = new Array<number>(result.clusterCount).fill(0);
    for (const c of result.clusters) sizes[c]++;
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    expect(isEveryClusterConnected(network, result.clusters)).toBe(true);
    expect(result.quality).toBeLessThan(result.bestStartQuality);
  });

  it('reports progress and stops between iterations when asked', () => {
    const { network } = plantedPartition(400, 2000, { minSize: 20, maxSize: 60, mixing: 0.3, rng: createRng(5) });
    const phases: string[] = [];
    let calls = 0;
    const result = leiden(network, {
      quality: 'modularity',
      randomStarts: 5,
      onProgress: (p) => phases.push(p.phase),
      shouldStop: () => ++calls >= 2,
    });
    expect(result.isStopped).toBe(true);
    expect(result.starts).toBeLessThan(5);
    expect(phases.at(-1)).toBe('post-processing');
    expectCompleteClustering(result.clusters, 400, result.clusterCount);
  });

  it('handles empty networks and networks without links', () => {
    const empty = leiden(csrFromLinks(0, [], [], []));
    expect(empty.clusterCount).toBe(0);
    const isolated = leiden(csrFromLinks(5, [], [], []), { quality: 'modularity' });
    expect(isolated.clusterCount).toBe(5);
    expect(DEFAULT_LEIDEN_OPTIONS.randomStarts).toBe(10);
  });

  describe('agreement with networkanalysis-ts', () => {
    const cases: Array<[string, () => CsrNetwork]> = [
      ['karate', karateClub],
      ['planted 300', () => plantedPartition(300, 1500, { minSize: 10, maxSize: 60, mixing: 0.35, rng: createRng(11) }).network],
      ['planted 2000', () => plantedPartition(2000, 12000, { minSize: 20, maxSize: 200, mixing: 0.5, rng: createRng(12) }).network],
      ['ring of cliques', () => ringOfCliques(20, 5)],
    ];
    for (const [name, make] of cases) {
      it(`modularity on ${name}: within 1% or better`, () => {
        const network = make();
        const ours = leiden(network, { quality: 'modularity', randomStarts: 3 });
        const theirs = modularity(network, theirLeiden(network, 'modularity', 1, 3));
        expect(ours.quality).toBeGreaterThanOrEqual(theirs - 0.01 * Math.abs(theirs));
        expect(countClusters(ours.clusters)).toBe(ours.clusterCount);
      });
      it(`CPM (γ = 0.05) on ${name}: within 1% or better`, () => {
        const network = make();
        const ours = leiden(network, { quality: 'cpm', resolution: 0.05, randomStarts: 3 });
        const theirs = cpmQuality(network, theirLeiden(network, 'cpm', 0.05, 3), 0.05);
        expect(ours.quality).toBeGreaterThanOrEqual(theirs - 0.01 * Math.abs(theirs));
      });
    }
  });
});
