/**
 * Strategic diagram (ANALYTICS.md section 9) after Callon, M., Courtial, J.P. & Laville, F. (1991).
 * Co-word analysis as a tool for describing the network of interactions between basic and
 * technological research. Scientometrics 22(1):155-205; and Cobo, M.J. et al. (2011),
 * J. Informetrics 5(1):146-166.
 *
 * Link weight: the equivalence index e_ij = c_ij² / (c_i c_j) of the raw co-occurrence counts
 * (Callon), or the network's weights as given (e.g. association strength, the bibliometrix variant).
 *   centrality(S) = 10 · Σ e_kh over links with k ∈ S, h ∉ S     (external cohesion)
 *   density(S)    = 100 · Σ e_ij over links with i, j ∈ S / |S|  (internal cohesion, |S| = items of S)
 * Each undirected link counts once. Quadrants are cut at the median (default) or the mean of the
 * non-empty clusters' centralities and densities; a value on the axis counts as high.
 */
import type { CsrNetwork } from '../network/csr';

const err = (message: string): Error => new Error(`domain/themes: ${message}`);

export type Quadrant = 'motor' | 'niche' | 'emerging-or-declining' | 'basic';

/** How a link is weighted before summing. */
export type StrategicWeighting =
  /** Callon's equivalence index from raw counts; `occurrences[i]` = c_i (e.g. `BuiltNetwork.diagonal`). */
  | { kind: 'equivalence'; occurrences: ArrayLike<number> }
  /** The network's link weights as they are (already normalised, e.g. association strength). */
  | { kind: 'as-given' };

/** Options of {@link strategicDiagram}. */
export interface StrategicOptions {
  weighting: StrategicWeighting;
  /** Where the quadrants are cut. Default 'median'. */
  split: 'median' | 'mean';
  /** Factor of the centrality sum. Default 10 (Callon). */
  centralityFactor: number;
  /** Factor of the density mean. Default 100 (Callon). */
  densityFactor: number;
}

export const DEFAULT_STRATEGIC_OPTIONS: Readonly<Omit<StrategicOptions, 'weighting'>> = { split: 'median', centralityFactor: 10, densityFactor: 100 };

/** One theme (cluster) on the strategic diagram. */
export interface StrategicTheme {
  cluster: number;
  /** Items (nodes) in the cluster. */
  size: number;
  centrality: number;
  density: number;
  quadrant: Quadrant;
}

export interface StrategicDiagram {
  themes: StrategicTheme[];
  /** The axes: where the quadrants are cut. */
  centralityAxis: number;
  densityAxis: number;
  split: 'median' | 'mean';
}

/** The quadrant of a theme given the axes: high means at or above the axis. */
export function quadrantOf(centrality: number, density: number, centralityAxis: number, densityAxis: number): Quadrant {
  const central = centrality >= centralityAxis;
  const dense = density >= densityAxis;
  return central ? (dense ? 'motor' : 'basic') : dense ? 'niche' : 'emerging-or-declining';
}

const median = (values: number[]): number => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const mean = (values: number[]): number => (values.length ? values.reduce((s, v) => s + v, 0) / values.length : 0);

/**
 * Callon centrality, density and quadrant of every cluster 0..max(clusters) (see the file banner).
 * `clusters[node]` is the node's cluster; nodes with a negative cluster belong to no theme, and
 * links to them count as external. Clusters without items get 0, 0 and do not move the axes.
 */
export function strategicDiagram(network: CsrNetwork, clusters: ArrayLike<number>, options: Partial<Omit<StrategicOptions, 'weighting'>> & Pick<StrategicOptions, 'weighting'>): StrategicDiagram {
  const opts: StrategicOptions = { ...DEFAULT_STRATEGIC_OPTIONS, ...options };
  const n = network.nodeCount;
  if (clusters.length !== n) throw err(`clusters has ${clusters.length} entries for ${n} nodes`);
  const { weighting } = opts;
  if (weighting.kind === 'equivalence' && weighting.occurrences.length !== n) throw err(`occurrences has ${weighting.occurrences.length} entries for ${n} nodes`);

  let clusterCount = 0;
  for (let i = 0; i < n; i++) if (clusters[i] + 1 > clusterCount) clusterCount = clusters[i] + 1;
  const size = new Float64Array(clusterCount);
  const external = new Float64Array(clusterCount);
  const internal = new Float64Array(clusterCount);
  for (let i = 0; i < n; i++) if (clusters[i] >= 0) size[clusters[i]]++;

  for (let i = 0; i < n; i++) {
    const ci = clusters[i];
    for (let k = network.offsets[i]; k < network.offsets[i + 1]; k++) {
      const j = network.neighbors[k];
      if (j <= i) continue;
      let w = network.weights[k];
      if (weighting.kind === 'equivalence') {
        const denominator = weighting.occurrences[i] * weighting.occurrences[j];
        if (!(denominator > 0)) throw err(`link ${i}-${j} joins a node with no occurrences`);
        w = (w * w) / denominator;
      }
      const cj = clusters[j];
      if (ci >= 0 && ci === cj) internal[ci] += w;
      else {
        if (ci >= 0) external[ci] += w;
        if (cj >= 0) external[cj] += w;
      }
    }
  }

  const themes: StrategicTheme[] = [];
  for (let c = 0; c < clusterCount; c++) {
    const centrality = opts.centralityFactor * external[c];
    const density = size[c] > 0 ? (opts.densityFactor * internal[c]) / size[c] : 0;
    themes.push({ cluster: c, size: size[c], centrality, density, quadrant: 'emerging-or-declining' });
  }
  const present = themes.filter((t) => t.size > 0);
  const axis = opts.split === 'median' ? median : mean;
  const centralityAxis = axis(present.map((t) => t.centrality));
  const densityAxis = axis(present.map((t) => t.density));
  for (const t of themes) t.quadrant = quadrantOf(t.centrality, t.density, centralityAxis, densityAxis);
  return { themes, centralityAxis, densityAxis, split: opts.split };
}
