/**
 * Leiden community detection on a CSR network, with CPM or modularity as quality function.
 *
 *   V.A. Traag, L. Waltman & N.J. van Eck (2019). From Louvain to Leiden: guaranteeing
 *   well-connected communities. Scientific Reports 9:5233. doi:10.1038/s41598-019-41695-z
 *
 * Each random start begins from singletons and runs Leiden iterations (fast local moving,
 * refinement, aggregation on the refined partition) until an iteration moves no node or
 * `maxIterations` is reached; the start with the highest quality is kept. Then clusters below
 * `minClusterSize` are merged into a neighbour and clusters are numbered by size (0 = largest),
 * as VOSviewer does. Deterministic for a given network, options and seed.
 */
import type { CsrNetwork } from '../network/csr';
import { nodeStrengths } from '../network/csr';
import type { WorkNetwork } from './leiden-core';
import { createScratch, leidenIteration } from './leiden-core';
import { mergeSmallClusters, orderClustersBySize } from './post-process';
import { cpmQuality, modularity } from './quality';
import type { Rng } from './random';
import { createRng } from './random';

/** Quality function optimised by Leiden. */
export type LeidenQuality = 'cpm' | 'modularity';

/** Progress between steps: `done` of `total` iterations (over all random starts). */
export interface LeidenProgress {
  phase: 'clustering' | 'post-processing';
  done: number;
  total: number;
  /** Random start the iteration belongs to (0-based). */
  start: number;
  /** Best quality found so far (NaN before the first start completes). */
  bestQuality: number;
}

export interface LeidenOptions {
  /**
   * 'cpm': H = (1/2m)[Σ_ij a_ij δ(c_i,c_j) − γ Σ_c N_c²] on the given weights (VOSviewer runs it on
   * association-strength normalised weights with n_i = 1). 'modularity': Newman's modularity with
   * resolution γ (n_i = k_i, effective resolution γ / 2m).
   */
  quality: LeidenQuality;
  /** Resolution γ; higher gives more, smaller clusters. */
  resolution: number;
  /** Randomness θ of the refinement phase. */
  randomness: number;
  /** Maximum number of Leiden iterations per random start. */
  maxIterations: number;
  /** Stop a start early once an iteration moves no node. */
  stopWhenStable: boolean;
  /** Number of random starts; the clustering with the highest quality is kept. */
  randomStarts: number;
  /** Seed of the built-in generator (ignored when `rng` is given). */
  seed: number;
  /** Uniform [0, 1) generator; overrides `seed`. */
  rng?: Rng;
  /** CPM node weights n_i (default 1 each); ignored for modularity. */
  nodeWeights?: ArrayLike<number>;
  /** Clusters with fewer nodes are merged into the neighbouring cluster that gains most quality. */
  minClusterSize: number;
  /** Called after every iteration and before post-processing. */
  onProgress?: (progress: LeidenProgress) => void;
  /** Polled between iterations; `true` ends the run with the best clustering found so far. */
  shouldStop?: () => boolean;
}

/** VOSviewer's defaults (ANALYTICS.md §5), iterating until stable with at most 10 iterations. */
export const DEFAULT_LEIDEN_OPTIONS: Readonly<LeidenOptions> = {
  quality: 'cpm',
  resolution: 1,
  randomness: 0.01,
  maxIterations: 10,
  stopWhenStable: true,
  randomStarts: 10,
  seed: 0,
  minClusterSize: 1,
};

export interface LeidenResult {
  /** Cluster of each node, 0..clusterCount-1, numbered by decreasing size. */
  clusters: Int32Array;
  clusterCount: number;
  /** Quality of the returned clustering (after merging small clusters), as in `LeidenOptions.quality`. */
  quality: number;
  /** Quality of the best random start before post-processing. */
  bestStartQuality: number;
  /** Leiden iterations run, over all starts. */
  iterations: number;
  /** Random starts completed. */
  starts: number;
  /** Whether `shouldStop` ended the run early. */
  isStopped: boolean;
}

/**
 * Clusters `network` with the Leiden algorithm; see the file banner and `LeidenOptions`.
 * Runs in O(iterations · m) per start in practice; every cluster returned induces a connected
 * subgraph.
 */
export function leiden(network: CsrNetwork, options: Partial<LeidenOptions> = {}): LeidenResult {
  const o: LeidenOptions = { ...DEFAULT_LEIDEN_OPTIONS, ...options };
  const n = network.nodeCount;
  if (!(o.resolution >= 0)) throw new Error(`domain/cluster: resolution must be >= 0, got ${o.resolution}`);
  if (!(o.randomStarts >= 1) || !(o.maxIterations >= 1)) throw new Error('domain/cluster: randomStarts and maxIterations must be >= 1');
  if (o.nodeWeights && o.nodeWeights.length !== n) throw new Error(`domain/cluster: ${o.nodeWeights.length} node weights for ${n} nodes`);
  const rng = o.rng ?? createRng(o.seed);

  const strengths = nodeStrengths(network);
  let totalWeight = 0;
  for (let i = 0; i < n; i++) totalWeight += strengths[i];
  const isModularity = o.quality === 'modularity';
  const nodeWeights = isModularity ? strengths : Float64Array.from(o.nodeWeights ?? new Float64Array(n).fill(1));
  const effectiveResolution = isModularity ? (totalWeight > 0 ? o.resolution / totalWeight : 0) : o.resolution;
  const qualityOf = (clusters: Int32Array): number =>
    isModularity ? modularity(network, clusters, o.resolution) : cpmQuality(network, clusters, o.resolution, nodeWeights);

  const top: WorkNetwork = { nodeCount: n, offsets: network.offsets, neighbors: network.neighbors, weights: network.weights, nodeWeights };
  const scratch = createScratch(n);
  const total = o.randomStarts * o.maxIterations;
  let best: Int32Array | null = null;
  let bestQuality = Number.NaN;
  let iterations = 0;
  let starts = 0;
  let isStopped = false;

  for (let start = 0; start < o.randomStarts && !isStopped && n > 0; start++) {
    const clusters = new Int32Array(n);
    for (let i = 0; i < n; i++) clusters[i] = i;
    for (let it = 0; it < o.maxIterations; it++) {
      const { hasChanged } = leidenIteration(top, clusters, effectiveResolution, o.randomness, rng, scratch);
      iterations++;
      o.onProgress?.({ phase: 'clustering', done: start * o.maxIterations + it + 1, total, start, bestQuality });
      if (!hasChanged && o.stopWhenStable) break;
      if (o.shouldStop?.()) {
        isStopped = true;
        break;
      }
    }
    const quality = qualityOf(clusters);
    starts++;
    if (best === null || quality > bestQuality) {
      best = clusters;
      bestQuality = quality;
    }
    if (!isStopped && o.shouldStop?.()) isStopped = true;
  }
  o.onProgress?.({ phase: 'post-processing', done: total, total, start: Math.max(starts - 1, 0), bestQuality });

  let clusters = best ?? new Int32Array(0);
  if (o.minClusterSize > 1 && n > 0) clusters = mergeSmallClusters(network, clusters, o.minClusterSize, nodeWeights, effectiveResolution);
  const ordered = orderClustersBySize(clusters);
  return {
    clusters: ordered.clusters,
    clusterCount: ordered.clusterCount,
    quality: n > 0 ? qualityOf(ordered.clusters) : 0,
    bestStartQuality: n > 0 ? bestQuality : 0,
    iterations,
    starts,
    isStopped,
  };
}
