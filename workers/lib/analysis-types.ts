import type { MapOptions as DomainMapOptions, MapProgress, MapResult } from '../../src/domain/maps/run-map';
import type { ParseIssue } from '../../src/domain/model';
import type { NetworkType } from '../../src/domain/network/build';
import type { UnitKind } from '../../src/domain/network/units';

export type { MapProgress, MapResult, NetworkType, UnitKind };

/**
 * A VOSviewer thesaurus file as the user picked it. The text itself travels (and is saved with a
 * map), so a saved map reopens, and rebuilds the network behind it, exactly as it was made.
 */
export interface ThesaurusFile {
  fileName: string;
  text: string;
}

/** The units a thesaurus applies to (keywords and mined terms; other units ignore it). */
export const THESAURUS_UNITS = ['author-keywords', 'index-keywords', 'keywords', 'terms'] as const satisfies readonly UnitKind[];

/** True when a thesaurus applies to maps of `unit`. */
export const isThesaurusUnit = (unit: UnitKind): boolean => (THESAURUS_UNITS as readonly UnitKind[]).includes(unit);

/**
 * What a thesaurus file holds, checked before it is applied. `problem` says why a file is not
 * used at all (then `isUsable` is false): not text, no "label / replace by" header, no entry,
 * too large or unreadable (the last two found by the UI before the text reaches the worker).
 */
export interface ThesaurusCheck {
  fileName: string;
  isUsable: boolean;
  problem?: 'not-text' | 'no-header' | 'empty' | 'too-large' | 'unreadable';
  /** Labels listed (each once): merges plus drops. */
  entries: number;
  /** Labels replaced by another label. */
  merges: number;
  /** Labels with an empty "replace by": the term is removed. */
  drops: number;
  /** The first issues the parser reported (with 1-based line numbers), and how many there are in all. */
  issues: ParseIssue[];
  issueCount: number;
}

/** The options of a map: the domain's, plus the thesaurus file applied to keywords and terms. */
export interface MapOptions extends DomainMapOptions {
  thesaurus?: ThesaurusFile;
}

/** What the threshold line of the analysis panel depends on (everything else is a slider). */
export interface ThresholdRequest {
  type: NetworkType;
  unit: UnitKind;
  maxAuthorsPerDocument?: number;
  /** Applied to keyword and term units (the counts are after merging and dropping). */
  thesaurus?: ThesaurusFile;
}

/**
 * The weights of every unit, sorted ascending, so the main thread counts "N of M items meet the
 * threshold" with a binary search on every keystroke (no worker round trip). The thesaurus text
 * is not echoed back: the UI knows which request it sent.
 */
export interface ThresholdInfo extends Omit<ThresholdRequest, 'thesaurus'> {
  datasetId: string;
  /** Distinct units found (M). */
  units: number;
  sortedWeights: Float64Array;
  documentCount: number;
  ignoredDocuments: number;
}

/** What the current dataset can support: publications carrying each field. */
export interface AnalysisCapabilities {
  datasetId: string;
  publications: number;
  withReferences: number;
  withAuthors: number;
  withAuthorKeywords: number;
  withIndexKeywords: number;
  withInstitutions: number;
  withCountries: number;
  withSources: number;
  /** Cited works found by reference matching (0 when no references). */
  citedWorks: number;
}

/** Progress of a map run: the domain phases, plus reading the dataset and matching references. */
export interface AnalysisProgress {
  phase: 'loading' | 'matching' | MapProgress['phase'];
  done: number;
  total: number;
}

export const MAP_EXPORT_FORMATS = ['vosviewer-map', 'vosviewer-network', 'vosviewer-json', 'pajek', 'graphml', 'nodes-csv', 'links-csv', 'clusters-csv'] as const;
export type MapExportFormat = (typeof MAP_EXPORT_FORMATS)[number];

export interface MapExport {
  fileName: string;
  mime: string;
  text: string;
}

/** What was clicked on a map: an item, a link between two items, or a cluster (map item ids / cluster ids). */
export type DocumentTarget =
  | { kind: 'item'; item: number }
  | { kind: 'link'; source: number; target: number }
  | { kind: 'cluster'; cluster: number };

export interface DocumentPage {
  offset: number;
  /** Rows wanted (Infinity for all of them, e.g. for a CSV file). */
  limit: number;
}

/**
 * Which map the target belongs to, so a fresh worker (after a restart, or a saved map reopened)
 * rebuilds the same network; `datasetUpdatedAt` and `itemCount` guard against a dataset changed since.
 */
export interface MapSource {
  datasetId: string;
  options: MapOptions;
  datasetUpdatedAt?: string;
  itemCount?: number;
}

/** A document behind an item, link or cluster: enough for a list row and the record drawer. */
export interface DocumentRow {
  recordId: string;
  title: string;
  firstAuthor: string;
  year?: number;
  source: string;
  timesCited?: number;
}

export interface DocumentsBehind {
  /** All the documents behind the target (the page holds at most `limit` of them). */
  total: number;
  /** Ordered by times cited, then year, both descending. */
  rows: DocumentRow[];
  /** Bibliographic coupling links only: the number of cited works the two sides share (the reason for the link). */
  sharedReferences?: number;
}
