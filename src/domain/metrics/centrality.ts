/**
 * Node centralities of an undirected weighted CSR network: degree, total link strength,
 * betweenness and PageRank.
 *
 * - Betweenness: Freeman, L.C. (1977). Sociometry 40:35-41; computed with Brandes, U. (2001). A
 *   faster algorithm for betweenness centrality. J. Math. Sociol. 25(2):163-177.
 *   C_B(v) = sum_{s != v != t, s < t} sigma_st(v) / sigma_st. Weighted by default with link length
 *   1 / weight (ANALYTICS.md section 6: a strong link is a short one), O(nm + n^2 log n) with a
 *   binary heap; `weighted: false` counts hops, O(nm).
 * - PageRank: Brin, S. & Page, L. (1998). The anatomy of a large-scale hypertextual Web search
 *   engine. PR(i) = (1 - d)/n + d (sum_j w_ji / k_j PR(j) + D / n), with damping d = 0.85,
 *   k_j the strength of j and D the total rank of dangling (isolated) nodes, spread uniformly.
 */
import { nodeStrengths, type CsrNetwork } from '../network/csr';

/** Number of neighbours of each node. */
export function degree(network: CsrNetwork): Int32Array {
  const out = new Int32Array(network.nodeCount);
  for (let i = 0; i < network.nodeCount; i++) out[i] = network.offsets[i + 1] - network.offsets[i];
  return out;
}

/** Total link strength k_i = sum_j a_ij of each node. */
export const totalLinkStrength = (network: CsrNetwork): Float64Array => nodeStrengths(network);

export interface BetweennessOptions {
  /** Shortest paths by link length 1 / weight (true) or by hop count (false). */
  weighted: boolean;
  /** Divide by (n - 1)(n - 2) / 2, the number of pairs not containing v, giving [0, 1]. */
  normalized: boolean;
  onProgress?: (progress: { phase: string; done: number; total: number }) => void;
  shouldStop?: () => boolean;
}

export const DEFAULT_BETWEENNESS_OPTIONS: Readonly<BetweennessOptions> = { weighted: true, normalized: true };

/** Relative tolerance under which two weighted path lengths count as equal (1/3 + 1/3 + 1/3 vs 1). */
const TIE = 1e-10;

/**
 * Betweenness centrality of every node (Brandes 2001), undirected: each unordered pair {s, t}
 * counted once. Throws if stopped through `shouldStop` (a partial result would be wrong).
 */
export function betweenness(network: CsrNetwork, options: Partial<BetweennessOptions> = {}): Float64Array {
  const o = { ...DEFAULT_BETWEENNESS_OPTIONS, ...options };
  const n = network.nodeCount;
  const { offsets, neighbors, weights } = network;
  const cb = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Float64Array(n);
  const delta = new Float64Array(n);
  const stack = new Int32Array(n);
  // Predecessor lists in CSR-like form: each node has at most degree(v) predecessors.
  const predStart = offsets;
  const predCount = new Int32Array(n);
  const pred = new Int32Array(neighbors.length);
  const heap = new MinHeap(n);
  // Link lengths 1 / weight, divided once rather than at every relaxation.
  const lengths = new Float64Array(weights.length);
  for (let k = 0; k < lengths.length; k++) lengths[k] = 1 / weights[k];
  const queue = new Int32Array(n);
  const settled = new Uint8Array(n);
  for (let s = 0; s < n; s++) {
    sigma.fill(0);
    dist.fill(Infinity);
    predCount.fill(0);
    sigma[s] = 1;
    dist[s] = 0;
    let top = 0;
    if (o.weighted) {
      heap.clear();
      heap.push(s, 0);
      settled.fill(0);
      while (heap.size > 0) {
        const v = heap.pop();
        if (settled[v]) continue;
        settled[v] = 1;
        stack[top++] = v;
        for (let k = offsets[v]; k < offsets[v + 1]; k++) {
          const u = neighbors[k];
          if (settled[u]) continue;
          const alt = dist[v] + lengths[k];
          const du = dist[u];
          // Longer than the path known (beyond the tie tolerance): the common case in dense maps.
          if (alt > du && alt - du > TIE * alt) continue;
          const tol = TIE * Math.max(alt, du === Infinity ? 0 : du);
          if (alt < dist[u] - tol) {
            dist[u] = alt;
            sigma[u] = sigma[v];
            pred[predStart[u]] = v;
            predCount[u] = 1;
            heap.push(u, alt);
          } else if (Math.abs(alt - dist[u]) <= tol) {
            sigma[u] += sigma[v];
            pred[predStart[u] + predCount[u]++] = v;
          }
        }
      }
    } else {
      let head = 0;
      let tail = 0;
      queue[tail++] = s;
      while (head < tail) {
        const v = queue[head++];
        stack[top++] = v;
        for (let k = offsets[v]; k < offsets[v + 1]; k++) {
          const u = neighbors[k];
          if (dist[u] === Infinity) {
            dist[u] = dist[v] + 1;
            queue[tail++] = u;
          }
          if (dist[u] === dist[v] + 1) {
            sigma[u] += sigma[v];
            pred[predStart[u] + predCount[u]++] = v;
          }
        }
      }
    }
    delta.fill(0);
    while (top > 0) {
      const w = stack[--top];
      for (let p = 0; p < predCount[w]; p++) {
        const v = pred[predStart[w] + p];
        delta[v] += (sigma[v] / sigma[w]) * (1 + delta[w]);
      }
      if (w !== s) cb[w] += delta[w];
    }
    if (o.onProgress && (s + 1) % 256 === 0) o.onProgress({ phase: 'betweenness', done: s + 1, total: n });
    if (o.shouldStop?.()) throw new Error('domain/metrics: betweenness stopped');
  }
  // Every unordered pair was counted from both ends.
  const scale = o.normalized && n > 2 ? 1 / ((n - 1) * (n - 2)) : 0.5;
  for (let v = 0; v < n; v++) cb[v] *= scale;
  return cb;
}

