/**
 * The three phases of one Leiden iteration on a weighted network with node weights, for the
 * generalised quality H = Σ_ij a_ij δ(c_i, c_j) − r · Σ_c N_c² (CPM; modularity is the special case
 * n_i = k_i and r = γ / 2m):
 *
 *   V.A. Traag, L. Waltman & N.J. van Eck (2019). From Louvain to Leiden: guaranteeing
 *   well-connected communities. Scientific Reports 9:5233. doi:10.1038/s41598-019-41695-z
 *
 * Fast local moving (queue-based), refinement (randomised merges of well-connected singletons
 * inside each community) and aggregation on the refined partition, as in the paper's
 * supplementary pseudo-code and in CWTS's networkanalysis. Internal to `domain/cluster`: the
 * public entry point is `leiden()` in `leiden.ts`.
 */
import type { Rng } from './random';
import { randomPermutation } from './random';

/** A network at one aggregation level: CSR arrays plus node weights; no self loops. */
export interface WorkNetwork {
  nodeCount: number;
  offsets: Int32Array;
  neighbors: Int32Array;
  weights: Float64Array;
  nodeWeights: Float64Array;
}

/** Buffers reused across levels, iterations and random starts (sized for the largest level). */
export interface Scratch {
  clusterWeights: Float64Array;
  clusterSizes: Int32Array;
  unusedClusters: Int32Array;
  queue: Int32Array;
  isStable: Uint8Array;
  edgeWeightPerCluster: Float64Array;
  neighboringClusters: Int32Array;
  increments: Float64Array;
  externalWeights: Float64Array;
  isNonSingleton: Uint8Array;
  renumber: Int32Array;
}

export function createScratch(nodeCount: number): Scratch {
  const n = Math.max(nodeCount, 1);
  return {
    clusterWeights: new Float64Array(n),
    clusterSizes: new Int32Array(n),
    unusedClusters: new Int32Array(n),
    queue: new Int32Array(n),
    isStable: new Uint8Array(n),
    edgeWeightPerCluster: new Float64Array(n),
    neighboringClusters: new Int32Array(n),
    increments: new Float64Array(n),
    externalWeights: new Float64Array(n),
    isNonSingleton: new Uint8Array(n),
    renumber: new Int32Array(n),
  };
}

/** Renumbers cluster ids to 0..count-1 in order of first appearance; returns count. */
export function compactClusters(clusters: Int32Array, n: number, scratch: Scratch): number {
  const map = scratch.renumber;
  map.fill(-1, 0, n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const c = clusters[i];
    if (map[c] < 0) map[c] = count++;
    clusters[i] = map[c];
  }
  return count;
}

/**
 * Fast local moving: visits nodes from a queue (random initial order), moves each to the
 * neighbouring or empty cluster with the largest gain, and re-queues neighbours outside the new
 * cluster. `clusters` holds ids in 0..n-1 and is updated in place. Returns whether a node moved.
 */
export function fastLocalMoving(net: WorkNetwork, clusters: Int32Array, resolution: number, rng: Rng, s: Scratch): boolean {
  const n = net.nodeCount;
  if (n <= 1) return false;
  const { offsets, neighbors, weights, nodeWeights } = net;
  const { clusterWeights, clusterSizes, unusedClusters, queue, isStable, edgeWeightPerCluster, neighboringClusters } = s;
  clusterWeights.fill(0, 0, n);
  clusterSizes.fill(0, 0, n);
  for (let i = 0; i < n; i++) {
    clusterWeights[clusters[i]] += nodeWeights[i];
    clusterSizes[clusters[i]]++;
  }
  let unusedCount = 0;
  for (let c = n - 1; c >= 0; c--) if (clusterSizes[c] === 0) unusedClusters[unusedCount++] = c;

  randomPermutation(queue, n, rng);
  isStable.fill(0, 0, n);
  let unstableCount = n;
  let head = 0;
  let hasChanged = false;
  do {
    const node = queue[head];
    const current = clusters[node];
    const w = nodeWeights[node];
    clusterWeights[current] -= w;
    if (--clusterSizes[current] === 0) unusedClusters[unusedCount++] = current;

    // Candidate 0 is an empty cluster, so a node may always become a singleton.
    neighboringClusters[0] = unusedClusters[unusedCount - 1];
    let candidateCount = 1;
    for (let k = offsets[node], end = offsets[node + 1]; k < end; k++) {
      const c = clusters[neighbors[k]];
      if (edgeWeightPerCluster[c] === 0) neighboringClusters[candidateCount++] = c;
      edgeWeightPerCluster[c] += weights[k];
    }
    let best = current;
    let bestGain = edgeWeightPerCluster[current] - w * clusterWeights[current] * resolution;
    for (let k = 0; k < candidateCount; k++) {
      const c = neighboringClusters[k];
      const gain = edgeWeightPerCluster[c] - w * clusterWeights[c] * resolution;
      if (gain > bestGain) {
        best = c;
        bestGain = gain;
      }
      edgeWeightPerCluster[c] = 0;
    }

    clusterWeights[best] += w;
    clusterSizes[best]++;
    if (best === unusedClusters[unusedCount - 1]) unusedCount--;
    isStable[node] = 1;
    unstableCount--;
    if (best !== current) {
      clusters[node] = best;
      for (let k = offsets[node], end = offsets[node + 1]; k < end; k++) {
        const j = neighbors[k];
        if (isStable[j] === 1 && clusters[j] !== best) {
          isStable[j] = 0;
          unstableCount++;
          let tail = head + unstableCount;
          if (tail >= n) tail -= n;
          queue[tail] = j;
        }
      }
      hasChanged = true;
    }
    head = head < n - 1 ? head + 1 : 0;
  } while (unstableCount > 0);
  return hasChanged;
}

