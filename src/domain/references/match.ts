/**
 * Reference matching: groups cited references from any mix of databases into canonical cited
 * works, in the order FORMATS.md section 17 recommends:
 *   1. DOI (every DOI of a reference is a key);
 *   2. the source's own id of the cited work (Lens ID, OpenAlex W-id, Dimensions pub. id);
 *   3. first-author surname + year + volume + first page, with compatible journal keys
 *      (WoS J9 abbreviations reconciled with full Scopus titles by {@link journalInitials});
 *   4. for references without volume and page (books, reports): surname + year + journal key.
 * Two groups carrying different DOIs are never merged by rules 2-4 (bibliometrix issue #266).
 */
import { asCitedWorkId, type CitedReference, type CitedWorkId, type Publication } from '../model';
import { journalInitials, journalKeysCompatible, numberKey } from './journal-key';

const RULES = ['doi', 'source-id', 'author-year-volume-page', 'author-year-source'] as const;
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

/** Blocks with more distinct journal keys than this are matched on equal keys only (no pairwise prefixes). */
const LARGE_BLOCK = 256;

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
 * into each reference's `workId` (in place: the field is derived and recomputed on every build).
 * Returns the works sorted by number of citing records (descending), then label.
 */
export function matchReferences(publications: readonly Publication[]): MatchResult {
  const refs: CitedReference[] = [];
  const citing: number[] = [];
  publications.forEach((publication, p) => {
    for (const reference of publication.references) {
      refs.push(reference);
      citing.push(p);
    }
  });
  const n = refs.length;
  const uf = new UnionFind(n);
  const doiOf: (string | undefined)[] = new Array(n);
  const ruleCounts: Record<MatchRule, number> = { doi: 0, 'source-id': 0, 'author-year-volume-page': 0, 'author-year-source': 0 };
  // Which rules joined each group, as bits of RULES (kept on the group's root).
  const ruleBits = new Uint8Array(n);

  const union = (a: number, b: number, rule: MatchRule): void => {
    const ra = uf.find(a);
    const rb = uf.find(b);
    if (ra === rb) return;
    const da = doiOf[ra];
    const db = doiOf[rb];
    if (rule !== 'doi' && da && db && da !== db) return;
    uf.parent[rb] = ra;
    if (!da && db) doiOf[ra] = db;
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

  // Rules 3 and 4: blocks by surname + year (+ volume + page), journals compared by prefix.
  const blocks = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const r = refs[i];
    if (!r.authorKey || !r.year || r.authorKey === 'ANONYMOUS') continue;
    const volume = numberKey(r.volume);
    const page = numberKey(r.page);
    if ((volume && !page) || (!volume && page)) continue;
    const key = `${r.authorKey}|${r.year}|${volume}|${page}`;
    const block = blocks.get(key);
    if (block) block.push(i);
    else blocks.set(key, [i]);
  }
  // Journal keys repeat a lot (every citation of a popular work): compute each once.
  const initialsCache = new Map<string, string>();
  const initialsOf = (source: string | undefined): string => {
    if (!source) return '';
    let key = initialsCache.get(source);
    if (key === undefined) {
      key = journalInitials(source);
      initialsCache.set(source, key);
    }
    return key;
  };
  for (const [key, members] of blocks) {
    if (members.length < 2) continue;
    const rule: MatchRule = key.endsWith('||') ? 'author-year-source' : 'author-year-volume-page';
    // Join equal journal keys first (linear), then compare the few distinct keys by prefix.
    const byJournal = new Map<string, number>();
    for (const m of members) {
      const journal = initialsOf(refs[m].source ?? (rule === 'author-year-source' ? refs[m].title : undefined));
      const seen = byJournal.get(journal);
      if (seen === undefined) byJournal.set(journal, m);
      else if (journal || rule === 'author-year-volume-page') union(seen, m, rule);
    }
    const distinct = [...byJournal];
    if (distinct.length > LARGE_BLOCK) continue;
    for (let a = 0; a < distinct.length; a++) {
      for (let b = a + 1; b < distinct.length; b++) {
        const [ka, ma] = distinct[a];
        const [kb, mb] = distinct[b];
        // Without volume and page the journal key is all we have: require it on both sides.
        if (rule === 'author-year-source' && (!ka || !kb || Math.min(ka.length, kb.length) < 2)) continue;
        if (journalKeysCompatible(ka, kb)) union(ma, mb, rule);
      }
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
    } else if (completeness(refs[i]) > completeness(refs[best[w]])) {
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
  works.sort((a, b) => b.citingRecords - a.citingRecords || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return { works, ruleCounts, referenceCount: n };
}
