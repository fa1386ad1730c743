/**
 * Quality measures of a clustering of a CSR network.
 *
 * - Modularity: M.E.J. Newman & M. Girvan (2004). Finding and evaluating community structure in
 *   networks. Phys. Rev. E 69:026113. doi:10.1103/PhysRevE.69.026113
 * - CPM: V.A. Traag, P. Van Dooren & Y. Nesterov (2011). Narrow scope for resolution-limit-free
 *   community detection. Phys. Rev. E 84:016114. doi:10.1103/PhysRevE.84.016114, normalised by 2m
 *   as in CWTS networkanalysis (`CPMClusteringAlgorithm.calcQuality`).
 * - Silhouette: P.J. Rousseeuw (1987). Silhouettes. J. Comput. Appl. Math. 20:53–65, reported per
 *   cluster and overall as CiteSpace does (Chen, Ibekwe-SanJuan & Hou 2010).
 *
 * `clusters[i]` is the cluster of node i, ids 0..k-1.
 */
import type { CsrNetwork } from '../network/csr';

/** Number of clusters (largest id + 1). */
export function countClusters(clusters: ArrayLike<number>): number {
  let max = -1;
  for (let i = 0; i < clusters.length; i++) if (clusters[i] > max) max = clusters[i];
  return max + 1;
}

function checkLength(network: CsrNetwork, clusters: ArrayLike<number>, fn: string): void {
  if (clusters.length !== network.nodeCount) throw new Error(`domain/cluster: ${fn} got ${clusters.length} cluster ids for ${network.nodeCount} nodes`);
}

/** Σ_ij a_ij δ(c_i, c_j) over ordered pairs (twice the weight inside clusters) and 2m. */
function internalAndTotalWeight(network: CsrNetwork, clusters: ArrayLike<number>): { internal: number; total: number } {
  const { offsets, neighbors, weights } = network;
  let internal = 0;
  let total = 0;
  for (let i = 0; i < network.nodeCount; i++) {
    const c = clusters[i];
    for (let k = offsets[i], end = offsets[i + 1]; k < end; k++) {
      total += weights[k];
      if (clusters[neighbors[k]] === c) internal += weights[k];
    }
  }
  return { internal, total };
}

/**
 * Newman–Girvan modularity on the raw link weights, with resolution γ:
 * Q = (1 / 2m) · Σ_ij [a_ij − γ · k_i k_j / 2m] · δ(c_i, c_j). Dimensionless; in [−½, 1) for γ = 1.
 * 0 for a network without links.
 */
export function modularity(network: CsrNetwork, clusters: ArrayLike<number>, resolution = 1): number {
  checkLength(network, clusters, 'modularity');
  const { internal, total } = internalAndTotalWeight(network, clusters);
  if (total === 0) return 0;
  const strengthPerCluster = new Float64Array(countClusters(clusters));
  const { offsets, weights } = network;
  for (let i = 0; i < network.nodeCount; i++) {
    let k = 0;
    for (let e = offsets[i]; e < offsets[i + 1]; e++) k += weights[e];
    strengthPerCluster[clusters[i]] += k;
  }
  let expected = 0;
  for (const k of strengthPerCluster) expected += k * k;
  return internal / total - (resolution * expected) / (total * total);
}

/**
 * CPM quality, normalised by the total link weight as in VOSviewer / networkanalysis:
 * Q = (1 / 2m) · [Σ_ij a_ij δ(c_i, c_j) − γ · Σ_c N_c²], N_c = Σ_{i∈c} n_i, sums over ordered
 * pairs. Node weights n_i default to 1 (the association-strength convention). 0 without links.
 */
export function cpmQuality(network: CsrNetwork, clusters: ArrayLike<number>, resolution = 1, nodeWeights?: ArrayLike<number>): number {
  checkLength(network, clusters, 'cpmQuality');
  const { internal, total } = internalAndTotalWeight(network, clusters);
  if (total === 0) return 0;
  const weightPerCluster = new Float64Array(countClusters(clusters));
  for (let i = 0; i < network.nodeCount; i++) weightPerCluster[clusters[i]] += nodeWeights ? nodeWeights[i] : 1;
  let penalty = 0;
  for (const w of weightPerCluster) penalty += w * w;
  return (internal - resolution * penalty) / total;
}

/** Silhouette values of a clustering. */
export interface Silhouette {
  /** s(i) per node, in [−1, 1]; 0 for members of singleton clusters. */
  nodes: Float64Array;
  /** Mean s(i) of each cluster's members. */
  clusters: Float64Array;
  /** Mean s(i) over all nodes (0 for an empty network). */
  overall: number;
}

