import type { CitedWorkId, RecordId } from './ids';
import type { Origin } from './format';

/** One author of a publication. */
export interface Author {
  /** Full name as "Surname, Given Names" when known, otherwise the short form. */
  fullName: string;
  /** Short form "Surname, Initials" with initials without periods, e.g. "Houssein, EH". */
  shortName: string;
  /** Family name, as written by the source. */
  surname: string;
  /** Given names or initials, as written by the source. */
  given?: string;
  orcid?: string;
  /** The database's own author id (Scopus author id, OpenAlex A-id ...). */
  sourceId?: string;
  /** Indices into `Publication.affiliations`. */
  affiliationIndices: number[];
}

/** One address / affiliation line, with what could be parsed out of it. */
export interface Affiliation {
  raw: string;
  /** First organisation segment, e.g. "Univ Cape Town". */
  institution?: string;
  /** Country name in a canonical English form ("USA", "China", "United Kingdom" ...). */
  country?: string;
}

/** One cited reference, raw and parsed. */
export interface CitedReference {
  raw: string;
  /** First author's surname (upper-cased, ASCII-folded) or "ANONYMOUS". */
  authorKey?: string;
  /** First author as written, e.g. "Aria M". */
  author?: string;
  year?: number;
  /** Source (journal / book) as written: a J9 abbreviation in WoS, a full title in Scopus. */
  source?: string;
  title?: string;
  volume?: string;
  issue?: string;
  /** First page (or article number). */
  page?: string;
  /** Normalised lower-case DOIs (several when the source gave a bracketed list). */
  dois: string[];
  /** A source-specific id of the cited work (Lens ID, OpenAlex W-id, Dimensions pub. id). */
  sourceId?: string;
  /** Filled in by reference matching: the canonical cited work this reference points to. */
  workId?: CitedWorkId;
}

/**
 * The cited references of one Web of Science record, held compactly: their text as one string
 * (the record's `CR` lines as exported) and, per reference, where its raw text and each parsed
 * field stand in that text (`WOS_REFERENCE_SLOTS` int32 per reference, written by the importer).
 * A 40-reference record is then one string and one typed array instead of some 250 small objects;
 * `referencesOf` (src/domain/references) turns it into `CitedReference` objects when they are used.
 * Plain data: it survives structured cloning (workers, IndexedDB) as it is.
 */
export interface WosReferenceBlock {
  kind: 'wos-references';
  /** Number of references. */
  count: number;
  text: string;
  spans: Int32Array;
  /** Filled in by reference matching: the canonical cited work of each reference. */
  workIds?: (CitedWorkId | undefined)[];
}

/** A publication's cited references: objects, or the compact block WoS plain-text imports give. */
export type CitedReferences = CitedReference[] | WosReferenceBlock;

/** Identifiers a publication can carry. Values are normalised (DOI lower-case without prefix, UT without "WOS:"...). */
export interface PublicationIds {
  wos?: string;
  eid?: string;
  doi?: string;
  pmid?: string;
  pmcid?: string;
  lens?: string;
  openalex?: string;
  dimensions?: string;
}

/** Normalised document types across databases. */
export type DocumentType =
  | 'article'
  | 'review'
  | 'conference-paper'
  | 'book'
  | 'book-chapter'
  | 'editorial'
  | 'letter'
  | 'note'
  | 'erratum'
  | 'preprint'
  | 'other';

/** A scholarly record, whichever database it came from. */
export interface Publication {
  kind: 'publication';
  id: RecordId;
  ids: PublicationIds;
  title: string;
  authors: Author[];
  affiliations: Affiliation[];
  /** Distinct institutions parsed from the affiliations, in order of first appearance. */
  institutions: string[];
  /** Distinct countries parsed from the affiliations, in order of first appearance. */
  countries: string[];
  sourceTitle?: string;
  /** Short source abbreviation (WoS J9, Scopus "Abbreviated Source Title"). */
  sourceAbbrev?: string;
  /** ISO 4 abbreviation when given (WoS JI). */
  sourceIsoAbbrev?: string;
  issn: string[];
  publisher?: string;
  year?: number;
  volume?: string;
  issue?: string;
  pageStart?: string;
  pageEnd?: string;
  articleNumber?: string;
  documentType: DocumentType;
  /** Document type exactly as the source wrote it. */
  documentTypeRaw?: string;
  language?: string;
  authorKeywords: string[];
  /** Keywords Plus (WoS), Index Keywords (Scopus), MeSH (PubMed), concepts / fields of study elsewhere. */
  indexKeywords: string[];
  abstract?: string;
  /** WoS categories, Scopus has none, Lens fields of study, Dimensions FoR ... */
  subjectCategories: string[];
  /** Times cited in the database the record came from (the highest when several merged). */
  timesCited?: number;
  /** Times cited per source format, kept separately because databases disagree. */
  citationsBySource: Partial<Record<string, number>>;
  funding: string[];
  openAccess?: boolean;
  /** Read them with `referencesOf` / `referenceCount` (src/domain/references): they may be a compact block. */
  references: CitedReferences;
  /** Every file row this record was read from (more than one after merging duplicates). */
  origins: Origin[];
}
