/**
 * Units of analysis: for every publication, the distinct ids of the items a network is built on
 * (cited works, cited first authors, cited sources, the document itself, authors, sources,
 * institutions, countries, keywords). This is the documents x items incidence matrix A of
 * ANALYTICS.md section 1, stored row-wise as CSR (`docOffsets` / `docUnits`).
 */
import type { CitedReference, Publication } from '../model';
import { eachWorkId, matchReferences, referencesOf } from '../references';
import { foldAscii, squash } from '../util/text';
import { buildTermTable } from '../text/term-table';
import { applyThesaurus, type Thesaurus } from '../text/thesaurus';

export const UNIT_KINDS = [
  'cited-references',
  'cited-authors',
  'cited-sources',
  'documents',
  'authors',
  'sources',
  'institutions',
  'countries',
  'author-keywords',
  'index-keywords',
  'keywords',
  'terms',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Units that are cited things: their weight is a number of citations. */
export const isCitedUnit = (unit: UnitKind): boolean => unit === 'cited-references' || unit === 'cited-authors' || unit === 'cited-sources';

/** The documents x units incidence of one unit kind. */
export interface UnitTable {
  unit: UnitKind;
  /** Canonical key of each unit (work id, case-folded name, record id ...). */
  keys: string[];
  /** Display label of each unit (the first spelling met, or the cited work's label). */
  labels: string[];
  /** Number of documents containing each unit (column sums of A). */
  occurrences: Int32Array;
  /**
   * For cited units: every reference pointing at the unit, a document citing it twice counting
   * twice (so citations >= occurrences). For documents: times cited in the source database
   * (0 when unknown). Absent for other units.
   */
  citations?: Int32Array;
  /** Units of document d are `docUnits[docOffsets[d] .. docOffsets[d + 1])`, distinct, in order of appearance. */
  docOffsets: Int32Array;
  docUnits: Int32Array;
  /** Values that named no unit (an empty keyword, a reference without author or source ...), counted so nothing vanishes silently. */
  skipped: number;
}

/** Case-folds and squashes whitespace: the key of names and keywords. */
const foldKey = (value: string): string => squash(value).toLowerCase();

/** Key of a cited source: ASCII-folded, upper-cased, punctuation reduced to single spaces. */
const sourceKey = (source: string): string => foldAscii(source).toUpperCase().replace(/[^A-Z0-9]+/g, ' ').trim();

/** Key of a cited first author: the parsed surname key, else the written author folded the same way. */
const referenceAuthorKey = (r: CitedReference): string | undefined => {
  if (r.authorKey) return r.authorKey;
  const key = r.author ? foldAscii(r.author).toUpperCase().replace(/[^A-Z0-9]+/g, ' ').trim() : '';
  return key || undefined;
};

/** Label of a document: "Aria M, 2017, J INFORMETR" (WoS style), or its title when nothing else is known. */
export function documentLabel(p: Publication): string {
  const parts: string[] = [];
  if (p.authors.length) parts.push(p.authors[0].shortName);
  if (p.year) parts.push(String(p.year));
  const source = p.sourceAbbrev ?? p.sourceTitle;
  if (source) parts.push(source);
  return parts.length ? parts.join(', ') : p.title || p.id;
}

/** Options of {@link extractUnits}. */
export interface ExtractUnitsOptions {
  /**
   * Labels of cited works by id, e.g. from `matchReferences(...).works`. When absent and a cited
   * unit is asked for, `matchReferences(publications)` is run first (it writes `workId` in place).
   */
  workLabels?: ReadonlyMap<string, string>;
  /** Thesaurus for terms and keywords (VOSviewer's `label` / `replace by` file). */
  thesaurus?: Pick<Thesaurus, 'replacements'>;
}

/**
 * Extracts the units of one kind from every publication: the incidence matrix A (documents x
 * units, 0/1 after de-duplication within a document), unit occurrences (column sums) and, for
 * cited units, citation counts. Units are numbered in order of first appearance.
 */
export function extractUnits(publications: readonly Publication[], unit: UnitKind, options: ExtractUnitsOptions = {}): UnitTable {
  if (unit === 'terms') {
    // Every term of the titles and abstracts; occurrence thresholds are the network builder's.
    const terms = buildTermTable(publications, { minOccurrences: 1, relevantShare: 1, thesaurus: options.thesaurus });
    return { unit, keys: terms.keys, labels: terms.labels, occurrences: terms.occurrences, docOffsets: terms.docOffsets, docUnits: terms.docUnits, skipped: terms.skipped };
  }
  const keys: string[] = [];
  const labels: string[] = [];
  const index = new Map<string, number>();
  const occurrences: number[] = [];
  const citations: number[] = [];
  const lastDoc: number[] = [];
  const docOffsets = new Int32Array(publications.length + 1);
  const docUnits: number[] = [];
  let skipped = 0;
  let doc = 0;

  const add = (key: string | undefined, label: string, cited = 1): void => {
    if (!key) {
      skipped++;
      return;
    }
    let id = index.get(key);
    if (id === undefined) {
      id = keys.length;
      index.set(key, id);
      keys.push(key);
      labels.push(label);
      occurrences.push(0);
      citations.push(0);
      lastDoc.push(-1);
    }
    citations[id] += cited;
    if (lastDoc[id] === doc) return;
    lastDoc[id] = doc;
    occurrences[id]++;
    docUnits.push(id);
  };

  // A thesaurus merges keyword variants ("replace by") or drops keywords (empty replacement).
  const addKeyword = (value: string): void => {
    const replaced = applyThesaurus(squash(value), options.thesaurus);
    if (replaced === null) return;
    add(foldKey(replaced) || undefined, replaced);
  };

  let workLabels = options.workLabels;
  if (isCitedUnit(unit) && !workLabels) workLabels = new Map(matchReferences(publications).works.map((w) => [w.id as string, w.label]));
  // Cited authors and sources are read from the whole cited work (the first of its references
  // that names them), so the WoS and Scopus forms of one work give one author and one source.
  const workAuthor = new Map<string, string>();
  const workSource = new Map<string, string>();
  const authorLabel = new Map<string, string>();
  if (unit === 'cited-authors' || unit === 'cited-sources') {
    for (const p of publications) {
      for (const r of referencesOf(p.references)) {
        if (!r.workId) continue;
        const author = referenceAuthorKey(r);
        if (author && !workAuthor.has(r.workId)) workAuthor.set(r.workId, author);
        if (author && r.author && !authorLabel.has(author)) authorLabel.set(author, r.author);
        if (r.source && !workSource.has(r.workId)) workSource.set(r.workId, r.source);
      }
    }
  }

  for (; doc < publications.length; doc++) {
    const p = publications[doc];
    docOffsets[doc] = docUnits.length;
    switch (unit) {
      case 'cited-references':
        eachWorkId(p.references, (workId) => add(workId, (workId && workLabels?.get(workId)) ?? ''));
        break;
      case 'cited-authors':
        for (const r of referencesOf(p.references)) {
          const key = (r.workId && workAuthor.get(r.workId)) || referenceAuthorKey(r);
          add(key === 'ANONYMOUS' ? undefined : key, key ? (authorLabel.get(key) ?? key) : '');
        }
        break;
      case 'cited-sources':
        for (const r of referencesOf(p.references)) {
          const source = (r.workId && workSource.get(r.workId)) || r.source;
          add(source ? sourceKey(source) || undefined : undefined, source ?? '');
        }
        break;
      case 'documents':
        add(p.id, documentLabel(p), p.timesCited ?? 0);
        break;
      case 'authors':
        for (const a of p.authors) add(a.shortName ? foldKey(a.shortName) || undefined : undefined, a.shortName);
        break;
      case 'sources': {
        const source = p.sourceTitle ?? p.sourceAbbrev;
        add(source ? foldKey(source) || undefined : undefined, source ?? '');
        break;
      }
      case 'institutions':
        for (const v of p.institutions) add(foldKey(v) || undefined, squash(v));
        break;
      case 'countries':
        for (const v of p.countries) add(foldKey(v) || undefined, squash(v));
        break;
      case 'author-keywords':
        for (const v of p.authorKeywords) addKeyword(v);
        break;
      case 'index-keywords':
        for (const v of p.indexKeywords) addKeyword(v);
        break;
      case 'keywords':
        for (const v of p.authorKeywords) addKeyword(v);
        for (const v of p.indexKeywords) addKeyword(v);
        break;
    }
  }
  docOffsets[publications.length] = docUnits.length;
  const table: UnitTable = {
    unit,
    keys,
    labels,
    occurrences: Int32Array.from(occurrences),
    docOffsets,
    docUnits: Int32Array.from(docUnits),
    skipped,
  };
  if (isCitedUnit(unit) || unit === 'documents') table.citations = Int32Array.from(citations);
  return table;
}
