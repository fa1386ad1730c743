import type { DatasetSummary, FileSummary, MergeEntry } from '../../src/domain/dataset';
import type { FormatId, Patent, Publication } from '../../src/domain/model';

/** One dataset as the selector lists it (no records). */
export interface DatasetListItem {
  id: string;
  name: string;
  synthetic: boolean;
  publications: number;
  patents: number;
  files: number;
  createdAt: string;
  updatedAt: string;
}

/** Records per publication year, publications and patents counted separately. */
export interface YearCount {
  year: number;
  publications: number;
  patents: number;
}

/** Everything the import screen shows about a dataset, without its records. */
export interface WorkspaceOverview {
  dataset: DatasetListItem;
  summary: DatasetSummary;
  files: FileSummary[];
  /** The first {@link MERGES_SHOWN} merges; `mergeCount` says how many there are in all. */
  merges: MergeEntry[];
  mergeCount: number;
  recordsPerYear: YearCount[];
  /** Records without a year, so the chart can say what it leaves out. */
  recordsWithoutYear: number;
}

export const MERGES_SHOWN = 500;

/** The outcome of one `importFiles` call. */
export interface ImportOutcome {
  overview: WorkspaceOverview;
  /** Summaries of the files of this call (accepted and rejected), in the order given. */
  newFiles: FileSummary[];
}

/** Where one file of an import is. `done`/`total` are in the unit of the phase (rows, files). */
export type ImportPhase = 'queued' | 'reading' | 'parsing' | 'merging' | 'saving' | 'done' | 'rejected';

export interface ImportProgress {
  fileIndex: number;
  file: string;
  phase: ImportPhase;
  done: number;
  total: number;
}

/** One file handed to the worker; its bytes are transferred, not copied. */
export interface ImportFileInput {
  name: string;
  bytes: ArrayBuffer;
}

export type RecordKind = 'publication' | 'patent';
export type SortDir = 'asc' | 'desc';
export type PublicationSortKey = 'year' | 'title' | 'firstAuthor' | 'source' | 'timesCited' | 'format';
export type PatentSortKey = 'publicationNumber' | 'title' | 'applicants' | 'publicationDate' | 'priorityDate' | 'cpc';

export interface RecordQuery {
  kind: RecordKind;
  search?: string;
  sortBy?: PublicationSortKey | PatentSortKey;
  sortDir?: SortDir;
  offset?: number;
  limit?: number;
}

/** One line of the publications table. */
export interface PublicationRow {
  kind: 'publication';
  id: string;
  year?: number;
  title: string;
  firstAuthor: string;
  authorCount: number;
  source: string;
  timesCited?: number;
  /** Formats of every origin, distinct, e.g. ["wos-plaintext", "scopus-csv"] after a merge. */
  formats: FormatId[];
  doi?: string;
}

/** One line of the patents table. */
export interface PatentRow {
  kind: 'patent';
  id: string;
  publicationNumber: string;
  title: string;
  applicants: string;
  publicationDate?: string;
  priorityDate?: string;
  cpc: string;
  formats: FormatId[];
}

export type RecordRow = PublicationRow | PatentRow;

export interface RecordPage<R extends RecordRow = RecordRow> {
  total: number;
  rows: R[];
}

export type FullRecord = Publication | Patent;

/**
 * Error names the worker throws on purpose (comlink carries `name` and `message`), so the UI can
 * show a translated, specific message instead of a generic failure.
 */
export const WORKSPACE_ERROR_NAMES = {
  storageFull: 'StorageFullError',
  storage: 'StorageError',
  notFound: 'DatasetNotFoundError',
  invalid: 'InvalidRequestError',
} as const;
