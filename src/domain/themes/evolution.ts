/**
 * Thematic evolution across periods (ANALYTICS.md section 10), after Cobo, M.J., López-Herrera,
 * A.G., Herrera-Viedma, E. & Herrera, F. (2011). An approach for detecting, quantifying, and
 * visualizing the evolution of a research field. J. Informetrics 5(1):146-166, as implemented in
 * bibliometrix `R/thematicEvolution.R`. For theme U of period t and theme V of period t + 1:
 *
 *   inclusion          = |U ∩ V| / min(|U|, |V|)
 *   weighted inclusion = Σ_{k ∈ U∩V} min(occ_U(k), occ_V(k)) / min(tot_U, tot_V)
 *   stability          = |U ∩ V| / |U ∪ V|                      (Jaccard)
 *   equivalence        = |U ∩ V|² / (|U| · |V|)
 *
 * occ is an item's weight (occurrences) in the theme, tot the theme's total weight. Equivalence is
 * not in section 10: it is Callon's equivalence index (section 9) applied to the two item sets,
 * offered for comparison. Themes are compared between consecutive periods only.
 */

const err = (message: string): Error => new Error(`domain/themes: ${message}`);

export type EvolutionIndex = 'inclusion' | 'weighted-inclusion' | 'stability' | 'equivalence';

/** One theme of a period: its items (keywords, references ...) with their weights. */
export interface PeriodTheme {
  /** The cluster id within its period. */
  id: number;
  /** Items by key; a key listed twice adds its weights. Weights must be positive. */
  items: readonly { key: string; weight: number }[];
}

/** One user-chosen period and its themes. */
export interface ThemePeriod {
  /** Shown on the chart, e.g. "2010-2014". */
  label: string;
  themes: readonly PeriodTheme[];
}

/** Options of {@link thematicEvolution}. */
export interface EvolutionOptions {
  /** The index that weighs the links. Default 'inclusion'. */
  index: EvolutionIndex;
  /** Links whose index is below this are left out. Default 0 (every pair sharing an item). */
  minWeight: number;
}

export const DEFAULT_EVOLUTION_OPTIONS: Readonly<EvolutionOptions> = { index: 'inclusion', minWeight: 0 };

export interface EvolutionIndices {
  inclusion: number;
  weightedInclusion: number;
  stability: number;
  equivalence: number;
  /** |U ∩ V|. */
  sharedItems: number;
}

/** A Sankey link between a theme of one period and a theme of the next. */
export interface EvolutionLink {
  /** Period indices (into the periods given) and theme ids. */
  fromPeriod: number;
  fromCluster: number;
  toPeriod: number;
  toCluster: number;
  /** The chosen index. */
  weight: number;
  indices: EvolutionIndices;
  /** Keys of the shared items, sorted (code-unit order). */
  sharedKeys: string[];
}

export interface EvolutionResult {
  links: EvolutionLink[];
  /** Themes with no link to the period before nor after, reported rather than dropped silently. */
  unlinkedThemes: { period: number; cluster: number }[];
  /** Consecutive periods joined by no link (their themes share no item, or none reaches the minimum). */
  disconnectedTransitions: { fromPeriod: number; toPeriod: number }[];
}

const themeWeights = (theme: PeriodTheme, period: number): Map<string, number> => {
  const out = new Map<string, number>();
  for (const { key, weight } of theme.items) {
    if (!(weight > 0)) throw err(`item "${key}" of theme ${theme.id} in period ${period} has weight ${weight}; weights must be positive`);
    out.set(key, (out.get(key) ?? 0) + weight);
  }
  return out;
};

const total = (items: ReadonlyMap<string, number>): number => {
  let s = 0;
  for (const w of items.values()) s += w;
  return s;
};

/** The four indices of section 10 (plus equivalence) between two themes given as key -> weight maps. */
export function evolutionIndices(u: ReadonlyMap<string, number>, v: ReadonlyMap<string, number>): EvolutionIndices {
  const [small, large] = u.size <= v.size ? [u, v] : [v, u];
  let shared = 0;
  let sharedMin = 0;
  for (const [key, w] of small) {
    const other = large.get(key);
    if (other === undefined) continue;
    shared++;
    sharedMin += Math.min(w, other);
  }
  if (shared === 0) return { inclusion: 0, weightedInclusion: 0, stability: 0, equivalence: 0, sharedItems: 0 };
  const totU = total(u);
  const totV = total(v);
  return {
    inclusion: shared / Math.min(u.size, v.size),
    weightedInclusion: sharedMin / Math.min(totU, totV),
    stability: shared / (u.size + v.size - shared),
    equivalence: (shared * shared) / (u.size * v.size),
    sharedItems: shared,
  };
}

const INDEX_FIELD: Record<EvolutionIndex, keyof EvolutionIndices> = {
  inclusion: 'inclusion',
  'weighted-inclusion': 'weightedInclusion',
  stability: 'stability',
  equivalence: 'equivalence',
};

/**
 * Links every theme of period p to every theme of period p + 1 sharing at least one item whose
 * chosen index reaches `minWeight`, ready for a Sankey chart. Links are ordered by period, then
 * source theme id, then target theme id. Periods in the order given (the caller's chronology).
 */
export function thematicEvolution(periods: readonly ThemePeriod[], options: Partial<EvolutionOptions> = {}): EvolutionResult {
  const opts = { ...DEFAULT_EVOLUTION_OPTIONS, ...options };
  const field = INDEX_FIELD[opts.index];
  if (!field) throw err(`unknown evolution index "${String(opts.index)}"`);
  const weights = periods.map((period, p) => {
    const ids = new Set<number>();
    return [...period.themes]
      .sort((a, b) => a.id - b.id)
      .map((theme) => {
        if (ids.has(theme.id)) throw err(`period ${p} lists theme ${theme.id} twice`);
        ids.add(theme.id);
        return { id: theme.id, items: themeWeights(theme, p) };
      });
  });
  const links: EvolutionLink[] = [];
  const disconnectedTransitions: EvolutionResult['disconnectedTransitions'] = [];
  const linked = weights.map(() => new Set<number>());
  for (let p = 0; p + 1 < periods.length; p++) {
    const before = links.length;
    for (const u of weights[p]) {
      for (const v of weights[p + 1]) {
        const indices = evolutionIndices(u.items, v.items);
        if (indices.sharedItems === 0 || indices[field] < opts.minWeight) continue;
        const sharedKeys = [...u.items.keys()].filter((k) => v.items.has(k)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        links.push({ fromPeriod: p, fromCluster: u.id, toPeriod: p + 1, toCluster: v.id, weight: indices[field], indices, sharedKeys });
        linked[p].add(u.id);
        linked[p + 1].add(v.id);
      }
    }
    if (links.length === before) disconnectedTransitions.push({ fromPeriod: p, toPeriod: p + 1 });
  }
  const unlinkedThemes: EvolutionResult['unlinkedThemes'] = [];
  weights.forEach((themes, p) => {
    for (const t of themes) if (!linked[p].has(t.id)) unlinkedThemes.push({ period: p, cluster: t.id });
  });
  return { links, unlinkedThemes, disconnectedTransitions };
}
