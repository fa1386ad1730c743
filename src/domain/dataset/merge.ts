/**
 * Duplicate detection across files and databases. Records are the same document when they share
 *   1. a DOI, else
 *   2. a source id (WoS UT, Scopus EID, PMID, PMCID, Lens ID, OpenAlex W-id, Dimensions id), else
 *   3. the normalised title + first-author surname, with years at most one apart (early access
 *      and in-press items carry different years in WoS and Scopus: FORMATS.md section 18).
 * Merged records keep the most complete value of every field, the union of ids and origins, and
 * the citation count of each source separately.
 */
import type { Patent, Publication, PublicationIds } from '../model';
import { referenceCount } from '../references/list';
import { foldAscii } from '../util/text';
import type { MergeEntry, MergeRule } from './types';

/** Titles shorter than this ("Introduction", "Editorial") are too generic to identify a document. */
const MIN_TITLE_KEY = 20;

const ID_FIELDS: (keyof PublicationIds)[] = ['wos', 'eid', 'pmid', 'pmcid', 'lens', 'openalex', 'dimensions'];

/** Title normalised for duplicate detection: ASCII, lower case, letters and digits only. */
export const titleKey = (title: string): string => foldAscii(title).toLowerCase().replace(/<[^>]+>/g, '').replace(/[^a-z0-9]+/g, '');

const surnameKey = (p: Publication): string => (p.authors[0] ? foldAscii(p.authors[0].surname).toLowerCase().replace(/[^a-z]/g, '') : '');

/** How much a publication carries: the base of a merge is the most complete record. */
function richness(p: Publication): number {
  return (
    (p.ids.doi ? 2 : 0) + Math.min(referenceCount(p.references), 50) / 10 + (p.abstract ? 2 : 0) + (p.authorKeywords.length ? 1 : 0) +
    (p.affiliations.length ? 2 : 0) + (p.authors.some((a) => a.affiliationIndices.length) ? 1 : 0) + (p.sourceAbbrev ? 1 : 0) + (p.year ? 1 : 0)
  );
}

const longer = <T>(a: T[], b: T[]): T[] => (b.length > a.length ? b : a);

/** Merges `others` into a copy of `base` (the richest record): first non-empty value per field, union of ids/origins. */
export function mergePublications(base: Publication, others: Publication[]): Publication {
  const merged: Publication = { ...base, ids: { ...base.ids }, citationsBySource: { ...base.citationsBySource }, origins: [...base.origins] };
  for (const other of others) {
    for (const [key, value] of Object.entries(other.ids) as [keyof PublicationIds, string | undefined][]) {
      if (value && !merged.ids[key]) merged.ids[key] = value;
    }
    for (const [source, count] of Object.entries(other.citationsBySource)) {
      if (count !== undefined) merged.citationsBySource[source] = Math.max(count, merged.citationsBySource[source] ?? 0);
    }
    merged.origins.push(...other.origins);
    merged.title ||= other.title;
    merged.sourceTitle ??= other.sourceTitle;
    merged.sourceAbbrev ??= other.sourceAbbrev;
    merged.sourceIsoAbbrev ??= other.sourceIsoAbbrev;
    merged.publisher ??= other.publisher;
    merged.year ??= other.year;
    merged.volume ??= other.volume;
    merged.issue ??= other.issue;
    merged.pageStart ??= other.pageStart;
    merged.pageEnd ??= other.pageEnd;
    merged.articleNumber ??= other.articleNumber;
    merged.language ??= other.language;
    merged.abstract ??= other.abstract;
    merged.openAccess ??= other.openAccess;
    merged.documentTypeRaw ??= other.documentTypeRaw;
    if (merged.documentType === 'other') merged.documentType = other.documentType;
    // Authors and affiliations travel together (affiliationIndices point into the list).
    if (other.affiliations.length > merged.affiliations.length && other.authors.length >= merged.authors.length) {
      merged.authors = other.authors;
      merged.affiliations = other.affiliations;
    } else if (merged.authors.length === 0) {
      merged.authors = other.authors;
    }
    merged.institutions = longer(merged.institutions, other.institutions);
    merged.countries = longer(merged.countries, other.countries);
    merged.issn = [...new Set([...merged.issn, ...other.issn])];
    merged.authorKeywords = longer(merged.authorKeywords, other.authorKeywords);
    merged.indexKeywords = longer(merged.indexKeywords, other.indexKeywords);
    merged.subjectCategories = longer(merged.subjectCategories, other.subjectCategories);
    merged.funding = longer(merged.funding, other.funding);
    if (referenceCount(other.references) > referenceCount(merged.references)) merged.references = other.references;
  }
  const counts = Object.values(merged.citationsBySource).filter((c): c is number => c !== undefined);
  merged.timesCited = counts.length ? Math.max(...counts) : merged.timesCited;
  return merged;
}

