import type { Dataset, DatasetSummary, RankedLabel } from '../../src/domain/dataset';
import type { CitedReference } from '../../src/domain/model';
import { MERGES_SHOWN } from './workspace-types';
import type { DatasetListItem, WorkspaceOverview, YearCount } from './workspace-types';

const TOP_N = 20;
const MAX_FILLED_SPAN = 300;

export function toListItem(dataset: Dataset): DatasetListItem {
  return {
    id: dataset.id,
    name: dataset.name,
    synthetic: dataset.synthetic,
    publications: dataset.publications.length,
    patents: dataset.patents.length,
    files: dataset.files.length,
    createdAt: dataset.createdAt,
    updatedAt: dataset.updatedAt,
  };
}

const share = (count: number, total: number): number => (total === 0 ? 0 : count / total);

function referenceLabel(reference: CitedReference): string {
  const parts = [reference.author, reference.year, reference.source].filter((part) => part !== undefined && part !== '');
  return parts.length > 0 ? parts.join(', ') : reference.raw;
}

function topCounts(counts: Map<string, { label: string; doi?: string; count: number }>): { label: string; doi?: string; count: number }[] {
  return [...counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)).slice(0, TOP_N);
}

/**
 * Local stand-in for the domain's `summarizeDataset` (src/domain/dataset/summary.ts) until it
 * lands; same shape. Shares are over publications; cited works and keywords count once per record.
 */
export function summarizeDatasetFallback(dataset: Dataset): DatasetSummary {
  const pubs = dataset.publications;
  const cited = new Map<string, { label: string; doi?: string; count: number }>();
  const keywords = new Map<string, RankedLabel>();
  let minYear = Infinity;
  let maxYear = -Infinity;
  for (const pub of pubs) {
    const seenRefs = new Set<string>();
    for (const reference of pub.references) {
      const doi = reference.dois[0];
      const key = doi ? `doi:${doi}` : `raw:${referenceLabel(reference).toLowerCase()}`;
      if (seenRefs.has(key)) continue;
      seenRefs.add(key);
      const entry = cited.get(key) ?? { label: referenceLabel(reference), doi, count: 0 };
      entry.count += 1;
      cited.set(key, entry);
    }
    const seenKeywords = new Set<string>();
    for (const keyword of pub.authorKeywords) {
      const key = keyword.trim().toLowerCase();
      if (!key || seenKeywords.has(key)) continue;
      seenKeywords.add(key);
      const entry = keywords.get(key) ?? { label: key, count: 0 };
      entry.count += 1;
      keywords.set(key, entry);
    }
    if (pub.year !== undefined) {
      minYear = Math.min(minYear, pub.year);
      maxYear = Math.max(maxYear, pub.year);
    }
  }
  const count = (test: (pub: (typeof pubs)[number]) => boolean): number => pubs.reduce((sum, pub) => sum + (test(pub) ? 1 : 0), 0);
  return {
    publications: pubs.length,
    patents: dataset.patents.length,
    duplicatesMerged: dataset.merges.reduce((sum, merge) => sum + merge.merged.length, 0),
    files: dataset.files.length,
    completeness: {
      publications: pubs.length,
      doi: share(count((pub) => Boolean(pub.ids.doi)), pubs.length),
      references: share(count((pub) => pub.references.length > 0), pubs.length),
      authorKeywords: share(count((pub) => pub.authorKeywords.length > 0), pubs.length),
      abstract: share(count((pub) => Boolean(pub.abstract?.trim())), pubs.length),
      affiliations: share(count((pub) => pub.affiliations.length > 0), pubs.length),
      year: share(count((pub) => pub.year !== undefined), pubs.length),
    },
    topCitedReferences: topCounts(cited),
    topAuthorKeywords: [...keywords.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)).slice(0, TOP_N),
    yearRange: Number.isFinite(minYear) ? [minYear, maxYear] : undefined,
  };
}

/** Publications and patents per year, every year of the range present (zeros included). */
export function countRecordsPerYear(dataset: Pick<Dataset, 'publications' | 'patents'>): { years: YearCount[]; withoutYear: number } {
  const byYear = new Map<number, YearCount>();
  let withoutYear = 0;
  const bump = (year: number | undefined, field: 'publications' | 'patents'): void => {
    if (year === undefined || !Number.isFinite(year)) {
      withoutYear += 1;
      return;
    }
    const entry = byYear.get(year) ?? { year, publications: 0, patents: 0 };
    entry[field] += 1;
    byYear.set(year, entry);
  };
  for (const pub of dataset.publications) bump(pub.year, 'publications');
  for (const patent of dataset.patents) bump(patent.publicationYear ?? yearOf(patent.publicationDate), 'patents');
  if (byYear.size === 0) return { years: [], withoutYear };
  const known = [...byYear.keys()];
  const first = Math.min(...known);
  const last = Math.max(...known);
  // A stray year (0, 9999) must not produce thousands of empty bars: fill gaps only for sane spans.
  if (last - first > MAX_FILLED_SPAN) return { years: [...byYear.values()].sort((a, b) => a.year - b.year), withoutYear };
  const years: YearCount[] = [];
  for (let year = first; year <= last; year++) years.push(byYear.get(year) ?? { year, publications: 0, patents: 0 });
  return { years, withoutYear };
}

function yearOf(date: string | undefined): number | undefined {
  const match = date ? /^(\d{4})/.exec(date) : null;
  return match ? Number(match[1]) : undefined;
}

export function buildOverview(dataset: Dataset, summarize: (dataset: Dataset) => DatasetSummary): WorkspaceOverview {
  const perYear = countRecordsPerYear(dataset);
  return {
    dataset: toListItem(dataset),
    summary: summarize(dataset),
    files: dataset.files,
    merges: dataset.merges.slice(0, MERGES_SHOWN),
    mergeCount: dataset.merges.length,
    recordsPerYear: perYear.years,
    recordsWithoutYear: perYear.withoutYear,
  };
}