/**
 * Silhouette (Rousseeuw 1987) on link-based distances: s(i) = (b(i) − a(i)) / max(a(i), b(i)),
 * a(i) = mean distance from i to the other members of its cluster, b(i) = smallest mean distance
 * from i to the members of another cluster; s(i) = 0 in singleton clusters and when there is only
 * one cluster.
 *
 * ANALYTICS.md only says that CiteSpace derives distances from the (co-citation) network, without
 * a formula, so the distance used here is d_ij = 1 − a_ij / max_a: one minus the link weight
 * normalised by the largest link weight of the network (unlinked pairs are at distance 1). Pass an
 * already normalised network (e.g. association strength) to get similarity-based distances.
 * O(m + n) time: mean distances to a cluster follow from the summed link weights into it.
 */
export function silhouette(network: CsrNetwork, clusters: ArrayLike<number>): Silhouette {
  checkLength(network, clusters, 'silhouette');
  const n = network.nodeCount;
  const { offsets, neighbors, weights } = network;
  const k = countClusters(clusters);
  const sizes = new Int32Array(k);
  for (let i = 0; i < n; i++) sizes[clusters[i]]++;
  let nonEmptyCount = 0;
  for (let c = 0; c < k; c++) if (sizes[c] > 0) nonEmptyCount++;
  let maxWeight = 0;
  for (const w of weights) if (w > maxWeight) maxWeight = w;
  const scale = maxWeight > 0 ? 1 / maxWeight : 0;

  const nodes = new Float64Array(n);
  const sumTo = new Float64Array(k);
  const touched = new Int32Array(k);
  for (let i = 0; i < n; i++) {
    const own = clusters[i];
    let touchedCount = 0;
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      const c = clusters[neighbors[e]];
      if (sumTo[c] === 0) touched[touchedCount++] = c;
      sumTo[c] += weights[e] * scale;
    }
    let a = 1;
    let b = Infinity;
    let otherLinked = 0;
    for (let t = 0; t < touchedCount; t++) {
      const c = touched[t];
      if (c === own) a = 1 - sumTo[c] / (sizes[own] - 1);
      else {
        otherLinked++;
        const d = 1 - sumTo[c] / sizes[c];
        if (d < b) b = d;
      }
      sumTo[c] = 0;
    }
    if (sizes[own] <= 1 || nonEmptyCount <= 1) continue;
    // A non-empty cluster without links to i is at mean distance 1.
    if (otherLinked < nonEmptyCount - 1) b = Math.min(b, 1);
    const denominator = Math.max(a, b);
    nodes[i] = denominator > 0 ? (b - a) / denominator : 0;
  }
  const sums = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < n; i++) {
    sums[clusters[i]] += nodes[i];
    total += nodes[i];
  }
  for (let c = 0; c < k; c++) sums[c] = sizes[c] > 0 ? sums[c] / sizes[c] : 0;
  return { nodes, clusters: sums, overall: n > 0 ? total / n : 0 };
}

/**
 * Ids of the clusters whose members do not induce a connected subgraph (ascending). Empty for a
 * clustering in which every cluster is connected, the guarantee Leiden gives and Louvain does not.
 */
export function disconnectedClusters(network: CsrNetwork, clusters: ArrayLike<number>): number[] {
  checkLength(network, clusters, 'disconnectedClusters');
  const n = network.nodeCount;
  const { offsets, neighbors } = network;
  const k = countClusters(clusters);
  const hasSeen = new Uint8Array(k);
  const isBad = new Uint8Array(k);
  const isVisited = new Uint8Array(n);
  const stack = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (isVisited[i]) continue;
    const c = clusters[i];
    if (hasSeen[c]) isBad[c] = 1;
    hasSeen[c] = 1;
    let top = 0;
    stack[top++] = i;
    isVisited[i] = 1;
    while (top > 0) {
      const v = stack[--top];
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        const j = neighbors[e];
        if (!isVisited[j] && clusters[j] === c) {
          isVisited[j] = 1;
          stack[top++] = j;
        }
      }
    }
  }
  const out: number[] = [];
  for (let c = 0; c < k; c++) if (isBad[c]) out.push(c);
  return out;
}

/** Whether every cluster induces a connected subgraph. */
export function isEveryClusterConnected(network: CsrNetwork, clusters: ArrayLike<number>): boolean {
  return disconnectedClusters(network, clusters).length === 0;
}