/** Publication number normalised for matching: "US 9999999 B2" and "US-9999999-B2" agree. */
export const publicationNumberKey = (value: string): string => value.toUpperCase().replace(/[^A-Z0-9]/g, '');

/**
 * Finds and merges duplicate publications and patents. Returns new arrays (records that were not
 * merged are the same objects) and one MergeEntry per group that was merged.
 */
export function mergeDuplicates(publications: Publication[], patents: Patent[]): { publications: Publication[]; patents: Patent[]; merges: MergeEntry[] } {
  const n = publications.length;
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const ruleOf = new Map<number, MergeRule>();
  const union = (a: number, b: number, rule: MergeRule): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    // Two records with different DOIs are different documents, whatever else they share.
    const da = publications[ra].ids.doi;
    const db = publications[rb].ids.doi;
    if (rule !== 'doi' && da && db && da !== db) return;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    parent[drop] = keep;
    if (!ruleOf.has(keep)) ruleOf.set(keep, ruleOf.get(drop) ?? rule);
  };

  const firstByKey = new Map<string, number>();
  const joinOn = (key: string, i: number, rule: MergeRule): void => {
    const seen = firstByKey.get(key);
    if (seen === undefined) firstByKey.set(key, i);
    else union(seen, i, rule);
  };
  for (let i = 0; i < n; i++) {
    const doi = publications[i].ids.doi;
    if (doi) joinOn(`doi:${doi}`, i, 'doi');
  }
  for (let i = 0; i < n; i++) {
    for (const field of ID_FIELDS) {
      const value = publications[i].ids[field];
      if (value) joinOn(`${field}:${value.toLowerCase()}`, i, 'source-id');
    }
  }
  // Rule 3: same normalised title and first author, years within one.
  const byTitle = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const t = titleKey(publications[i].title);
    if (t.length < MIN_TITLE_KEY) continue;
    const key = `${t}|${surnameKey(publications[i])}`;
    const list = byTitle.get(key);
    if (list) list.push(i);
    else byTitle.set(key, [i]);
  }
  for (const list of byTitle.values()) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const ya = publications[list[a]].year;
        const yb = publications[list[b]].year;
        if (ya === undefined || yb === undefined || Math.abs(ya - yb) <= 1) union(list[a], list[b], 'title-year-author');
      }
    }
  }

  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  }
  const out: Publication[] = [];
  const merges: MergeEntry[] = [];
  for (const [root, members] of groups) {
    if (members.length === 1) {
      out.push(publications[members[0]]);
      continue;
    }
    const records = members.map((i) => publications[i]);
    let baseIndex = 0;
    records.forEach((r, k) => {
      if (richness(r) > richness(records[baseIndex])) baseIndex = k;
    });
    const base = records[baseIndex];
    const merged = mergePublications(base, records.filter((_, k) => k !== baseIndex));
    out.push(merged);
    merges.push({ kept: merged.id, merged: records.filter((_, k) => k !== baseIndex).map((r) => r.id), rule: ruleOf.get(root) ?? 'doi', title: merged.title });
  }
  return { publications: out, patents: mergePatents(patents, merges), merges };
}

/** Patents are duplicates when they share a publication number (any punctuation) or a Lens ID. */
function mergePatents(patents: Patent[], merges: MergeEntry[]): Patent[] {
  const byKey = new Map<string, number>();
  const out: Patent[] = [];
  const copied = new Set<number>();
  for (const patent of patents) {
    const keys = [`pn:${publicationNumberKey(patent.publicationNumber)}`, ...(patent.lensId ? [`lens:${patent.lensId}`] : [])];
    const index = keys.map((k) => byKey.get(k)).find((i) => i !== undefined);
    if (index === undefined) {
      keys.forEach((k) => byKey.set(k, out.length));
      out.push(patent);
      continue;
    }
    // Copy before filling, so the records of the previous dataset stay as they were.
    if (!copied.has(index)) {
      out[index] = { ...out[index], origins: [...out[index].origins] };
      copied.add(index);
    }
    const existing = out[index] as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(patent)) {
      const current = existing[key];
      if ((current === undefined || current === '' || (Array.isArray(current) && current.length === 0)) && value !== undefined) existing[key] = value;
    }
    out[index].origins.push(...patent.origins);
    merges.push({ kept: out[index].id, merged: [patent.id], rule: 'source-id', title: out[index].title });
  }
  return out;
}
