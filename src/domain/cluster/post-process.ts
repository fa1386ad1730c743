/**
 * Post-processing of a clustering, as VOSviewer does after its random starts
 * (`CPMClusteringAlgorithm.removeSmallClustersBasedOnNNodes`, `Clustering.orderClustersByNNodes`
 * in CWTS networkanalysis): merge clusters below a minimum size into a neighbouring cluster, then
 * number clusters by size.
 */
import type { CsrNetwork } from '../network/csr';
import { countClusters } from './quality';

/**
 * Merges every cluster with fewer than `minClusterSize` nodes, smallest first, into the
 * neighbouring cluster whose merge gains the most quality, ΔH ∝ E(A, B) − r · N_A · N_B
 * (E = link weight between the clusters, N = summed node weights, r = effective resolution: γ for
 * CPM, γ / 2m with n_i = k_i for modularity). VOSviewer picks the cluster maximising E(A, B) / N_B
 * instead; the gain rule is the one the quality function itself asks for. A small cluster without
 * links to another cluster stays as it is, so every cluster remains connected. Returns new ids
 * 0..k-1 (compacted, not yet ordered by size).
 */
export function mergeSmallClusters(
  network: CsrNetwork,
  clusters: Int32Array,
  minClusterSize: number,
  nodeWeights: ArrayLike<number>,
  resolution: number,
): Int32Array {
  const n = network.nodeCount;
  const k = countClusters(clusters);
  const sizes = new Float64Array(k);
  const weightOf = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    sizes[clusters[i]]++;
    weightOf[clusters[i]] += nodeWeights[i];
  }
  // Links between clusters, as one Map per cluster (merged smaller-into-target as clusters merge).
  const links: Map<number, number>[] = Array.from({ length: k }, () => new Map<number, number>());
  const { offsets, neighbors, weights } = network;
  for (let i = 0; i < n; i++) {
    const a = clusters[i];
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      const b = clusters[neighbors[e]];
      if (a !== b) links[a].set(b, (links[a].get(b) ?? 0) + weights[e]);
    }
  }
  const mergedInto = new Int32Array(k);
  for (let c = 0; c < k; c++) mergedInto[c] = c;

  // Visit the small clusters smallest first (ties: lowest id); targets only grow, so a cluster
  // that was small when queued is re-checked when popped.
  const heap = new MinHeap();
  for (let c = 0; c < k; c++) if (sizes[c] > 0 && sizes[c] < minClusterSize) heap.push(sizes[c] * k + c);
  while (heap.size > 0) {
    const key = heap.pop();
    const c = key % k;
    if (mergedInto[c] !== c || sizes[c] * k + c !== key || sizes[c] >= minClusterSize) continue;
    let best = -1;
    let bestGain = -Infinity;
    for (const [d, w] of links[c]) {
      const gain = w - resolution * weightOf[c] * weightOf[d];
      if (gain > bestGain || (gain === bestGain && d < best)) {
        best = d;
        bestGain = gain;
      }
    }
    if (best < 0) continue;
    mergedInto[c] = best;
    sizes[best] += sizes[c];
    weightOf[best] += weightOf[c];
    const target = links[best];
    target.delete(c);
    for (const [d, w] of links[c]) {
      if (d === best) continue;
      target.set(d, (target.get(d) ?? 0) + w);
      const back = links[d];
      back.set(best, (back.get(best) ?? 0) + (back.get(c) ?? 0));
      back.delete(c);
    }
    links[c].clear();
    if (sizes[best] < minClusterSize) heap.push(sizes[best] * k + best);
  }
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let c = clusters[i];
    while (mergedInto[c] !== c) c = mergedInto[c];
    out[i] = c;
  }
  return compact(out);
}

function compact(clusters: Int32Array): Int32Array {
  const map = new Int32Array(countClusters(clusters)).fill(-1);
  let next = 0;
  for (let i = 0; i < clusters.length; i++) {
    const c = clusters[i];
    if (map[c] < 0) map[c] = next++;
    clusters[i] = map[c];
  }
  return clusters;
}

/**
 * Renumbers clusters by decreasing number of nodes (0 = largest); ties keep the order of each
 * cluster's lowest node index. Returns the new ids and the cluster count.
 */
export function orderClustersBySize(clusters: Int32Array): { clusters: Int32Array; clusterCount: number } {
  const k = countClusters(clusters);
  const sizes = new Int32Array(k);
  const firstNode = new Int32Array(k).fill(-1);
  for (let i = 0; i < clusters.length; i++) {
    const c = clusters[i];
    sizes[c]++;
    if (firstNode[c] < 0) firstNode[c] = i;
  }
  const order = Array.from({ length: k }, (_, c) => c)
    .filter((c) => sizes[c] > 0)
    .sort((a, b) => sizes[b] - sizes[a] || firstNode[a] - firstNode[b]);
  const rank = new Int32Array(k);
  order.forEach((c, r) => {
    rank[c] = r;
  });
  const out = new Int32Array(clusters.length);
  for (let i = 0; i < clusters.length; i++) out[i] = rank[clusters[i]];
  return { clusters: out, clusterCount: order.length };
}

/** Binary min-heap of numbers. */
class MinHeap {
  private readonly items: number[] = [];

  get size(): number {
    return this.items.length;
  }

  push(value: number): void {
    const a = this.items;
    a.push(value);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (a[parent] <= a[i]) break;
      [a[parent], a[i]] = [a[i], a[parent]];
      i = parent;
    }
  }

  pop(): number {
    const a = this.items;
    const top = a[0];
    const last = a.pop() as number;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l] < a[m]) m = l;
        if (r < a.length && a[r] < a[m]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}