/**
 * Refinement: every node starts as a singleton inside its cluster; singletons that are well
 * connected to their cluster S (E(v, S − v) ≥ r · n_v · (N_S − n_v)) merge into a well-connected
 * sub-cluster T of S, drawn with probability ∝ exp(ΔH_T / θ) among non-negative gains (θ ≤ 0:
 * greedy). Returns the refined assignment (ids 0..count-1) and its count.
 */
export function refine(
  net: WorkNetwork,
  clusters: Int32Array,
  clusterCount: number,
  resolution: number,
  randomness: number,
  rng: Rng,
  s: Scratch,
): { refined: Int32Array; count: number } {
  const n = net.nodeCount;
  const { offsets, neighbors, weights, nodeWeights } = net;
  const { clusterWeights: subWeights, externalWeights, isNonSingleton, edgeWeightPerCluster, neighboringClusters, increments, queue: order } = s;
  const clusterTotals = new Float64Array(clusterCount);
  const refined = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = clusters[i];
    clusterTotals[c] += nodeWeights[i];
    refined[i] = i;
    subWeights[i] = nodeWeights[i];
    isNonSingleton[i] = 0;
    let inside = 0;
    for (let k = offsets[i], end = offsets[i + 1]; k < end; k++) if (clusters[neighbors[k]] === c) inside += weights[k];
    externalWeights[i] = inside;
  }
  randomPermutation(order, n, rng);
  for (let o = 0; o < n; o++) {
    const node = order[o];
    if (isNonSingleton[node] === 1) continue;
    const c = clusters[node];
    const total = clusterTotals[c];
    const w = nodeWeights[node];
    if (externalWeights[node] < w * (total - w) * resolution) continue;

    subWeights[node] = 0;
    externalWeights[node] = 0;
    neighboringClusters[0] = node;
    let candidateCount = 1;
    for (let k = offsets[node], end = offsets[node + 1]; k < end; k++) {
      const j = neighbors[k];
      if (clusters[j] !== c) continue;
      const t = refined[j];
      if (edgeWeightPerCluster[t] === 0) neighboringClusters[candidateCount++] = t;
      edgeWeightPerCluster[t] += weights[k];
    }
    // Keep only well-connected candidates with a non-negative gain (staying alone has gain 0).
    let best = node;
    let bestGain = 0;
    let eligible = 0;
    for (let k = 0; k < candidateCount; k++) {
      const t = neighboringClusters[k];
      const tw = subWeights[t];
      if (externalWeights[t] >= tw * (total - tw) * resolution) {
        const gain = edgeWeightPerCluster[t] - w * tw * resolution;
        if (gain > bestGain) {
          best = t;
          bestGain = gain;
        }
        if (gain >= 0) {
          neighboringClusters[eligible] = t;
          increments[eligible++] = gain;
        }
      }
      edgeWeightPerCluster[t] = 0;
    }
    let chosen = best;
    if (randomness > 0 && eligible > 1) {
      // Softmax relative to the best gain: same distribution as exp(ΔH/θ), without overflow.
      let sum = 0;
      for (let k = 0; k < eligible; k++) {
        sum += Math.exp((increments[k] - bestGain) / randomness);
        increments[k] = sum;
      }
      const r = rng() * sum;
      let lo = 0;
      let hi = eligible - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (increments[mid] > r) hi = mid;
        else lo = mid + 1;
      }
      chosen = neighboringClusters[lo];
    }

    subWeights[chosen] += w;
    for (let k = offsets[node], end = offsets[node + 1]; k < end; k++) {
      const j = neighbors[k];
      if (clusters[j] !== c) continue;
      if (refined[j] === chosen) externalWeights[chosen] -= weights[k];
      else externalWeights[chosen] += weights[k];
    }
    if (chosen !== node) {
      refined[node] = chosen;
      isNonSingleton[chosen] = 1;
    }
  }
  const count = compactClusters(refined, n, s);
  return { refined, count };
}

