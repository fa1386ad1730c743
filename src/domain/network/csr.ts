import type { Brand } from '../model';

/** Index of a node in a network (0..nodeCount-1). */
export type NodeIndex = Brand<number, 'NodeIndex'>;

/**
 * An undirected weighted network in compressed sparse row form: the neighbours of node `i` are
 * `neighbors[offsets[i] .. offsets[i + 1])` with `weights` alongside. Every undirected link is
 * stored twice (i -> j and j -> i), there are no self loops, and neighbours are sorted
 * ascending. Immutable by convention; sent across threads with their buffers transferred.
 */
export interface CsrNetwork {
  nodeCount: number;
  offsets: Int32Array;
  neighbors: Int32Array;
  weights: Float64Array;
}

/** Number of undirected links. */
export const linkCount = (network: CsrNetwork): number => network.neighbors.length / 2;

/**
 * Builds a CSR network from undirected links (each given once, in any order; duplicates are summed,
 * self loops dropped, links of weight <= 0 dropped).
 */
export function csrFromLinks(nodeCount: number, sources: ArrayLike<number>, targets: ArrayLike<number>, weights: ArrayLike<number>): CsrNetwork {
  const degree = new Int32Array(nodeCount + 1);
  const m = sources.length;
  for (let k = 0; k < m; k++) {
    const a = sources[k];
    const b = targets[k];
    if (a === b || !(weights[k] > 0)) continue;
    if (a < 0 || b < 0 || a >= nodeCount || b >= nodeCount) throw new Error(`domain/network: link ${k} (${a}-${b}) is outside 0..${nodeCount - 1}`);
    degree[a + 1]++;
    degree[b + 1]++;
  }
  for (let i = 0; i < nodeCount; i++) degree[i + 1] += degree[i];
  const cursor = degree.slice(0, nodeCount);
  const neighbors = new Int32Array(degree[nodeCount]);
  const w = new Float64Array(degree[nodeCount]);
  for (let k = 0; k < m; k++) {
    const a = sources[k];
    const b = targets[k];
    if (a === b || !(weights[k] > 0)) continue;
    neighbors[cursor[a]] = b;
    w[cursor[a]++] = weights[k];
    neighbors[cursor[b]] = a;
    w[cursor[b]++] = weights[k];
  }
  // Sort each row and sum duplicates.
  const offsets = new Int32Array(nodeCount + 1);
  let write = 0;
  const order: number[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const start = degree[i];
    const end = degree[i + 1];
    order.length = 0;
    for (let k = start; k < end; k++) order.push(k);
    order.sort((x, y) => neighbors[x] - neighbors[y]);
    const rowN: number[] = [];
    const rowW: number[] = [];
    for (const k of order) {
      if (rowN.length && rowN[rowN.length - 1] === neighbors[k]) rowW[rowW.length - 1] += w[k];
      else {
        rowN.push(neighbors[k]);
        rowW.push(w[k]);
      }
    }
    offsets[i] = write;
    for (let k = 0; k < rowN.length; k++) {
      neighbors[write] = rowN[k];
      w[write++] = rowW[k];
    }
  }
  offsets[nodeCount] = write;
  return { nodeCount, offsets, neighbors: neighbors.slice(0, write), weights: w.slice(0, write) };
}

/** Total link weight of each node (its strength). */
export function nodeStrengths(network: CsrNetwork): Float64Array {
  const out = new Float64Array(network.nodeCount);
  for (let i = 0; i < network.nodeCount; i++) {
    let s = 0;
    for (let k = network.offsets[i]; k < network.offsets[i + 1]; k++) s += network.weights[k];
    out[i] = s;
  }
  return out;
}
