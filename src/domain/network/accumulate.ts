/**
 * Pair accumulation without hash maps: C = Mᵀ · diag(w) · M with the diagonal removed, where M is
 * a sparse carriers x nodes matrix (carriers are documents for co-occurrence, cited works for
 * coupling) and w a weight per carrier (1 for full counting, 1/(n_c - 1) for fractional).
 *
 * Rows are built one at a time (ANALYTICS.md section 15): for node i, every carrier holding i
 * adds w_c · M_ci · M_cj to a dense Float64Array scratch at each later node j of that carrier;
 * the touched entries are sorted, written out and reset. Cost is O(number of pair
 * contributions); memory is the output CSR plus O(nodeCount) scratch. Two passes (count, then
 * fill) allocate the output exactly, so no growable buffer ever doubles the peak.
 */
import type { CsrNetwork } from './csr';

/** A sparse carriers x nodes matrix in CSR form; `values` absent means all ones. */
export interface Incidence {
  carrierCount: number;
  nodeCount: number;
  offsets: Int32Array;
  nodes: Int32Array;
  values?: Float64Array;
}

/**
 * Keeps the columns of `keep` (renumbered in order: kept node k of the output is the k-th kept
 * column), drops the others, and sorts each carrier's nodes ascending, summing repeated nodes.
 */
export function restrictIncidence(incidence: Incidence, keep: Uint8Array): { incidence: Incidence; oldIndex: Int32Array } {
  const newIndex = new Int32Array(incidence.nodeCount).fill(-1);
  let kept = 0;
  for (let i = 0; i < incidence.nodeCount; i++) if (keep[i]) newIndex[i] = kept++;
  const oldIndex = new Int32Array(kept);
  for (let i = 0; i < incidence.nodeCount; i++) if (newIndex[i] >= 0) oldIndex[newIndex[i]] = i;
  const { offsets, nodes, values } = incidence;
  const outOffsets = new Int32Array(incidence.carrierCount + 1);
  const outNodes = new Int32Array(nodes.length);
  const outValues = new Float64Array(nodes.length);
  let write = 0;
  for (let c = 0; c < incidence.carrierCount; c++) {
    const start = write;
    for (let k = offsets[c]; k < offsets[c + 1]; k++) {
      const j = newIndex[nodes[k]];
      if (j < 0) continue;
      outNodes[write] = j;
      outValues[write++] = values ? values[k] : 1;
    }
    if (write - start > 1) {
      // Insertion sort: carriers are short (a reference list, an author list) and often sorted already.
      for (let a = start + 1; a < write; a++) {
        const n = outNodes[a];
        const v = outValues[a];
        let b = a - 1;
        while (b >= start && outNodes[b] > n) {
          outNodes[b + 1] = outNodes[b];
          outValues[b + 1] = outValues[b];
          b--;
        }
        outNodes[b + 1] = n;
        outValues[b + 1] = v;
      }
      let merged = start;
      for (let a = start + 1; a < write; a++) {
        if (outNodes[a] === outNodes[merged]) outValues[merged] += outValues[a];
        else {
          merged++;
          outNodes[merged] = outNodes[a];
          outValues[merged] = outValues[a];
        }
      }
      write = merged + 1;
    }
    outOffsets[c + 1] = write;
  }
  return {
    incidence: { carrierCount: incidence.carrierCount, nodeCount: kept, offsets: outOffsets, nodes: outNodes.slice(0, write), values: outValues.slice(0, write) },
    oldIndex,
  };
}

/**
 * Computes C = Mᵀ · diag(carrierWeights) · M without its diagonal, as a CSR network. Each
 * carrier's nodes must be sorted ascending and distinct (see {@link restrictIncidence}). Links
 * weaker than `minLinkStrength` are left out.
 */
export function accumulatePairs(incidence: Incidence, carrierWeights: Float64Array, minLinkStrength = 0): CsrNetwork {
  const { carrierCount, nodeCount, offsets, nodes, values } = incidence;
  // Transpose: for each node, the positions (into `nodes`) of its entries, carrier by carrier.
  const nodeOffsets = new Int32Array(nodeCount + 1);
  for (let c = 0; c < carrierCount; c++) {
    if (offsets[c + 1] - offsets[c] < 2 || !(carrierWeights[c] > 0)) continue;
    for (let k = offsets[c]; k < offsets[c + 1]; k++) nodeOffsets[nodes[k] + 1]++;
  }
  for (let i = 0; i < nodeCount; i++) nodeOffsets[i + 1] += nodeOffsets[i];
  const positions = new Int32Array(nodeOffsets[nodeCount]);
  const carrierOf = new Int32Array(nodeOffsets[nodeCount]);
  const fill = nodeOffsets.slice(0, nodeCount);
  for (let c = 0; c < carrierCount; c++) {
    if (offsets[c + 1] - offsets[c] < 2 || !(carrierWeights[c] > 0)) continue;
    for (let k = offsets[c]; k < offsets[c + 1]; k++) {
      const slot = fill[nodes[k]]++;
      positions[slot] = k;
      carrierOf[slot] = c;
    }
  }

  const scratch = new Float64Array(nodeCount);
  const touched = new Int32Array(nodeCount);
  const threshold = Math.max(minLinkStrength, Number.MIN_VALUE);

  /** Accumulates the upper part (j > i) of row i into scratch; returns the number of touched nodes. */
  const accumulateRow = (i: number): number => {
    let t = 0;
    for (let s = nodeOffsets[i]; s < nodeOffsets[i + 1]; s++) {
      const k = positions[s];
      const c = carrierOf[s];
      const wi = values ? carrierWeights[c] * values[k] : carrierWeights[c];
      const end = offsets[c + 1];
      for (let q = k + 1; q < end; q++) {
        const j = nodes[q];
        if (scratch[j] === 0) touched[t++] = j;
        scratch[j] += values ? wi * values[q] : wi;
      }
    }
    return t;
  };

  // Pass 1: degrees of the full (symmetric) rows.
  const degree = new Int32Array(nodeCount + 1);
  for (let i = 0; i < nodeCount; i++) {
    const t = accumulateRow(i);
    for (let a = 0; a < t; a++) {
      const j = touched[a];
      if (scratch[j] >= threshold) {
        degree[i + 1]++;
        degree[j + 1]++;
      }
      scratch[j] = 0;
    }
  }
  for (let i = 0; i < nodeCount; i++) degree[i + 1] += degree[i];
  const total = degree[nodeCount];
  const neighbors = new Int32Array(total);
  const weights = new Float64Array(total);
  const cursor = degree.slice(0, nodeCount);

  // Pass 2: the same sums in the same order (so the same links pass the threshold), written
  // sorted. Row i receives its lower entries (j < i) from earlier rows in ascending order, then
  // its own upper entries, so rows come out sorted with no per-row merge.
  for (let i = 0; i < nodeCount; i++) {
    const t = accumulateRow(i);
    const sub = touched.subarray(0, t);
    if (t > 1) sub.sort();
    for (let a = 0; a < t; a++) {
      const j = sub[a];
      const w = scratch[j];
      scratch[j] = 0;
      if (w < threshold) continue;
      neighbors[cursor[i]] = j;
      weights[cursor[i]++] = w;
      neighbors[cursor[j]] = i;
      weights[cursor[j]++] = w;
    }
  }
  return { nodeCount, offsets: degree, neighbors, weights };
}
