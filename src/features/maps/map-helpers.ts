import type { AnalysisCapabilities, MapResult, NetworkType, UnitKind } from '../../services';
import type { MessageKey } from '../../ui/i18n';
import { toCsv } from '../../ui/csv';
import { COLORED_LINKS, sortLinksByStrength } from '../../ui/charts/science-map-option';

/** Number of weights >= `min` in an ascending array (binary search: fine on every keystroke). */
export function countAtLeast(sortedWeights: ArrayLike<number>, min: number): number {
  let lo = 0;
  let hi = sortedWeights.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sortedWeights[mid] < min) lo = mid + 1;
    else hi = mid;
  }
  return sortedWeights.length - lo;
}

/**
 * Why the dataset cannot support a network type on a unit (an i18n key), or undefined when it can.
 * Co-citation and coupling need references; the others need the field the units come from.
 */
export function unsupportedReason(caps: AnalysisCapabilities | undefined, type: NetworkType, unit?: UnitKind): MessageKey | undefined {
  if (!caps) return undefined;
  if (caps.publications === 0) return 'maps.why.noPublications';
  if ((type === 'co-citation' || type === 'coupling') && caps.withReferences === 0) return 'maps.why.noReferences';
  switch (unit) {
    case 'authors': return caps.withAuthors === 0 ? 'maps.why.noAuthors' : undefined;
    case 'institutions': return caps.withInstitutions === 0 ? 'maps.why.noInstitutions' : undefined;
    case 'countries': return caps.withCountries === 0 ? 'maps.why.noCountries' : undefined;
    case 'sources': return caps.withSources === 0 ? 'maps.why.noSources' : undefined;
    case 'author-keywords': return caps.withAuthorKeywords === 0 ? 'maps.why.noAuthorKeywords' : undefined;
    case 'index-keywords': return caps.withIndexKeywords === 0 ? 'maps.why.noIndexKeywords' : undefined;
    case 'keywords': return caps.withAuthorKeywords + caps.withIndexKeywords === 0 ? 'maps.why.noKeywords' : undefined;
    default: return undefined;
  }
}

/** One row of the item table. */
export interface ItemRow {
  id: number;
  label: string;
  cluster: number;
  weight: number;
  links: number;
  totalLinkStrength: number;
  pageRank: number;
  betweenness?: number;
  /** Strength of the strongest burst (0: none; undefined: bursts not computed) and its years. */
  burst?: number;
  burstStart?: number;
  burstEnd?: number;
  /** (betweenness + 1)^burst; undefined without betweenness or bursts. */
  sigma?: number;
}

export type ItemSortKey = Exclude<keyof ItemRow, 'id' | 'burstStart' | 'burstEnd'>;
export type SortDir = 'asc' | 'desc';

export function itemRows(result: MapResult): ItemRow[] {
  return result.map.items.map((item) => ({
    id: item.id,
    label: item.label,
    cluster: item.cluster,
    weight: item.weights[result.weightName] ?? 0,
    links: item.weights.Links ?? 0,
    totalLinkStrength: item.weights['Total link strength'] ?? 0,
    pageRank: item.scores?.PageRank ?? 0,
    betweenness: item.scores?.Betweenness,
    burst: item.burst?.strength,
    burstStart: item.burst?.start,
    burstEnd: item.burst?.end,
    sigma: item.sigma,
  }));
}

/** Whether the map's items carry bursts (not for document maps, nor maps saved before bursts existed). */
export const hasBursts = (result: Pick<MapResult, 'map'>): boolean => result.map.items.some((item) => item.burst !== undefined);

/** A burst as shown: "4.21 (2019–2021)", "4.21 (2019)" for one year, "0" without a burst, "—" when unknown. */
export function formatBurst(burst: { strength: number; start?: number; end?: number } | undefined): string {
  if (burst === undefined) return '—';
  if (!(burst.strength > 0)) return '0';
  const years = burst.start === undefined ? '' : burst.end === undefined || burst.end === burst.start ? ` (${burst.start})` : ` (${burst.start}–${burst.end})`;
  return `${burst.strength.toFixed(2)}${years}`;
}

/** Sorted copy; ties by label then id, so the order is stable across renders. */
export function sortItemRows(rows: readonly ItemRow[], key: ItemSortKey, dir: SortDir): ItemRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    const primary = typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y) : (Number(x ?? -Infinity) - Number(y ?? -Infinity));
    return sign * primary || a.label.localeCompare(b.label) || a.id - b.id;
  });
}

export interface ItemCsvHeaders {
  label: string;
  cluster: string;
  weight: string;
  links: string;
  totalLinkStrength: string;
  pageRank: string;
  betweenness: string;
  burst: string;
  burstBegin: string;
  burstEnd: string;
  sigma: string;
}

