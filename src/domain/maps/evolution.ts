/**
 * Thematic evolution across user-chosen periods (Cobo, López-Herrera, Herrera-Viedma & Herrera
 * 2011; bibliometrix thematicEvolution): a map is built for the documents of each period, its
 * clusters become the period's themes (items weighted by occurrences), and consecutive periods'
 * themes are linked by the inclusion index (or another index of src/domain/themes/evolution.ts).
 * The result is what a Sankey diagram draws.
 */
import type { Publication } from '../model';
import { thematicEvolution, type EvolutionIndex, type EvolutionResult, type ThemePeriod } from '../themes';
import { runMap, type MapInput, type MapOptions } from './run-map';

export interface EvolutionPeriod {
  /** First and last publication year, inclusive. */
  from: number;
  to: number;
}

export interface PeriodThemes {
  label: string;
  documentCount: number;
  /** Each theme: cluster id, label, size and its items with occurrences. */
  themes: { id: number; label: string; size: number; weight: number }[];
}

export interface ThematicEvolutionResult extends EvolutionResult {
  periods: PeriodThemes[];
  /** Documents without a year, left out of every period. */
  undatedDocuments: number;
}

/** Builds one map per period and links the themes of consecutive periods. */
export function evolutionAcrossPeriods(
  input: MapInput,
  options: MapOptions,
  periods: readonly EvolutionPeriod[],
  evolution: { index?: EvolutionIndex; minWeight?: number } = {},
): ThematicEvolutionResult {
  if (periods.length < 2) throw new Error('domain/maps: thematic evolution needs at least two periods');
  const inPeriod = (p: Publication, period: EvolutionPeriod): boolean => p.year !== undefined && p.year >= period.from && p.year <= period.to;
  const themePeriods: ThemePeriod[] = [];
  const summaries: PeriodThemes[] = [];
  for (const period of periods) {
    const label = period.from === period.to ? String(period.from) : `${period.from}-${period.to}`;
    const publications = input.publications.filter((p) => inPeriod(p, period));
    if (publications.length === 0) {
      themePeriods.push({ label, themes: [] });
      summaries.push({ label, documentCount: 0, themes: [] });
      continue;
    }
    const result = runMap({ ...input, publications }, options);
    const items = result.map.items;
    const themes = result.clusters.map((cluster) => ({
      id: cluster.id,
      items: items.filter((i) => i.cluster === cluster.id).map((i) => ({ key: i.label.toLowerCase(), weight: i.weights[result.weightName] || 1 })),
    }));
    themePeriods.push({ label, themes });
    summaries.push({
      label,
      documentCount: publications.length,
      themes: result.clusters.map((c) => ({ id: c.id, label: c.label, size: c.size, weight: themes[c.id].items.reduce((s, i) => s + i.weight, 0) })),
    });
  }
  return {
    ...thematicEvolution(themePeriods, evolution),
    periods: summaries,
    undatedDocuments: input.publications.filter((p) => p.year === undefined).length,
  };
}
