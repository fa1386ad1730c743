/** The tag -> Publication mapping shared by the WoS plain-text and tab-delimited importers. */
import { emptyPublication, type Affiliation, type CitedReference, type CitedReferences, type Origin, type Publication } from '../../model';
import { readWosReference } from '../../references/parse-wos';
import { normalizeDoi, parseCount, parseYear, splitListInto, squash, unique } from '../../util/text';
import { wosAffiliations, wosAuthors } from './authors';
import { wosDocumentType } from './document-type';

/**
 * One WoS record as tag -> values. Line-per-item tags (`AU`, `AF`, `BA`, `BF`, `BE`, `CA`, `CR`,
 * `C1`) hold one value per item; every other tag holds its text (a repeated tag adds a value).
 * Read during {@link wosPublication} only: the plain-text reader reuses it for the next record.
 */
export type WosFields = Pick<ReadonlyMap<string, readonly string[]>, 'get' | 'has'>;

/** Tags whose values are one item each: one line per item in plain text, `; `-separated in tab files. */
export const WOS_LINE_ITEM_TAGS: ReadonlySet<string> = new Set(['AU', 'AF', 'BA', 'BF', 'BE', 'CA', 'CR', 'C1']);

const NONE: readonly string[] = [];

/** The distinct values of one field of the affiliations, in order (a record has few: scanned, not hashed). */
function distinctOf(affiliations: readonly Affiliation[], field: 'institution' | 'country'): string[] {
  if (affiliations.length > 32) return unique(affiliations.flatMap((a) => (a[field] ? [a[field]] : [])));
  const out: string[] = [];
  for (const affiliation of affiliations) {
    const value = affiliation[field];
    if (value && !out.includes(value)) out.push(value);
  }
  return out;
}

/** Accession number: `WOS:000123` -> `000123`; other WoS-platform databases keep their prefix (`MEDLINE:123`). */
function accession(ut: string | undefined): { wos?: string; pmid?: string; isCore: boolean } {
  if (!ut) return { isCore: true };
  const value = ut.trim();
  const colon = value.indexOf(':');
  if (colon < 0) return { wos: value, isCore: true };
  const db = value.slice(0, colon).toUpperCase();
  const id = value.slice(colon + 1).trim();
  if (db === 'WOS') return { wos: id, isCore: true };
  return db === 'MEDLINE' && /^\d+$/.test(id) ? { wos: value, pmid: id, isCore: false } : { wos: value, isCore: false };
}

/**
 * Builds a Publication from one WoS record; `origin.format` (wos-plaintext or wos-tab) keys
 * `citationsBySource`. Ids are normalised (DOI lower-case, UT without `WOS:`, PMID digits),
 * `DT` is mapped to a DocumentType, `AF`/`AU` become authors linked to `C1` addresses, and each
 * `CR` item is read with {@link readWosReference}, unless the caller read them already (`references`).
 */
export function wosPublication(fields: WosFields, origin: Origin, references?: CitedReferences): Publication {
  const all = (tag: string): readonly string[] => fields.get(tag) ?? NONE;
  const text = (tag: string): string | undefined => {
    const values = fields.get(tag);
    if (!values || values.length === 0) return undefined;
    const value = squash(values.length === 1 ? values[0] : values.join(' '));
    return value === '' ? undefined : value;
  };
  const list = (tag: string): string[] => {
    const out: string[] = [];
    for (const value of all(tag)) splitListInto(out, value, ';');
    return out;
  };

  const pub = emptyPublication(origin);
  const ids = accession(text('UT'));
  if (ids.wos) pub.ids.wos = ids.wos;
  const doi = normalizeDoi(text('DI')) ?? normalizeDoi(text('DL'));
  if (doi) pub.ids.doi = doi;
  const pmid = /\d+/.exec(text('PM') ?? '')?.[0] ?? ids.pmid;
  if (pmid) pub.ids.pmid = pmid;

  pub.title = text('TI') ?? '';
  const setText = (key: 'sourceTitle' | 'sourceAbbrev' | 'sourceIsoAbbrev' | 'publisher' | 'volume' | 'issue' | 'pageStart' | 'pageEnd' | 'articleNumber' | 'language' | 'abstract' | 'documentTypeRaw', tag: string) => {
    const value = text(tag);
    if (value !== undefined) pub[key] = value;
  };
  setText('sourceTitle', 'SO');
  setText('sourceAbbrev', 'J9');
  setText('sourceIsoAbbrev', 'JI');
  setText('publisher', 'PU');
  setText('volume', 'VL');
  setText('issue', 'IS');
  setText('pageStart', 'BP');
  setText('pageEnd', 'EP');
  setText('articleNumber', 'AR');
  setText('language', 'LA');
  setText('abstract', 'AB');
  setText('documentTypeRaw', 'DT');
  // MEDLINE records exported from the WoS platform give their pages as `PS 341-376`.
  const ps = text('PS');
  if (ps && pub.pageStart === undefined) {
    const [start, end] = ps.split('-').map((p) => p.trim());
    if (start) pub.pageStart = start;
    if (end) pub.pageEnd = end;
  }
  pub.issn = unique([...list('SN'), ...list('EI')]);
  // Early-access records may have an empty PY: the year is then that of EA (or EY).
  const year = parseYear(text('PY')) ?? parseYear(text('EA')) ?? parseYear(text('EY'));
  if (year !== undefined) pub.year = year;
  pub.documentType = wosDocumentType(pub.documentTypeRaw, text('PT'));

  pub.authorKeywords = list('DE');
  pub.indexKeywords = list('ID');
  pub.subjectCategories = fields.has('WC') ? list('WC') : list('SC');
  const timesCited = parseCount(text('TC'));
  if (timesCited !== undefined) {
    pub.timesCited = timesCited;
    pub.citationsBySource[origin.format] = timesCited;
  }
  pub.funding = list('FU');
  const fx = text('FX');
  if (pub.funding.length === 0 && fx) pub.funding = [fx];
  if (text('OA')) pub.openAccess = true;

  const au = all('AU').map(squash);
  pub.authors = wosAuthors(all('AF'), au);
  pub.affiliations = wosAffiliations(all('C1'), text('RP'), pub.authors, au, ids.isCore);
  pub.institutions = distinctOf(pub.affiliations, 'institution');
  pub.countries = distinctOf(pub.affiliations, 'country');

  if (references) pub.references = references;
  else {
    const list: CitedReference[] = [];
    for (const raw of all('CR')) {
      const ref = readWosReference(raw, 0, raw.length);
      if (ref) list.push(ref);
    }
    pub.references = list;
  }
  return pub;
}
