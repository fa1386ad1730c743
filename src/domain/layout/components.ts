/**
 * Connected components of a CSR network and extraction of one component as its own CSR network,
 * so each component can be laid out on its own and packed afterwards.
 */
import type { CsrNetwork } from '../network/csr';

/** The connected components of a network, largest first (ties: lowest node index first). */
export interface Components {
  /** Component number of each node (index into `members`). */
  componentOf: Int32Array;
  /** Node indices of each component, ascending within a component. */
  members: Int32Array[];
}

/** Finds connected components by breadth-first search, O(n + m). Isolated nodes are singletons. */
export function connectedComponents(network: CsrNetwork): Components {
  const n = network.nodeCount;
  const { offsets, neighbors } = network;
  const label = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const raw: Int32Array[] = [];
  for (let s = 0; s < n; s++) {
    if (label[s] >= 0) continue;
    const c = raw.length;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    label[s] = c;
    while (head < tail) {
      const v = queue[head++];
      for (let k = offsets[v]; k < offsets[v + 1]; k++) {
        const u = neighbors[k];
        if (label[u] < 0) {
          label[u] = c;
          queue[tail++] = u;
        }
      }
    }
    raw.push(queue.slice(0, tail).sort());
  }
  const order = raw.map((_, i) => i).sort((a, b) => raw[b].length - raw[a].length || raw[a][0] - raw[b][0]);
  const members = order.map((i) => raw[i]);
  const componentOf = new Int32Array(n);
  members.forEach((nodes, c) => {
    for (const v of nodes) componentOf[v] = c;
  });
  return { componentOf, members };
}

/**
 * The sub-network induced by `nodes` (ascending global indices), renumbered 0..nodes.length-1 in
 * the same order. Neighbour order stays ascending because renumbering is monotone.
 */
export function inducedSubnetwork(network: CsrNetwork, nodes: Int32Array): CsrNetwork {
  const local = new Map<number, number>();
  nodes.forEach((v, i) => local.set(v, i));
  const offsets = new Int32Array(nodes.length + 1);
  let size = 0;
  for (let i = 0; i < nodes.length; i++) {
    const v = nodes[i];
    for (let k = network.offsets[v]; k < network.offsets[v + 1]; k++) if (local.has(network.neighbors[k])) size++;
    offsets[i + 1] = size;
  }
  const neighbors = new Int32Array(size);
  const weights = new Float64Array(size);
  let w = 0;
  for (let i = 0; i < nodes.length; i++) {
    const v = nodes[i];
    for (let k = network.offsets[v]; k < network.offsets[v + 1]; k++) {
      const j = local.get(network.neighbors[k]);
      if (j === undefined) continue;
      neighbors[w] = j;
      weights[w++] = network.weights[k];
    }
  }
  return { nodeCount: nodes.length, offsets, neighbors, weights };
}
