import type { Dataset, DatasetSummary } from '../../src/domain/dataset';
import { MERGES_SHOWN } from './workspace-types';
import type { DatasetListItem, WorkspaceOverview, YearCount } from './workspace-types';

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
