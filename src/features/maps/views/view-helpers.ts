/** Pure helpers of the map views (no React): overlay scores, burst bars and the burst CSV. */
import type { MapResult } from '../../../services';
import type { MapChartItem } from '../../../ui/charts/science-map-option';
import type { CsvCell } from '../../../ui/csv';
import type { BurstViewUnit } from '../../../../workers/lib/analysis-views';

/** Units of the burst view (the worker's BURST_VIEW_UNITS; repeated here so no worker code reaches the main bundle). */
export const BURST_UNITS_SHOWN: readonly BurstViewUnit[] = ['author-keywords', 'keywords', 'cited-references'];
/** Starting values of the burst controls: CiteSpace's gamma 1 and bursts of at least two years. */
export const DEFAULT_BURST_CONTROLS = { gamma: 1, minDuration: 2 } as const;

export const OVERLAY_CHOICES = ['cluster', 'avgYear', 'avgCitations', 'avgNormCitations'] as const;
export type OverlayChoice = (typeof OVERLAY_CHOICES)[number];

/** The item score behind an overlay choice (cited units carry the citing documents' year). */
export function overlayScoreName(choice: Exclude<OverlayChoice, 'cluster'>, result: Pick<MapResult, 'map'>): string {
  if (choice === 'avgCitations') return 'Avg. citations';
  if (choice === 'avgNormCitations') return 'Avg. norm. citations';
  return result.map.items.some((item) => item.scores?.['Avg. citing year'] !== undefined) ? 'Avg. citing year' : 'Avg. pub. year';
}

/** Score of every item (indexed by id), NaN where unknown. */
export function overlayValues(result: Pick<MapResult, 'map'>, scoreName: string): number[] {
  return result.map.items.map((item) => {
    const value = item.scores?.[scoreName];
    return typeof value === 'number' && Number.isFinite(value) ? value : NaN;
  });
}

/** Whether any item has the score (otherwise the choice is offered disabled). */
export const hasOverlay = (result: Pick<MapResult, 'map'>, choice: OverlayChoice): boolean =>
  choice === 'cluster' || overlayValues(result, overlayScoreName(choice, result)).some((v) => Number.isFinite(v));

/** Decimals shown for a score: years as whole numbers, citations with one or two decimals. */
export const overlayDecimals = (choice: OverlayChoice): number => (choice === 'avgYear' ? 0 : choice === 'avgCitations' ? 1 : 2);

/** The items of a map as the chart builders take them, sized by the map's weight. */
export function chartItems(result: Pick<MapResult, 'map' | 'weightName'>): MapChartItem[] {
  return result.map.items.map((item) => ({ id: item.id, label: item.label, x: item.x, y: item.y, cluster: item.cluster, weight: item.weights[result.weightName] ?? 0 }));
}

/** For each year, whether it falls in one of the bursts (first and last year inclusive). */
export function burstYears(years: readonly number[], bursts: readonly { start: number; end: number }[]): boolean[] {
  return years.map((year) => bursts.some((b) => year >= b.start && year <= b.end));
}

export interface BurstCsvRow {
  label: string;
  occurrences: number;
  bursts: readonly { start: number; end: number; strength: number }[];
  strongest: { start: number; end: number; strength: number };
  counts: readonly number[];
}

/**
 * The burst table as CSV rows: item, documents, strength, begin and end of the strongest burst,
 * all bursts as "2014-2016 (4.21)", then the item's documents per year.
 */
export function burstCsv(years: readonly number[], rows: readonly BurstCsvRow[], header: { item: string; documents: string; strength: string; begin: string; end: string; bursts: string }): { header: string[]; rows: CsvCell[][] } {
  return {
    header: [header.item, header.documents, header.strength, header.begin, header.end, header.bursts, ...years.map(String)],
    rows: rows.map((row) => [
      row.label,
      row.occurrences,
      Math.round(row.strongest.strength * 100) / 100,
      row.strongest.start,
      row.strongest.end,
      row.bursts.map((b) => `${b.start}-${b.end} (${b.strength.toFixed(2)})`).join('; '),
      ...row.counts,
    ]),
  };
}
