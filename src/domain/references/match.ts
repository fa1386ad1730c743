/**
 * Reference matching: groups cited references from any mix of databases into canonical cited
 * works, in the order FORMATS.md section 17 recommends:
 *   1. DOI (every DOI of a reference is a key);
 *   2. the source's own id of the cited work (Lens ID, OpenAlex W-id, Dimensions pub. id);
 *   3. first-author surname + year + volume + first page, with compatible journal keys
 *      (WoS J9 abbreviations reconciled with full Scopus titles by {@link journalInitials});
 *   4. for references without volume and page (books, reports): surname + year + journal key;
 *   5. surname + volume + first page with years one apart (early access vs final year).
 * Two groups carrying different DOIs are never merged by rules 2-4 (bibliometrix issue #266).
 */
import { asCitedWorkId, type CitedReference, type CitedWorkId, type Publication, type WosReferenceBlock } from '../model';
import { journalInitials, journalKeysCompatible, numberKey } from './journal-key';
import { referencesOf } from './list';

const RULES = ['doi', 'source-id', 'author-year-volume-page', 'author-year-source', 'author-volume-page'] as const;
export type MatchRule = (typeof RULES)[number];

/** A canonical cited work and how many records cite it. */
export interface CitedWork {
  id: CitedWorkId;
  /** WoS-style label "Aria M, 2017, J INFORMETR, V11, P959", from the most complete reference. */
  label: string;
  doi?: string;
  year?: number;
  /** Number of distinct citing records. */
  citingRecords: number;
  /** Number of reference strings merged into this work. */
  variants: number;
  /** Which rules joined the variants (empty when the work has one variant). */
  rules: MatchRule[];
}

export interface MatchResult {
  works: CitedWork[];
  /** How many references each rule joined to an existing group. */
  ruleCounts: Record<MatchRule, number>;
  referenceCount: number;
}

/** Above this many distinct signatures in a block, pairs are compared only within one volume. */
const PAIRWISE_LIMIT = 200;

/** The distinct (journal key, volume, first page) of one reference in a surname + year block. */
interface Signature {
  ref: number;
  journal: string;
  volume: string;
  page: string;
}

/**
 * Joins signatures of one surname + year block that name the same work: volume and page agree
 * where both are given, journal keys are prefix-compatible, and there is evidence beyond the
 * journal: an equal volume or page, or else (books, reports) journal keys of two letters or more
 * on both sides.
 */
function joinSignatures(signatures: Signature[], union: (a: number, b: number, rule: MatchRule) => void): void {
  for (let a = 0; a < signatures.length; a++) {
    const x = signatures[a];
    for (let b = a + 1; b < signatures.length; b++) {
      const y = signatures[b];
      if ((x.volume && y.volume && x.volume !== y.volume) || (x.page && y.page && x.page !== y.page)) continue;
      if (!journalKeysCompatible(x.journal, y.journal)) continue;
      const numeric = (x.volume !== '' && x.volume === y.volume) || (x.page !== '' && x.page === y.page);
      if (numeric) union(x.ref, y.ref, 'author-year-volume-page');
      else if (x.journal.length >= 2 && y.journal.length >= 2) union(x.ref, y.ref, 'author-year-source');
    }
  }
}

class UnionFind {
  readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }
  find(i: number): number {
    const p = this.parent;
    while (p[i] !== i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }
}

/** Completeness of a reference, to choose the label of a work. */
const completeness = (r: CitedReference): number =>
  (r.dois.length ? 4 : 0) + (r.author ? 2 : 0) + (r.year ? 2 : 0) + (r.source ? 2 : 0) + (r.volume ? 1 : 0) + (r.page ? 1 : 0) + (r.title ? 1 : 0);

/** WoS-style label of one reference. */
export function referenceLabel(r: CitedReference): string {
  const parts: string[] = [];
  if (r.author) parts.push(r.author);
  if (r.year) parts.push(String(r.year));
  if (r.source) parts.push(r.source);
  else if (r.title) parts.push(r.title);
  if (r.volume) parts.push(`V${r.volume}`);
  if (r.page) parts.push(`P${r.page}`);
  return parts.length > 1 ? parts.join(', ') : r.raw;
}

/**
 * Matches every reference of the publications into canonical cited works and writes the work id
 * into each reference's `workId` (in place: the field is derived and recomputed on every build),
 * or into the `workIds` of a compact block.
 * Returns the works sorted by number of citing records (descending), then label.
 */
