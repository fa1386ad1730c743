/**
 * Direct citation among the dataset's own documents (ANALYTICS.md section 2): document A cites
 * document B when one of A's cited references points to B. This is the citation network behind
 * Garfield's HistCite and bibliometrix `histNetwork`; a document's in-degree is its local
 * citation score (LCS), its out-degree its local reference count (LCR).
 *
 * Garfield, E., Pudovkin, A. I. & Istomin, V. S. (2003). Why do we need algorithmic
 * historiography? JASIST 54(5):400-412.
 *
 * References are matched to documents by the one reference matcher (`matchReferences`): every
 * document is written as the reference that would cite it (a synthetic self-reference: first-author
 * surname key, year, source, volume, first page, DOI and database ids), all self-references go into
 * one extra pseudo-publication, and a reference of A points to B when the matcher puts it in the
 * same cited work as B's self-reference. The matcher runs on copies, so the `workId` fields of the
 * caller's references are left as they were.
 */
import type { CitedReference, CitedWorkId, Publication } from '../model';
import { referencesOf } from '../references/list';
import { matchReferences } from '../references/match';
import { wosSurnameKey } from '../references/parse-wos';
import { documentLabel } from '../network/units';
import { numberKey } from '../references/journal-key';

/** Directed citations among documents in CSR form, citing -> cited. */
export interface CitingLists {
  /** Documents cited by document d: `cited[offsets[d] .. offsets[d + 1])`, distinct, ascending, never d. */
  offsets: Int32Array;
  cited: Int32Array;
}

/** The direct-citation network of a dataset, indexed like the publications it was built from. */
export interface DirectCitationNetwork {
  documentCount: number;
  citing: CitingLists;
  /** LCS: documents of the dataset citing each document (in-degree). */
  localCitations: Int32Array;
  /** LCR: documents of the dataset each document cites (out-degree). */
  localReferences: Int32Array;
  /** GCS: times cited in the source database (`timesCited`), 0 when unknown. */
  globalCitations: Int32Array;
  stats: DirectCitationStats;
}

export interface DirectCitationStats {
  /** Distinct citing -> cited links. */
  linkCount: number;
  /** References that point to a document of the dataset (a document citing another twice counts twice). */
  matchedReferences: number;
  /** References of a document matched to that document itself (dropped: no self loops). */
  selfReferences: number;
  /** References matched to several documents that nothing told apart (dropped, not guessed). */
  ambiguousReferences: number;
  /** Documents with neither DOI, database id, nor first author + year: nothing can cite them. */
  unmatchableDocuments: number;
  /** Documents without a times-cited value (their `globalCitations` is 0). */
  unknownGlobalCitations: number;
}

/** Database ids that other records of the same database cite as `sourceId`. */
const sourceIdsOf = (p: Publication): string[] => [p.ids.openalex, p.ids.lens, p.ids.dimensions].filter((id): id is string => !!id);

/**
 * The reference that would cite publication `p`, written like a WoS cited reference (author as
 * "Surname INITIALS", J9 abbreviation when known) so it is keyed like the references it should
 * meet. No title: the matcher would read it as the source when the source is missing. Undefined
 * when it names too little to be matched by any rule.
 */
export function selfReference(p: Publication): CitedReference | undefined {
  const first = p.authors[0];
  const author = first ? (first.shortName || first.surname).replace(/,/g, '').trim() : '';
  const authorKey = author ? wosSurnameKey(author) : undefined;
  const doi = p.ids.doi;
  const [sourceId] = sourceIdsOf(p);
  if (!doi && !sourceId && !(authorKey && p.year)) return undefined;
  const ref: CitedReference = { raw: documentLabel(p), dois: doi ? [doi] : [] };
  if (author) ref.author = author;
  if (authorKey) ref.authorKey = authorKey;
  if (p.year !== undefined) ref.year = p.year;
  const source = p.sourceAbbrev ?? p.sourceTitle;
  if (source) ref.source = source;
  if (p.volume) ref.volume = p.volume;
  const page = p.pageStart ?? p.articleNumber;
  if (page) ref.page = page;
  if (sourceId) ref.sourceId = sourceId;
  return ref;
}

/**
 * Builds the direct-citation network of the publications: A -> B when a reference of A is matched
 * (by `matchReferences`, with B's synthetic self-reference in the pool) to B; never A -> A. A
 * document citing B several times gives one link. When a reference falls into a work holding
 * several documents (duplicates, or records the matcher cannot tell apart), the reference's DOI,
 * then its volume and first page, choose among them; otherwise it is counted as ambiguous and
 * dropped.
 */