export interface PageRankOptions {
  damping: number;
  /** Stop when the L1 change of the rank vector falls below this. */
  tolerance: number;
  maxIterations: number;
}

export const DEFAULT_PAGERANK_OPTIONS: Readonly<PageRankOptions> = { damping: 0.85, tolerance: 1e-12, maxIterations: 200 };

/**
 * Weighted PageRank by power iteration (formula in the file banner); a random walker follows a
 * link with probability proportional to its weight. Nodes without links are dangling: their rank
 * is spread over all nodes. The result sums to 1.
 */
export function pageRank(network: CsrNetwork, options: Partial<PageRankOptions> = {}): Float64Array {
  const o = { ...DEFAULT_PAGERANK_OPTIONS, ...options };
  const n = network.nodeCount;
  if (n === 0) return new Float64Array(0);
  const { offsets, neighbors, weights } = network;
  const strength = totalLinkStrength(network);
  let rank = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let it = 0; it < o.maxIterations; it++) {
    let dangling = 0;
    for (let j = 0; j < n; j++) if (!(strength[j] > 0)) dangling += rank[j];
    next.fill(((1 - o.damping) + o.damping * dangling) / n);
    for (let j = 0; j < n; j++) {
      if (!(strength[j] > 0)) continue;
      const share = (o.damping * rank[j]) / strength[j];
      for (let k = offsets[j]; k < offsets[j + 1]; k++) next[neighbors[k]] += share * weights[k];
    }
    let change = 0;
    for (let i = 0; i < n; i++) change += Math.abs(next[i] - rank[i]);
    [rank, next] = [next, rank];
    if (change < o.tolerance) break;
  }
  return rank;
}

/** Binary min-heap of node indices keyed by distance; stale entries are skipped by the caller. */
class MinHeap {
  private nodes: Int32Array;
  private keys: Float64Array;
  size = 0;

  constructor(capacity: number) {
    this.nodes = new Int32Array(Math.max(4, capacity));
    this.keys = new Float64Array(Math.max(4, capacity));
  }

  clear(): void {
    this.size = 0;
  }

  push(node: number, key: number): void {
    if (this.size === this.nodes.length) {
      const nodes = new Int32Array(this.size * 2);
      const keys = new Float64Array(this.size * 2);
      nodes.set(this.nodes);
      keys.set(this.keys);
      this.nodes = nodes;
      this.keys = keys;
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent] <= key) break;
      this.nodes[i] = this.nodes[parent];
      this.keys[i] = this.keys[parent];
      i = parent;
    }
    this.nodes[i] = node;
    this.keys[i] = key;
  }

  pop(): number {
    const top = this.nodes[0];
    const lastNode = this.nodes[--this.size];
    const lastKey = this.keys[this.size];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.keys[child + 1] < this.keys[child]) child++;
      if (this.keys[child] >= lastKey) break;
      this.nodes[i] = this.nodes[child];
      this.keys[i] = this.keys[child];
      i = child;
    }
    this.nodes[i] = lastNode;
    this.keys[i] = lastKey;
    return top;
  }
}
