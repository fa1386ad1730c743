/** Scopus CSV column names, value shapes and document types (FORMATS.md section 5). */
import type { DocumentType } from '../../model';
import type { Anchor } from './realign';

/** Column names as Scopus writes them; older and newer spellings are listed together. */
export const COL = {
  authors: 'Authors',
  fullNames: 'Author full names',
  authorIds: ['Author(s) ID', 'Author Ids', 'Author IDs'],
  title: 'Title',
  year: 'Year',
  source: 'Source title',
  volume: 'Volume',
  issue: 'Issue',
  articleNumber: 'Art. No.',
  pageStart: 'Page start',
  pageEnd: 'Page end',
  citedBy: 'Cited by',
  doi: 'DOI',
  link: 'Link',
  affiliations: 'Affiliations',
  authorsWithAffiliations: 'Authors with affiliations',
  abstract: 'Abstract',
  authorKeywords: 'Author Keywords',
  indexKeywords: 'Index Keywords',
  fundingDetails: 'Funding Details',
  fundingTexts: ['Funding Texts', 'Funding Text 1'],
  references: 'References',
  publisher: 'Publisher',
  issn: 'ISSN',
  pubmed: 'PubMed ID',
  language: 'Language of Original Document',
  abbrevSource: 'Abbreviated Source Title',
  documentType: 'Document Type',
  openAccess: 'Open Access',
  eid: 'EID',
} as const;

const DOCUMENT_TYPES: Record<string, DocumentType> = {
  article: 'article',
  'data paper': 'article',
  review: 'review',
  'short survey': 'review',
  'conference paper': 'conference-paper',
  'conference review': 'conference-paper',
  book: 'book',
  'book chapter': 'book-chapter',
  chapter: 'book-chapter',
  editorial: 'editorial',
  letter: 'letter',
  note: 'note',
  erratum: 'erratum',
  retracted: 'other',
  'article in press': 'article',
  undefined: 'other',
};

/** Normalised document type for a Scopus `Document Type` value ("Conference paper" -> conference-paper). */
export const scopusDocumentType = (raw: string): DocumentType => DOCUMENT_TYPES[raw.trim().toLowerCase()] ?? 'other';

const isKnownDocumentType = (value: string): boolean => value.toLowerCase() in DOCUMENT_TYPES;

/** Columns whose values have a shape Scopus never varies: used to repair rows with a wrong cell count. */
const hasWords = (v: string): boolean => /\p{L}{2}/u.test(v) && !/^\d+$/.test(v);
const shortCode = (v: string): boolean => /^[\p{L}\d.\-/]{1,12}$/u.test(v);

export const SCOPUS_ANCHORS: Anchor[] = [
  { column: 'Authors', test: (v) => /(?:\p{Lu}\.|\])$/u.test(v), weak: true },
  { column: 'Title', test: hasWords, weak: true },
  { column: 'Source title', test: hasWords, weak: true },
  { column: 'Volume', test: shortCode, weak: true },
  { column: 'Issue', test: shortCode, weak: true },
  { column: 'Art. No.', test: shortCode, weak: true },
  { column: 'Page start', test: shortCode, weak: true },
  { column: 'Page end', test: shortCode, weak: true },
  { column: 'Abbreviated Source Title', test: hasWords, weak: true },
  { column: 'Language of Original Document', test: (v) => /^\p{Lu}\p{Ll}+(?:; \p{Lu}\p{Ll}+)*$/u.test(v), weak: true },
  { column: 'Author(s) ID', test: (v) => /^\d+(?:;\s*\d+)*;?$/.test(v) },
  { column: 'Author Ids', test: (v) => /^\d+(?:;\s*\d+)*;?$/.test(v) },
  { column: 'Author full names', test: (v) => /\(\d{5,}\)$/.test(v) },
  { column: 'Year', test: (v) => /^(?:1[5-9]|20)\d\d$/.test(v) },
  { column: 'Page count', test: (v) => /^\d+$/.test(v), weak: true },
  { column: 'Cited by', test: (v) => /^\d+$/.test(v), weak: true },
  { column: 'DOI', test: (v) => /^10\.\d{3,9}\//.test(v) },
  { column: 'Link', test: (v) => /^https?:\/\/(?:www\.)?scopus\.com\//i.test(v) },
  { column: 'ISSN', test: (v) => /^(?:\d{4}-?\d{3}[\dXx])(?:;\s*\d{4}-?\d{3}[\dXx])*$/.test(v) },
  { column: 'Conference code', test: (v) => /^\d+$/.test(v), weak: true },
  { column: 'PubMed ID', test: (v) => /^\d+$/.test(v), weak: true },
  { column: 'Document Type', test: isKnownDocumentType },
  { column: 'Publication Stage', test: (v) => /^(?:final|article in press)$/i.test(v) },
  { column: 'Open Access', test: (v) => /open access/i.test(v) },
  { column: 'Source', test: (v) => /^scopus$/i.test(v) },
  { column: 'EID', test: (v) => /^2-s2\.0-\d+$/.test(v) },
];

/** `1234567X` -> `1234-567X`; other shapes are returned trimmed. */
export function formatIssn(value: string): string {
  const compact = value.trim().replace(/-/g, '').toUpperCase();
  return /^\d{7}[\dX]$/.test(compact) ? `${compact.slice(0, 4)}-${compact.slice(4)}` : value.trim();
}
