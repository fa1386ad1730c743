/** Networks shared by the clustering tests and the benchmark. */
import type { CsrNetwork } from '../network/csr';
import { csrFromLinks } from '../network/csr';
import type { Rng } from './random';

/**
 * Zachary's karate club (W.W. Zachary 1977, J. Anthropol. Res. 33:452–473): 34 members, 78
 * friendships, 0-based as in networkx. Best modularity 0.4198 (4 communities).
 */
export const KARATE_EDGES: ReadonlyArray<readonly [number, number]> = [
  [0, 1], [0, 2], [0, 3], [0, 4], [0, 5], [0, 6], [0, 7], [0, 8], [0, 10], [0, 11], [0, 12], [0, 13], [0, 17], [0, 19], [0, 21], [0, 31],
  [1, 2], [1, 3], [1, 7], [1, 13], [1, 17], [1, 19], [1, 21], [1, 30],
  [2, 3], [2, 7], [2, 8], [2, 9], [2, 13], [2, 27], [2, 28], [2, 32],
  [3, 7], [3, 12], [3, 13],
  [4, 6], [4, 10],
  [5, 6], [5, 10], [5, 16],
  [6, 16],
  [8, 30], [8, 32], [8, 33],
  [9, 33],
  [13, 33],
  [14, 32], [14, 33],
  [15, 32], [15, 33],
  [18, 32], [18, 33],
  [19, 33],
  [20, 32], [20, 33],
  [22, 32], [22, 33],
  [23, 25], [23, 27], [23, 29], [23, 32], [23, 33],
  [24, 25], [24, 27], [24, 31],
  [25, 31],
  [26, 29], [26, 33],
  [27, 33],
  [28, 31], [28, 33],
  [29, 32], [29, 33],
  [30, 32], [30, 33],
  [31, 32], [31, 33],
  [32, 33],
];

export function karateClub(): CsrNetwork {
  return csrFromLinks(34, KARATE_EDGES.map((e) => e[0]), KARATE_EDGES.map((e) => e[1]), KARATE_EDGES.map(() => 1));
}

/**
 * Planted-partition network: `nodeCount` nodes in communities of random size in
 * [minSize, maxSize], `linkCount` links (before merging duplicates); each link joins a random
 * node to a member of its own community with probability 1 − mixing, else to any node.
 */
export function plantedPartition(
  nodeCount: number,
  linkCount: number,
  options: { minSize: number; maxSize: number; mixing: number; rng: Rng },
): { network: CsrNetwork; communities: Int32Array } {
  const { minSize, maxSize, mixing, rng } = options;
  const communities = new Int32Array(nodeCount);
  const starts: number[] = [];
  let pos = 0;
  while (pos < nodeCount) {
    const size = Math.min(nodeCount - pos, minSize + Math.floor(rng() * (maxSize - minSize + 1)));
    for (let i = pos; i < pos + size; i++) communities[i] = starts.length;
    starts.push(pos);
    pos += size;
  }
  starts.push(nodeCount);
  const sources = new Int32Array(linkCount);
  const targets = new Int32Array(linkCount);
  for (let e = 0; e < linkCount; e++) {
    const a = Math.floor(rng() * nodeCount);
    const c = communities[a];
    const b = rng() < mixing ? Math.floor(rng() * nodeCount) : starts[c] + Math.floor(rng() * (starts[c + 1] - starts[c]));
    sources[e] = a;
    targets[e] = b;
  }
  return { network: csrFromLinks(nodeCount, sources, targets, new Float64Array(linkCount).fill(1)), communities };
}
