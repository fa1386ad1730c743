import type { PatentSortKey, PublicationSortKey } from '../../services';
import type { MessageKey } from '../../ui/i18n';

export interface Column<K extends string> {
  id: K;
  label: MessageKey;
  numeric?: boolean;
  /** CSS width hint. */
  width?: number | string;
}

export const PUBLICATION_COLUMNS: readonly Column<PublicationSortKey>[] = [
  { id: 'year', label: 'records.col.year', numeric: true, width: 84 },
  { id: 'title', label: 'records.col.title' },
  { id: 'firstAuthor', label: 'records.col.firstAuthor', width: 170 },
  { id: 'source', label: 'records.col.source', width: 220 },
  { id: 'timesCited', label: 'records.col.timesCited', numeric: true, width: 124 },
  { id: 'format', label: 'records.col.format', width: 160 },
];

export const PATENT_COLUMNS: readonly Column<PatentSortKey>[] = [
  { id: 'publicationNumber', label: 'records.col.publicationNumber', width: 170 },
  { id: 'title', label: 'records.col.title' },
  { id: 'applicants', label: 'records.col.applicants', width: 220 },
  { id: 'publicationDate', label: 'records.col.publicationDate', width: 124 },
  { id: 'priorityDate', label: 'records.col.priorityDate', width: 132 },
  { id: 'cpc', label: 'records.col.cpc', width: 180 },
];
