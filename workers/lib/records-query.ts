import type { Dataset } from '../../src/domain/dataset';
import type { Patent, Publication } from '../../src/domain/model';
import type { PatentRow, PublicationRow, RecordPage, RecordQuery, RecordRow, SortDir } from './workspace-types';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100_000;

/** Lower-cases and strips diacritics so "Müller" is found by "muller". */
export function foldText(value: string): string {
  return value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

const distinct = <T>(values: T[]): T[] => [...new Set(values)];

export function toPublicationRow(record: Publication): PublicationRow {
  const first = record.authors[0];
  return {
    kind: 'publication',
    id: record.id,
    year: record.year,
    title: record.title,
    firstAuthor: first ? first.shortName || first.fullName : '',
    authorCount: record.authors.length,
    source: record.sourceTitle ?? record.sourceAbbrev ?? '',
    timesCited: record.timesCited,
    formats: distinct(record.origins.map((origin) => origin.format)),
    doi: record.ids.doi,
  };
}

export function toPatentRow(record: Patent): PatentRow {
  return {
    kind: 'patent',
    id: record.id,
    publicationNumber: record.publicationNumber,
    title: record.title,
    applicants: record.applicants.join('; '),
    publicationDate: record.publicationDate,
    priorityDate: record.priorityDate,
    cpc: record.cpc.slice(0, 6).join('; ') + (record.cpc.length > 6 ? ' …' : ''),
    formats: distinct(record.origins.map((origin) => origin.format)),
  };
}

/** What the search box looks through: title, every author, source, keywords (and ids). */
export function publicationSearchText(record: Publication): string {
  return foldText([
    record.title,
    ...record.authors.flatMap((author) => [author.fullName, author.shortName]),
    record.sourceTitle ?? '',
    record.sourceAbbrev ?? '',
    ...record.authorKeywords,
    ...record.indexKeywords,
    record.ids.doi ?? '',
  ].join('\n'));
}

export function patentSearchText(record: Patent): string {
  return foldText([
    record.publicationNumber,
    record.title,
    ...record.applicants,
    ...record.inventors,
    ...record.owners,
    ...record.cpc,
  ].join('\n'));
}

/** Table rows and their search texts, built once per dataset version. */
export interface RecordIndex {
  publications: { rows: PublicationRow[]; texts: string[] };
  patents: { rows: PatentRow[]; texts: string[] };
  /** The last filtered and sorted order, so paging through it costs nothing. */
  cache?: { key: string; order: number[] };
}

export function buildRecordIndex(dataset: Pick<Dataset, 'publications' | 'patents'>): RecordIndex {
  return {
    publications: { rows: dataset.publications.map(toPublicationRow), texts: dataset.publications.map(publicationSearchText) },
    patents: { rows: dataset.patents.map(toPatentRow), texts: dataset.patents.map(patentSearchText) },
  };
}

type Comparable = string | number | undefined;

function sortValue(row: RecordRow, key: string): Comparable {
  if (row.kind === 'publication') {
    switch (key) {
      case 'year': return row.year;
      case 'title': return row.title || undefined;
      case 'firstAuthor': return row.firstAuthor || undefined;
      case 'source': return row.source || undefined;
      case 'timesCited': return row.timesCited;
      case 'format': return row.formats.join(' ');
      default: return undefined;
    }
  }
  switch (key) {
    case 'publicationNumber': return row.publicationNumber || undefined;
    case 'title': return row.title || undefined;
    case 'applicants': return row.applicants || undefined;
    case 'publicationDate': return row.publicationDate;
    case 'priorityDate': return row.priorityDate;
    case 'cpc': return row.cpc || undefined;
    default: return undefined;
  }
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Compares two values; missing values sort last in both directions. */
export function compareValues(a: Comparable, b: Comparable, dir: SortDir): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  return dir === 'asc' ? order : -order;
}

/** Indices of the rows matching every search term, in the requested order (stable). */
export function filterAndSort(rows: RecordRow[], texts: string[], query: RecordQuery): number[] {
  const terms = foldText(query.search ?? '').split(/\s+/).filter(Boolean);
  const order: number[] = [];
  for (let index = 0; index < rows.length; index++) {
    if (terms.every((term) => texts[index].includes(term))) order.push(index);
  }
  if (query.sortBy) {
    const key = query.sortBy;
    const dir = query.sortDir ?? 'asc';
    const values = rows.map((row) => sortValue(row, key));
    order.sort((a, b) => compareValues(values[a], values[b], dir) || a - b);
  }
  return order;
}

/** One page of the table for `query`, reusing the last order when only the page changed. */
export function queryRecordIndex(index: RecordIndex, query: RecordQuery): RecordPage {
  const table = query.kind === 'patent' ? index.patents : index.publications;
  const key = JSON.stringify([query.kind, query.search ?? '', query.sortBy ?? '', query.sortDir ?? 'asc']);
  if (index.cache?.key !== key) index.cache = { key, order: filterAndSort(table.rows, table.texts, query) };
  const { order } = index.cache;
  const offset = Math.max(0, Math.floor(query.offset ?? 0));
  const limit = Math.min(MAX_PAGE_SIZE, Math.max(0, Math.floor(query.limit ?? DEFAULT_PAGE_SIZE)));
  const rows: RecordRow[] = order.slice(offset, offset + limit).map((position) => table.rows[position]);
  return { total: order.length, rows };
}
