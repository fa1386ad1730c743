/**
 * Burst strength and sigma of every item of a map, as CiteSpace reports them next to its nodes.
 *
 * - Burst: Kleinberg, J. (2003). Bursty and hierarchical structure in streams. Data Min. Knowl.
 *   Discov. 7:373-397, two-state batched form (ANALYTICS.md section 7, `../metrics/burst.ts`). For
 *   item i and year t: r_t = documents of year t behind i (containing it; for cited units, citing
 *   it), d_t = documents of year t of the map's dataset. The years run from the first to the last
 *   dated document, as in `../bursts/burst-table.ts`, so both give the same bursts for an item.
 *   The item keeps its strongest burst.
 * - Sigma: Chen, C. et al. (2009). Towards an explanatory and computational theory of scientific
 *   discovery. J. Informetrics 3(3):191-209. sigma = (BC + 1)^burst strength.
 */
import { DEFAULT_BURST_OPTIONS, detectBursts, sigma, type BurstOptions } from '../metrics/burst';
import type { Publication } from '../model';
import type { UnitTable } from '../network/units';

/** The strongest burst of every node, in parallel typed arrays. */
export interface ItemBursts {
  /** Strength (nats) of each node's strongest burst; 0 when the node has none. */
  strength: Float64Array;
  /** First and last year (inclusive) of that burst; NaN when the node has none. */
  start: Float64Array;
  end: Float64Array;
  /** The year axis (first to last dated document) and the documents of each year (d_t). */
  years: number[];
  totals: number[];
  /** Documents without a year: left out of every series. */
  undatedDocuments: number;
}

/**
 * Strongest Kleinberg burst of each node's yearly document counts against the dataset's yearly
 * document totals. `units` is the documents x units incidence of `documents` (distinct units per
 * document) and `unitIndex[node]` the unit of each node. Returns undefined when no document has a
 * year (there is no time axis). Cost: O(nnz + nodes x years), typed arrays only.
 */
export function itemBursts(
  units: Pick<UnitTable, 'docOffsets' | 'docUnits' | 'keys'>,
  documents: readonly Publication[],
  unitIndex: ArrayLike<number>,
  options: Partial<BurstOptions> = {},
): ItemBursts | undefined {
  const o = { ...DEFAULT_BURST_OPTIONS, ...options };
  let firstYear = Infinity;
  let lastYear = -Infinity;
  let undatedDocuments = 0;
  // Each document's year read once (NaN when undated): the counting pass reads this array.
  const docYear = new Float64Array(documents.length);
  for (let d = 0; d < documents.length; d++) {
    const year = documents[d].year;
    if (year === undefined || !Number.isFinite(year)) {
      docYear[d] = NaN;
      undatedDocuments++;
    } else {
      docYear[d] = year;
      if (year < firstYear) firstYear = year;
      if (year > lastYear) lastYear = year;
    }
  }
  if (firstYear > lastYear) return undefined;

  const yearCount = lastYear - firstYear + 1;
  const nodeCount = unitIndex.length;
  const nodeOf = new Int32Array(units.keys.length).fill(-1);
  for (let node = 0; node < nodeCount; node++) nodeOf[unitIndex[node]] = node;
  const years = Array.from({ length: yearCount }, (_, t) => firstYear + t);
  const totals = new Float64Array(yearCount);
  // Node-major counts so each node's series is one contiguous subarray.
  const counts = new Float64Array(nodeCount * yearCount);
  for (let d = 0; d < documents.length; d++) {
    const year = docYear[d];
    if (year !== year) continue;
    const t = year - firstYear;
    totals[t]++;
    for (let k = units.docOffsets[d]; k < units.docOffsets[d + 1]; k++) {
      const node = nodeOf[units.docUnits[k]];
      if (node >= 0) counts[node * yearCount + t]++;
    }
  }

  const strength = new Float64Array(nodeCount);
  const start = new Float64Array(nodeCount).fill(NaN);
  const end = new Float64Array(nodeCount).fill(NaN);
  for (let node = 0; node < nodeCount; node++) {
    const bursts = detectBursts(years, counts.subarray(node * yearCount, (node + 1) * yearCount), totals, o);
    for (const b of bursts) {
      // Strictly stronger: on a tie the earlier burst stays, as in the burst table.
      if (b.strength > strength[node]) {
        strength[node] = b.strength;
        start[node] = b.start;
        end[node] = b.end;
      }
    }
  }
  return { strength, start, end, years, totals: Array.from(totals), undatedDocuments };
}

/**
 * Sigma of every node, (BC + 1)^burst strength (Chen et al. 2009), from the betweenness and the
 * strongest-burst strength of each node; a node without a burst (strength 0) has sigma 1.
 *
 * BC is expected in CiteSpace's form, normalised to [0, 1] by the (n - 1)(n - 2) / 2 pairs not
 * containing the node (ANALYTICS.md section 6): unnormalised pair counts would make sigma explode
 * with the size of the network instead of measuring the node. `runMap` passes the map's own
 * betweenness (`../metrics/centrality.ts`: normalised, shortest paths by link length 1 / weight),
 * so sigma agrees with the Betweenness column next to it; whether CiteSpace weights its paths is
 * unverified.
 */
export function itemSigmas(betweenness: ArrayLike<number>, burstStrength: ArrayLike<number>): Float64Array {
  if (betweenness.length !== burstStrength.length) throw new Error('domain/maps: betweenness and burst strengths must have the same length');
  const out = new Float64Array(betweenness.length);
  for (let i = 0; i < out.length; i++) out[i] = sigma(betweenness[i], burstStrength[i]);
  return out;
}
