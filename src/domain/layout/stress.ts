/**
 * Normalised stress of a layout against graph-theoretic distances (Kamada & Kawai 1989; Gansner,
 * Koren & North 2004), used to report the quality of force layouts (and of every component).
 *
 *   stress = min_s sum_{i<j} (s d_ij - D_ij)^2 / sum_{i<j} D_ij^2 = 1 - (sum d D)^2 / (sum d^2 sum D^2)
 *
 * with d_ij the map distance, D_ij the hop distance and s the best uniform scale, so the figure
 * does not depend on the size of the map: 0 = distances proportional to hop counts, 1 = no
 * relation. Exact (all pairs, BFS from every node) up to `exactMaxNodes`; beyond that over the
 * pairs from `pivots` seeded random source nodes to all others, O(pivots * m).
 */
import type { CsrNetwork } from '../network/csr';
import { createRng, DEFAULT_SEED, type Rng } from './random';

export interface StressOptions {
  exactMaxNodes: number;
  pivots: number;
  seed: number;
  rng?: Rng;
}

export const DEFAULT_STRESS_OPTIONS: Readonly<StressOptions> = { exactMaxNodes: 500, pivots: 64, seed: DEFAULT_SEED };

/** Normalised stress in [0, 1] of a connected network's layout (pairs in different components are skipped). */
export function normalisedStress(network: CsrNetwork, x: ArrayLike<number>, y: ArrayLike<number>, options: Partial<StressOptions> = {}): number {
  const o = { ...DEFAULT_STRESS_OPTIONS, ...options };
  const n = network.nodeCount;
  if (n < 3) return 0;
  let sources: Int32Array;
  if (n <= o.exactMaxNodes) sources = Int32Array.from({ length: n }, (_, i) => i);
  else {
    const rng = o.rng ?? createRng(o.seed);
    sources = Int32Array.from({ length: o.pivots }, () => Math.floor(rng() * n));
  }
  const dist = new Int32Array(n);
  const queue = new Int32Array(n);
  let sdD = 0;
  let sdd = 0;
  let sDD = 0;
  for (const s of sources) {
    dist.fill(-1);
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++];
      for (let k = network.offsets[v]; k < network.offsets[v + 1]; k++) {
        const u = network.neighbors[k];
        if (dist[u] < 0) {
          dist[u] = dist[v] + 1;
          queue[tail++] = u;
        }
      }
    }
    for (let t = 0; t < n; t++) {
      if (t === s || dist[t] <= 0) continue;
      const dx = x[s] - x[t];
      const dy = y[s] - y[t];
      const d = Math.sqrt(dx * dx + dy * dy);
      const D = dist[t];
      sdD += d * D;
      sdd += d * d;
      sDD += D * D;
    }
  }
  if (sdd === 0 || sDD === 0) return sDD === 0 ? 0 : 1;
  return Math.max(0, 1 - (sdD * sdD) / (sdd * sDD));
}
