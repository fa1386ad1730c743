import type { FormatId, ParseIssue, Patent, Publication, RecordId } from '../model';

/** What the workspace remembers about one imported (or rejected) file. */
export interface FileSummary {
  file: string;
  bytes: number;
  format?: FormatId;
  /** False when the file was rejected as a whole (nothing from it is in the dataset). */
  ok: boolean;
  encoding?: string;
  rows: number;
  records: number;
  skipped: number;
  issues: ParseIssue[];
}

/** How two or more records were recognised as the same document. */
export type MergeRule = 'doi' | 'source-id' | 'title-year-author';

/** One merge: `kept` absorbed the `merged` records (their ids and origins), by `rule`. */
export interface MergeEntry {
  kept: RecordId;
  merged: RecordId[];
  rule: MergeRule;
  /** Title of the kept record, for display. */
  title: string;
}

/** A dataset: the merged records of many files. Plain structured-clone data. */
export interface Dataset {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  /** True for the generated demo workspace: shown as synthetic in the UI. */
  synthetic: boolean;
  files: FileSummary[];
  publications: Publication[];
  patents: Patent[];
  merges: MergeEntry[];
}

/** Share (0..1) of publications carrying each field, to tell which analyses the data supports. */
export interface Completeness {
  publications: number;
  doi: number;
  references: number;
  authorKeywords: number;
  abstract: number;
  affiliations: number;
  year: number;
}

export interface RankedLabel {
  label: string;
  count: number;
}

/** One of the most cited works: label, DOI when known, count = number of citing records. */
export interface CitedWorkCount {
  label: string;
  doi?: string;
  count: number;
}

/** The most cited works of a dataset after cross-database reference matching. */
export interface CitedWorksSummary {
  top: CitedWorkCount[];
  /** Distinct cited works and the reference strings they were matched from. */
  works: number;
  references: number;
}

/** What the import screen and `cli inspect` show about a dataset (cited works are summarised separately). */
export interface DatasetSummary {
  publications: number;
  patents: number;
  duplicatesMerged: number;
  files: number;
  completeness: Completeness;
  /** Top author keywords, case-folded, counted once per record. */
  topAuthorKeywords: RankedLabel[];
  yearRange?: [number, number];
}
