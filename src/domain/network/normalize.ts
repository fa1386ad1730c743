/**
 * Normalisation of co-occurrence networks (ANALYTICS.md section 3; van Eck & Waltman 2009, How to
 * normalize cooccurrence data? JASIST 60(8):1635-1651). With c_ij the raw link strength and c_i
 * the per-node totals:
 *
 * - association strength (VOSviewer, CWTS networkanalysis): a'_ij = 2m · c_ij / (k_i · k_j), with
 *   k_i the node totals (by default the total link strength, as VOSviewer sets node weights to
 *   total edge weights) and 2m = Σ_i k_i, i.e. observed over expected links in a configuration model;
 * - cosine (Salton): c_ij / √(c_i · c_j);
 * - Jaccard: c_ij / (c_i + c_j − c_ij);
 * - inclusion: c_ij / min(c_i, c_j);
 * - none: the raw strengths.
 *
 * For cosine, Jaccard and inclusion c_i must be the occurrences (the diagonal of the co-occurrence
 * matrix, `BuiltNetwork.diagonal`); they are required.
 */
import { nodeStrengths, type CsrNetwork } from './csr';

export type Normalization = 'association-strength' | 'cosine' | 'jaccard' | 'inclusion' | 'none';

export const DEFAULT_NORMALIZATION: Normalization = 'association-strength';

/**
 * Returns a new network with the same structure and normalised weights. Links whose
 * normalisation is undefined (a zero denominator) get weight 0 and are kept so the structure
 * stays shared with the input; callers can drop them with `csrFromLinks`.
 */
export function normalizeNetwork(network: CsrNetwork, method: Normalization = DEFAULT_NORMALIZATION, totals?: ArrayLike<number>): CsrNetwork {
  const { nodeCount, offsets, neighbors, weights } = network;
  if (method !== 'association-strength' && method !== 'none' && !totals) throw new Error(`domain/network: ${method} normalisation needs per-node totals (occurrences)`);
  if (totals && totals.length !== nodeCount) throw new Error(`domain/network: ${totals.length} totals for ${nodeCount} nodes`);
  const out = new Float64Array(weights.length);
  const c: ArrayLike<number> = totals ?? nodeStrengths(network);
  let twoM = 0;
  for (let i = 0; i < nodeCount; i++) twoM += c[i];
  for (let i = 0; i < nodeCount; i++) {
    const ci = c[i];
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const a = weights[k];
      const cj = c[neighbors[k]];
      let denominator: number;
      switch (method) {
        case 'association-strength':
          denominator = (ci * cj) / twoM;
          break;
        case 'cosine':
          denominator = Math.sqrt(ci * cj);
          break;
        case 'jaccard':
          denominator = ci + cj - a;
          break;
        case 'inclusion':
          denominator = Math.min(ci, cj);
          break;
        case 'none':
          denominator = 1;
          break;
      }
      out[k] = denominator > 0 ? a / denominator : 0;
    }
  }
  return { nodeCount, offsets: offsets.slice(), neighbors: neighbors.slice(), weights: out };
}