/** Collapses each group of `assign` (ids 0..count-1) into one node; links between groups are summed. */
export function aggregate(net: WorkNetwork, assign: Int32Array, count: number, s: Scratch): WorkNetwork {
  const n = net.nodeCount;
  const { offsets, neighbors, weights, nodeWeights } = net;
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) start[assign[i] + 1]++;
  for (let c = 0; c < count; c++) start[c + 1] += start[c];
  const members = new Int32Array(n);
  const cursor = s.renumber;
  cursor.set(start.subarray(0, count));
  for (let i = 0; i < n; i++) members[cursor[assign[i]]++] = i;

  const acc = s.edgeWeightPerCluster;
  const touched = s.neighboringClusters;
  const newOffsets = new Int32Array(count + 1);
  const newNeighbors = new Int32Array(neighbors.length);
  const newWeights = new Float64Array(neighbors.length);
  const newNodeWeights = new Float64Array(count);
  let pos = 0;
  for (let c = 0; c < count; c++) {
    newOffsets[c] = pos;
    let touchedCount = 0;
    let nodeWeight = 0;
    for (let m = start[c]; m < start[c + 1]; m++) {
      const i = members[m];
      nodeWeight += nodeWeights[i];
      for (let k = offsets[i], end = offsets[i + 1]; k < end; k++) {
        const d = assign[neighbors[k]];
        if (d === c) continue;
        if (acc[d] === 0) touched[touchedCount++] = d;
        acc[d] += weights[k];
      }
    }
    newNodeWeights[c] = nodeWeight;
    for (let t = 0; t < touchedCount; t++) {
      const d = touched[t];
      newNeighbors[pos] = d;
      newWeights[pos++] = acc[d];
      acc[d] = 0;
    }
  }
  newOffsets[count] = pos;
  return { nodeCount: count, offsets: newOffsets, neighbors: newNeighbors.slice(0, pos), weights: newWeights.slice(0, pos), nodeWeights: newNodeWeights };
}

/**
 * One Leiden iteration from the partition in `clusters` (ids 0..n-1, updated in place, compacted
 * on return): local moving, refinement and aggregation, repeated on the aggregate network until
 * every aggregate node is its own cluster. Returns the cluster count and whether any node moved.
 */
export function leidenIteration(
  top: WorkNetwork,
  clusters: Int32Array,
  resolution: number,
  randomness: number,
  rng: Rng,
  s: Scratch,
): { clusterCount: number; hasChanged: boolean } {
  const mappings: Int32Array[] = [];
  let net = top;
  let level = clusters;
  let hasChanged = false;
  for (;;) {
    if (fastLocalMoving(net, level, resolution, rng, s)) hasChanged = true;
    const count = compactClusters(level, net.nodeCount, s);
    if (count === net.nodeCount) break;
    const { refined, count: refinedCount } = refine(net, level, count, resolution, randomness, rng, s);
    let next: Int32Array;
    if (refinedCount < net.nodeCount) {
      // Aggregate on the refined partition; the unrefined one is the starting point one level up.
      next = new Int32Array(refinedCount);
      for (let i = 0; i < net.nodeCount; i++) next[refined[i]] = level[i];
      mappings.push(refined);
      net = aggregate(net, refined, refinedCount, s);
    } else {
      next = new Int32Array(count);
      for (let c = 0; c < count; c++) next[c] = c;
      mappings.push(level.slice());
      net = aggregate(net, level, count, s);
    }
    level = next;
  }
  // Unwind: a node's cluster is the cluster of its aggregate node one level up.
  for (let l = mappings.length - 1; l >= 0; l--) {
    const map = mappings[l];
    const target = l === 0 ? clusters : null;
    const out = target ?? new Int32Array(map.length);
    for (let i = 0; i < map.length; i++) out[i] = level[map[i]];
    level = out;
  }
  const clusterCount = compactClusters(clusters, top.nodeCount, s);
  return { clusterCount, hasChanged };
}
