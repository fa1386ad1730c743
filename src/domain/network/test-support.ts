/** Small publications for the network tests (test-only helpers, never imported by product code). */
import { emptyPublication, type Author, type CitedReference, type Publication } from '../model';
import type { CsrNetwork } from './csr';

export const author = (shortName: string): Author => ({ fullName: shortName, shortName, surname: shortName.split(' ')[0], affiliationIndices: [] });

export const reference = (doi: string, authorKey?: string, source?: string): CitedReference => ({
  raw: `${authorKey ?? 'ANON'}, 2017, ${source ?? ''}, DOI ${doi}`,
  dois: [doi],
  authorKey,
  author: authorKey ? `${authorKey[0]}${authorKey.slice(1).toLowerCase()} A` : undefined,
  year: 2017,
  source,
});

export function publication(line: number, fields: Partial<Publication>): Publication {
  return { ...emptyPublication({ file: 'test.txt', format: 'wos-plaintext', line }), ...fields };
}

/** The network as a dense matrix, labels in node order: the easiest shape to write by hand. */
export function dense(network: CsrNetwork): number[][] {
  const out = Array.from({ length: network.nodeCount }, () => new Array<number>(network.nodeCount).fill(0));
  for (let i = 0; i < network.nodeCount; i++) {
    for (let k = network.offsets[i]; k < network.offsets[i + 1]; k++) out[i][network.neighbors[k]] = network.weights[k];
  }
  return out;
}

/** Throws unless the network is symmetric, sorted, without self loops or non-positive weights. */
export function checkInvariants(network: CsrNetwork): void {
  const { nodeCount, offsets, neighbors, weights } = network;
  if (offsets.length !== nodeCount + 1 || offsets[0] !== 0 || offsets[nodeCount] !== neighbors.length || weights.length !== neighbors.length) throw new Error('bad offsets');
  const weightAt = (i: number, j: number): number => {
    let lo = offsets[i];
    let hi = offsets[i + 1];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (neighbors[mid] < j) lo = mid + 1;
      else hi = mid;
    }
    return lo < offsets[i + 1] && neighbors[lo] === j ? weights[lo] : 0;
  };
  for (let i = 0; i < nodeCount; i++) {
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const j = neighbors[k];
      if (j === i) throw new Error(`self loop at ${i}`);
      if (k > offsets[i] && neighbors[k - 1] >= j) throw new Error(`row ${i} not sorted`);
      if (!(weights[k] > 0)) throw new Error(`weight ${weights[k]} at ${i}-${j}`);
      if (weightAt(j, i) !== weights[k]) throw new Error(`asymmetric ${i}-${j}`);
    }
  }
}