export function matchReferences(publications: readonly Publication[]): MatchResult {
  const refs: CitedReference[] = [];
  const citing: number[] = [];
  // Compact blocks are read into objects for the matching; their work ids are written back after.
  const compact: { block: WosReferenceBlock; first: number }[] = [];
  publications.forEach((publication, p) => {
    if (!Array.isArray(publication.references)) compact.push({ block: publication.references, first: refs.length });
    for (const reference of referencesOf(publication.references)) {
      refs.push(reference);
      citing.push(p);
    }
  });
  const n = refs.length;
  const uf = new UnionFind(n);
  const doiOf: (string | undefined)[] = new Array(n);
  const rootVolume: string[] = new Array(n).fill('');
  const rootPage: string[] = new Array(n).fill('');
  const ruleCounts: Record<MatchRule, number> = { doi: 0, 'source-id': 0, 'author-year-volume-page': 0, 'author-year-source': 0, 'author-volume-page': 0 };
  // Which rules joined each group, as bits of RULES (kept on the group's root).
  const ruleBits = new Uint8Array(n);
  // Read once, in order, what the later passes look up by index (they jump around the references).
  const completenessOf = new Uint8Array(n);
  const sourceOf: (string | undefined)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    completenessOf[i] = completeness(refs[i]);
    sourceOf[i] = refs[i].source ?? refs[i].title;
  }

  const union = (a: number, b: number, rule: MatchRule): void => {
    const ra = uf.find(a);
    const rb = uf.find(b);
    if (ra === rb) return;
    const da = doiOf[ra];
    const db = doiOf[rb];
    if (rule !== 'doi' && da && db && da !== db) return;
    // Nor groups whose volumes or first pages disagree (no chaining through a reference that lacks them).
    const va = rootVolume[ra];
    const vb = rootVolume[rb];
    const pa = rootPage[ra];
    const pb = rootPage[rb];
    if (rule !== 'doi' && rule !== 'source-id' && ((va && vb && va !== vb) || (pa && pb && pa !== pb))) return;
    uf.parent[rb] = ra;
    if (!da && db) doiOf[ra] = db;
    if (!va && vb) rootVolume[ra] = vb;
    if (!pa && pb) rootPage[ra] = pb;
    ruleCounts[rule]++;
    ruleBits[ra] |= ruleBits[rb] | (1 << RULES.indexOf(rule));
  };

  // Rules 1 and 2: exact keys.
  const firstByDoi = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const dois = refs[i].dois;
    doiOf[i] = dois[0];
    for (let k = 0; k < dois.length; k++) {
      const seen = firstByDoi.get(dois[k]);
      if (seen === undefined) firstByDoi.set(dois[k], i);
      else union(seen, i, 'doi');
    }
  }
  firstByDoi.clear();
  const firstById = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const id = refs[i].sourceId;
    if (!id) continue;
    const key = id.toUpperCase();
    const seen = firstById.get(key);
    if (seen === undefined) firstById.set(key, i);
    else union(seen, i, 'source-id');
  }
  firstById.clear();

  // Rules 3 and 4: blocks by surname + year; inside a block, the distinct (journal, volume, page)
  // signatures are compared pairwise. Volumes and pages must agree where both are given.
  const blocks = new Map<string, number[]>();
  const volumeKeys: string[] = new Array(n);
  const pageKeys: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const r = refs[i];
    volumeKeys[i] = numberKey(r.volume);
    pageKeys[i] = numberKey(r.page);
    if (!r.authorKey || !r.year || r.authorKey === 'ANONYMOUS') continue;
    const key = `${r.authorKey}|${r.year}`;
    const block = blocks.get(key);
    if (block) block.push(i);
    else blocks.set(key, [i]);
  }
  for (let i = 0; i < n; i++) {
    rootVolume[i] = volumeKeys[i];
    rootPage[i] = pageKeys[i];
  }
  // Journal keys repeat a lot (every citation of a popular work): compute each once.
  const initialsCache = new Map<string, string>();
  const journalOf = (i: number): string => {
    const source = sourceOf[i];
    if (!source) return '';
    let key = initialsCache.get(source);
    if (key === undefined) {
      key = journalInitials(source);
      initialsCache.set(source, key);
    }
    return key;
  };
  for (const members of blocks.values()) {
    if (members.length < 2) continue;
    // Identical signatures first (linear): every citation of the same work written the same way.
    const bySignature = new Map<string, Signature>();
    for (const m of members) {
      const journal = journalOf(m);
      const key = `${journal}|${volumeKeys[m]}|${pageKeys[m]}`;
      const seen = bySignature.get(key);
      if (seen) union(seen.ref, m, volumeKeys[m] || pageKeys[m] ? 'author-year-volume-page' : 'author-year-source');
      else bySignature.set(key, { ref: m, journal, volume: volumeKeys[m], page: pageKeys[m] });
    }
    const signatures = [...bySignature.values()];
    if (signatures.length <= PAIRWISE_LIMIT) joinSignatures(signatures, union);
    else {
      // A crowded block (a common surname in a busy year): compare only within the same volume.
      const byVolume = new Map<string, Signature[]>();
      for (const sig of signatures) {
        if (!sig.volume) continue;
        const list = byVolume.get(sig.volume);
        if (list) list.push(sig);
        else byVolume.set(sig.volume, [sig]);
      }
      for (const list of byVolume.values()) if (list.length <= PAIRWISE_LIMIT) joinSignatures(list, union);
    }
  }

  // Rule 5: early-access and in-press works carry years one apart in WoS and Scopus (van Eck &
  // Waltman's VOSviewer paper: 2010 in WoS, 2009 in Scopus). With surname, volume and first page
  // all equal and compatible journals, years may differ by one.
  // Only one reference per group so far needs looking at: the group's root.
  const byVolumePage = new Map<string, number[]>();
  for (let m = 0; m < n; m++) {
    if (uf.parent[m] !== m || !rootVolume[m] || !rootPage[m]) continue;
    const r = refs[m];
    if (!r.authorKey || !r.year || r.authorKey === 'ANONYMOUS') continue;
    const key = `${r.authorKey}|${rootVolume[m]}|${rootPage[m]}`;
    const list = byVolumePage.get(key);
    if (list) list.push(m);
    else byVolumePage.set(key, [m]);
  }
  for (const members of byVolumePage.values()) {
    if (members.length < 2) continue;
    const byYear = new Map<number, number>();
    for (const m of members) if (!byYear.has(refs[m].year as number)) byYear.set(refs[m].year as number, m);
    if (byYear.size < 2) continue;
    const years = [...byYear.keys()].sort((a, b) => a - b);
    for (let k = 1; k < years.length; k++) {
      const a = byYear.get(years[k - 1]) as number;
      const b = byYear.get(years[k]) as number;
      if (years[k] - years[k - 1] === 1 && journalKeysCompatible(journalOf(a), journalOf(b))) union(a, b, 'author-volume-page');
    }
  }

  // Collect works. References come publication by publication, so a work cited twice by the same
  // record sees that record twice in a row: `lastCiting` counts distinct citing records.
  const workOfRoot = new Int32Array(n).fill(-1);
  const best: number[] = [];
  const citingCount: number[] = [];
  const lastCiting: number[] = [];
  const variants: number[] = [];
  const roots: number[] = [];
  for (let i = 0; i < n; i++) {
    const root = uf.find(i);
    let w = workOfRoot[root];
    if (w < 0) {
      w = best.length;
      workOfRoot[root] = w;
      best.push(i);
      citingCount.push(0);
      lastCiting.push(-1);
      variants.push(0);
      roots.push(root);
    } else if (completenessOf[i] > completenessOf[best[w]]) {
      best[w] = i;
    }
    if (lastCiting[w] !== citing[i]) {
      lastCiting[w] = citing[i];
      citingCount[w]++;
    }
    variants[w]++;
  }
  const works: CitedWork[] = best.map((i, w) => {
    const r = refs[i];
    const doi = doiOf[roots[w]];
    return {
      id: asCitedWorkId(doi ? `doi:${doi}` : `ref:${referenceLabel(r).toUpperCase()}`),
      label: referenceLabel(r),
      doi,
      year: r.year,
      citingRecords: citingCount[w],
      variants: variants[w],
      rules: RULES.filter((_, bit) => ruleBits[roots[w]] & (1 << bit)),
    };
  });
  // Two groups can share a label-based id (e.g. same label, different DOI guard): make ids unique.
  const used = new Map<string, number>();
  for (const work of works) {
    const seen = used.get(work.id) ?? 0;
    used.set(work.id, seen + 1);
    if (seen > 0) work.id = asCitedWorkId(`${work.id}#${seen + 1}`);
  }
  for (let i = 0; i < n; i++) refs[i].workId = works[workOfRoot[uf.find(i)]].id;
  for (const { block, first } of compact) block.workIds = refs.slice(first, first + block.count).map((r) => r.workId);
  works.sort((a, b) => b.citingRecords - a.citingRecords || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return { works, ruleCounts, referenceCount: n };
}