/** Optional columns of the item table. */
export interface ItemColumns {
  betweenness: boolean;
  /** Burst strength, its first and last year, and (with betweenness) sigma. */
  bursts: boolean;
}

/**
 * The item table as CSV (clusters 1-based, as on screen and in VOSviewer files). A burst is three
 * columns (strength, first and last year, the years empty without a burst) so it stays sortable
 * in a spreadsheet.
 */
export function itemsToCsv(rows: readonly ItemRow[], headers: ItemCsvHeaders, columns: ItemColumns): string {
  const hasSigma = columns.bursts && columns.betweenness;
  const header = [
    headers.label, headers.cluster, headers.weight, headers.links, headers.totalLinkStrength, headers.pageRank,
    ...(columns.betweenness ? [headers.betweenness] : []),
    ...(columns.bursts ? [headers.burst, headers.burstBegin, headers.burstEnd] : []),
    ...(hasSigma ? [headers.sigma] : []),
  ];
  return toCsv(header, rows.map((row) => [
    row.label, row.cluster + 1, row.weight, row.links, row.totalLinkStrength, row.pageRank,
    ...(columns.betweenness ? [row.betweenness] : []),
    ...(columns.bursts ? [row.burst, row.burstStart, row.burstEnd] : []),
    ...(hasSigma ? [row.sigma] : []),
  ]));
}

/** Items whose label contains every word of the query (case-insensitive); empty query -> none. */
export function searchItems(items: readonly { id: number; label: string }[], query: string): Set<number> {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return new Set();
  return new Set(items.filter((item) => {
    const label = item.label.toLowerCase();
    return words.every((word) => label.includes(word));
  }).map((item) => item.id));
}

export interface Neighbour {
  id: number;
  strength: number;
}

/** An item's neighbours, strongest link first. */
export function neighboursOf(links: readonly { source: number; target: number; strength: number }[], id: number): Neighbour[] {
  const out: Neighbour[] = [];
  for (const link of links) {
    if (link.source === id) out.push({ id: link.target, strength: link.strength });
    else if (link.target === id) out.push({ id: link.source, strength: link.strength });
  }
  return out.sort((a, b) => b.strength - a.strength || a.id - b.id);
}

/** Default number of links drawn: all of them up to a few thousand (the ones the map draws at once, in colour). */
export const defaultLinkLimit = (linkCount: number): number => Math.min(linkCount, COLORED_LINKS);

/** How many of the heaviest items may carry a label (overlapping labels are hidden anyway). */
export const defaultLabelCount = (itemCount: number): number => Math.min(itemCount, itemCount > 1000 ? 60 : 40);

/** The weight that sizes items of a unit, as `runMap` names it (mirrors the domain rule). */
export function weightNameOf(unit: UnitKind): 'Citations' | 'Documents' | 'Occurrences' {
  if (unit === 'documents' || unit === 'cited-references' || unit === 'cited-authors' || unit === 'cited-sources') return 'Citations';
  if (unit === 'authors' || unit === 'institutions' || unit === 'countries' || unit === 'sources') return 'Documents';
  return 'Occurrences';
}

// Sorting tens of thousands of links takes tens of milliseconds: done once per map, whichever view asks first.
const SORTED_LINKS = new WeakMap<readonly object[], readonly MapResult['map']['links'][number][]>();

/** The map's links, strongest first (see sortLinksByStrength), computed once per result. */
export function linksByStrengthOf(result: Pick<MapResult, 'map'>): readonly MapResult['map']['links'][number][] {
  const links = result.map.links;
  let sorted = SORTED_LINKS.get(links);
  if (!sorted) {
    sorted = sortLinksByStrength(links);
    SORTED_LINKS.set(links, sorted);
  }
  return sorted;
}

/**
 * The drawn link nearest to a clicked point, if it passes within `tolerance` (same units as the
 * coordinates): links are treated as straight segments (the map draws them slightly curved).
 * `links` are the drawn ones, strongest first, so ties go to the stronger link.
 */
export function nearestLink(
  point: { x: number; y: number },
  items: readonly { x: number; y: number }[],
  links: readonly { source: number; target: number }[],
  tolerance: number,
): { source: number; target: number } | undefined {
  let best: { source: number; target: number } | undefined;
  let bestDistance = tolerance;
  for (const link of links) {
    const a = items[link.source];
    const b = items[link.target];
    if (!a || !b) continue;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const lengthSquared = dx * dx + dy * dy;
    const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / lengthSquared));
    const distance = Math.hypot(point.x - (a.x + t * dx), point.y - (a.y + t * dy));
    if (distance < bestDistance) {
      bestDistance = distance;
      best = { source: link.source, target: link.target };
    }
  }
  return best;
}
