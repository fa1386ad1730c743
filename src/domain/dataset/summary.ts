import type { Publication } from '../model';
import { referenceCount } from '../references/list';
import { matchReferences } from '../references/match';
import type { CitedWorksSummary, Completeness, Dataset, DatasetSummary, RankedLabel } from './types';

const share = (count: number, total: number): number => (total === 0 ? 0 : count / total);

/** Share of publications carrying each field that analyses depend on. */
export function fieldCompleteness(publications: readonly Publication[]): Completeness {
  const total = publications.length;
  let doi = 0;
  let references = 0;
  let authorKeywords = 0;
  let abstract = 0;
  let affiliations = 0;
  let year = 0;
  for (const p of publications) {
    if (p.ids.doi) doi++;
    if (referenceCount(p.references)) references++;
    if (p.authorKeywords.length) authorKeywords++;
    if (p.abstract) abstract++;
    if (p.affiliations.length) affiliations++;
    if (p.year) year++;
  }
  return {
    publications: total,
    doi: share(doi, total),
    references: share(references, total),
    authorKeywords: share(authorKeywords, total),
    abstract: share(abstract, total),
    affiliations: share(affiliations, total),
    year: share(year, total),
  };
}

/** Author keywords case-folded (and whitespace-squashed), each counted once per record; ties by keyword. */
export function topAuthorKeywords(publications: readonly Publication[], limit = 20): RankedLabel[] {
  const counts = new Map<string, number>();
  for (const p of publications) {
    const seen = new Set<string>();
    for (const keyword of p.authorKeywords) {
      const key = keyword.toLowerCase().replace(/\s+/g, ' ').trim();
      if (key) seen.add(key);
    }
    for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, limit);
}

/**
 * The most cited works of the dataset after cross-database reference matching (count = citing
 * records). This is the expensive part of a summary (seconds for millions of references), so it
 * is separate from {@link summarizeDataset}.
 */
export function summarizeCitedWorks(dataset: Pick<Dataset, 'publications'>, limit = 20): CitedWorksSummary {
  const matched = matchReferences(dataset.publications);
  return {
    top: matched.works.slice(0, limit).map((w) => ({ label: w.label, doi: w.doi, count: w.citingRecords })),
    works: matched.works.length,
    references: matched.referenceCount,
  };
}

/**
 * What the import screen and `cli inspect` report about a dataset: counts, field completeness,
 * year range and the 20 most frequent author keywords. Linear in the number of records.
 */
export function summarizeDataset(dataset: Dataset, limit = 20): DatasetSummary {
  const { publications } = dataset;
  let minYear = Infinity;
  let maxYear = -Infinity;
  for (const p of publications) {
    if (p.year === undefined) continue;
    if (p.year < minYear) minYear = p.year;
    if (p.year > maxYear) maxYear = p.year;
  }
  for (const p of dataset.patents) {
    if (p.publicationYear === undefined) continue;
    if (p.publicationYear < minYear) minYear = p.publicationYear;
    if (p.publicationYear > maxYear) maxYear = p.publicationYear;
  }
  return {
    publications: publications.length,
    patents: dataset.patents.length,
    duplicatesMerged: dataset.merges.reduce((sum, m) => sum + m.merged.length, 0),
    files: dataset.files.length,
    completeness: fieldCompleteness(publications),
    topAuthorKeywords: topAuthorKeywords(publications, limit),
    yearRange: Number.isFinite(minYear) ? [minYear, maxYear] : undefined,
  };
}
