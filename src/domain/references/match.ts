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

export type MatchRule = 'doi' | 'source-id' | 'author-year-volume-page' | 'author-year-source';

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

/** Blocks larger than this are matched on equal journal keys instead of pairwise prefixes. */
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
  const ruleOfRoot = new Map<number, Set<MatchRule>>();

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
    const rules = ruleOfRoot.get(ra) ?? new Set<MatchRule>();
    rules.add(rule);
    const other = ruleOfRoot.get(rb);
    if (other) for (const r of other) rules.add(r);
    ruleOfRoot.set(ra, rules);
  };

  // Rules 1 and 2: exact keys.
  const firstByKey = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const r = refs[i];
    doiOf[i] = r.dois[0];
    for (const doi of r.dois) {
      const seen = firstByKey.get(`d:${doi}`);
      if (seen === undefined) firstByKey.set(`d:${doi}`, i);
      else union(seen, i, 'doi');
    }
  }
  for (let i = 0; i < n; i++) {
    const id = refs[i].sourceId;
    if (!id) continue;
    const key = `s:${id.toUpperCase()}`;
    const seen = firstByKey.get(key);
    if (seen === undefined) firstByKey.set(key, i);
    else union(seen, i, 'source-id');
  }
  firstByKey.clear();

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
  for (const [key, members] of blocks) {
    if (members.length < 2) continue;
    const rule: MatchRule = key.endsWith('||') ? 'author-year-source' : 'author-year-volume-page';
    const journalKeys = members.map((i) => journalInitials(refs[i].source ?? (rule === 'author-year-source' ? refs[i].title : undefined)));
    if (members.length > LARGE_BLOCK) {
      // Pairwise prefix checks would be quadratic: join equal journal keys only.
      const byJournal = new Map<string, number>();
      members.forEach((m, j) => {
        if (!journalKeys[j]) return;
        const seen = byJournal.get(journalKeys[j]);
        if (seen === undefined) byJournal.set(journalKeys[j], m);
        else union(seen, m, rule);
      });
      continue;
    }
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) {
        const ka = journalKeys[a];
        const kb = journalKeys[b];
        // Without volume and page the journal key is all we have: require it on both sides.
        if (rule === 'author-year-source' && (!ka || !kb || Math.min(ka.length, kb.length) < 2)) continue;
        if (journalKeysCompatible(ka, kb)) union(members[a], members[b], rule);
      }
    }
  }

  // Collect works.
  const rootIndex = new Map<number, number>();
  const best: number[] = [];
  const citingSets: Set<number>[] = [];
  const variants: number[] = [];
  const roots: number[] = [];
  for (let i = 0; i < n; i++) {
    const root = uf.find(i);
    let w = rootIndex.get(root);
    if (w === undefined) {
      w = best.length;
      rootIndex.set(root, w);
      best.push(i);
      citingSets.push(new Set());
      variants.push(0);
      roots.push(root);
    } else if (completeness(refs[i]) > completeness(refs[best[w]])) {
      best[w] = i;
    }
    citingSets[w].add(citing[i]);
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
      citingRecords: citingSets[w].size,
      variants: variants[w],
      rules: [...(ruleOfRoot.get(roots[w]) ?? [])],
    };
  });
  // Two groups can share a label-based id (e.g. same label, different DOI guard): make ids unique.
  const used = new Map<string, number>();
  for (const work of works) {
    const seen = used.get(work.id) ?? 0;
    used.set(work.id, seen + 1);
    if (seen > 0) work.id = asCitedWorkId(`${work.id}#${seen + 1}`);
  }
  for (let i = 0; i < n; i++) refs[i].workId = works[rootIndex.get(uf.find(i)) as number].id;
  works.sort((a, b) => b.citingRecords - a.citingRecords || a.label.localeCompare(b.label));
  return { works, ruleCounts, referenceCount: n };
}