export function directCitations(publications: readonly Publication[]): DirectCitationNetwork {
  const n = publications.length;
  // Copies: matching writes `workId` into every reference it sees.
  const copiedReferences: CitedReference[][] = publications.map((p) => referencesOf(p.references).map((r) => ({ ...r, dois: r.dois.slice() })));
  const copies: Publication[] = publications.map((p, d) => ({ ...p, references: copiedReferences[d] }));
  const selfRefs: CitedReference[] = [];
  const selfDoc: number[] = [];
  let unmatchableDocuments = 0;
  let unknownGlobalCitations = 0;
  const globalCitations = new Int32Array(n);
  publications.forEach((p, d) => {
    if (p.timesCited === undefined) unknownGlobalCitations++;
    else globalCitations[d] = p.timesCited;
    const ref = selfReference(p);
    if (!ref) {
      unmatchableDocuments++;
      return;
    }
    selfRefs.push(ref);
    selfDoc.push(d);
    // A record merged from several databases is cited by each database's own id.
    for (const id of sourceIdsOf(p).slice(1)) {
      selfRefs.push({ raw: id, sourceId: id, dois: ref.dois.slice() });
      selfDoc.push(d);
    }
  });
  if (selfRefs.length > 0) {
    const pseudo: Publication = { ...copies[0], references: selfRefs };
    matchReferences([...copies, pseudo]);
  }

  const docsOfWork = new Map<CitedWorkId, number[]>();
  selfRefs.forEach((ref, k) => {
    if (!ref.workId) return;
    const list = docsOfWork.get(ref.workId);
    if (!list) docsOfWork.set(ref.workId, [selfDoc[k]]);
    else if (!list.includes(selfDoc[k])) list.push(selfDoc[k]);
  });

  const rows: number[][] = [];
  let matchedReferences = 0;
  let selfReferences = 0;
  let ambiguousReferences = 0;
  for (let a = 0; a < n; a++) {
    const row: number[] = [];
    for (const r of copiedReferences[a]) {
      const docs = r.workId ? docsOfWork.get(r.workId) : undefined;
      if (!docs) continue;
      const b = docs.length === 1 ? docs[0] : pickDocument(r, docs, publications);
      if (b < 0) {
        ambiguousReferences++;
        continue;
      }
      matchedReferences++;
      if (b === a) selfReferences++;
      else if (!row.includes(b)) row.push(b);
    }
    row.sort((x, y) => x - y);
    rows.push(row);
  }

  const offsets = new Int32Array(n + 1);
  for (let a = 0; a < n; a++) offsets[a + 1] = offsets[a] + rows[a].length;
  const cited = new Int32Array(offsets[n]);
  const localCitations = new Int32Array(n);
  const localReferences = new Int32Array(n);
  for (let a = 0; a < n; a++) {
    cited.set(rows[a], offsets[a]);
    localReferences[a] = rows[a].length;
    for (const b of rows[a]) localCitations[b]++;
  }
  return {
    documentCount: n,
    citing: { offsets, cited },
    localCitations,
    localReferences,
    globalCitations,
    stats: { linkCount: cited.length, matchedReferences, selfReferences, ambiguousReferences, unmatchableDocuments, unknownGlobalCitations },
  };
}

/** Among documents sharing one cited work, the one a reference names by DOI, else by year, volume and page; -1 when still ambiguous. */
function pickDocument(r: CitedReference, docs: readonly number[], publications: readonly Publication[]): number {
  const byDoi = docs.filter((d) => {
    const doi = publications[d].ids.doi;
    return doi !== undefined && r.dois.includes(doi);
  });
  if (byDoi.length === 1) return byDoi[0];
  const volume = numberKey(r.volume);
  const page = numberKey(r.page);
  const byNumbers = docs.filter((d) => {
    const p = publications[d];
    if (r.year !== undefined && p.year !== undefined && r.year !== p.year) return false;
    if (volume && p.volume && numberKey(p.volume) !== volume) return false;
    const docPage = p.pageStart ?? p.articleNumber;
    return !(page && docPage && numberKey(docPage) !== page);
  });
  return byNumbers.length === 1 ? byNumbers[0] : -1;
}
