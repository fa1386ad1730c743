/**
 * The documents behind a map item, link or cluster (issue #3), as pure functions over the
 * documents x units incidence (`UnitTable`: `docOffsets` / `docUnits`) so they are tested with
 * hand-made tables. Documents are returned as indices into the prepared network's `documents`.
 */
import type { UnitTable } from '../../src/domain/network/units';

/** The row-wise incidence these functions read. */
export type DocumentUnits = Pick<UnitTable, 'docOffsets' | 'docUnits'>;

const documentCount = (units: DocumentUnits): number => units.docOffsets.length - 1;

/** Documents whose units satisfy `test` (called once per document with its unit list). */
function documentsWhere(units: DocumentUnits, test: (start: number, end: number) => boolean): number[] {
  const out: number[] = [];
  for (let d = 0; d < documentCount(units); d++) if (test(units.docOffsets[d], units.docOffsets[d + 1])) out.push(d);
  return out;
}

const contains = (units: DocumentUnits, start: number, end: number, unit: number): boolean => {
  for (let k = start; k < end; k++) if (units.docUnits[k] === unit) return true;
  return false;
};

/** Documents containing `unit` (for cited units: the documents citing it). */
export function documentsWithUnit(units: DocumentUnits, unit: number): number[] {
  return documentsWhere(units, (start, end) => contains(units, start, end, unit));
}

/** Documents containing both units (co-occurrence, co-authorship; for co-citation: documents citing both). */
export function documentsWithBoth(units: DocumentUnits, a: number, b: number): number[] {
  return documentsWhere(units, (start, end) => contains(units, start, end, a) && contains(units, start, end, b));
}

/** Documents containing any of `members` (the documents behind a cluster). */
export function documentsWithAny(units: DocumentUnits, members: Iterable<number>): number[] {
  const set = new Set(members);
  return documentsWhere(units, (start, end) => {
    for (let k = start; k < end; k++) if (set.has(units.docUnits[k])) return true;
    return false;
  });
}

/** Cited works of the documents containing `unit`. */
function worksOf(units: DocumentUnits, references: DocumentUnits, unit: number): Set<number> {
  const works = new Set<number>();
  for (const d of documentsWithUnit(units, unit)) {
    for (let k = references.docOffsets[d]; k < references.docOffsets[d + 1]; k++) works.add(references.docUnits[k]);
  }
  return works;
}

/**
 * The documents behind a bibliographic-coupling link: the shared cited works are the reason, so
 * these are the documents of either unit that cite at least one work also cited by the other
 * side (for document coupling: the two documents themselves), plus the number of shared works.
 * `references` is the documents x cited works incidence of the same documents.
 */
export function couplingLinkDocuments(units: DocumentUnits, references: DocumentUnits, a: number, b: number): { documents: number[]; sharedReferences: number } {
  const worksA = worksOf(units, references, a);
  const worksB = worksOf(units, references, b);
  const shared = new Set([...worksA].filter((w) => worksB.has(w)));
  const documents = documentsWhere(units, (start, end) => contains(units, start, end, a) || contains(units, start, end, b)).filter((d) => {
    for (let k = references.docOffsets[d]; k < references.docOffsets[d + 1]; k++) if (shared.has(references.docUnits[k])) return true;
    return false;
  });
  return { documents, sharedReferences: shared.size };
}

/** What the ordering reads of a document. */
export interface RankedDocument {
  timesCited?: number;
  year?: number;
}

/** Orders document indices by times cited (descending), then year (descending), then input order; unknown counts last. */
export function sortDocuments(indices: readonly number[], documents: readonly RankedDocument[]): number[] {
  const cited = (d: number): number => documents[d]?.timesCited ?? -1;
  const year = (d: number): number => documents[d]?.year ?? -Infinity;
  return [...indices].sort((a, b) => cited(b) - cited(a) || (year(b) === year(a) ? 0 : year(b) > year(a) ? 1 : -1) || a - b);
}

/** One page of a list: `offset` clamped at 0, `limit` at least 0 (Infinity for everything). */
export function pageOf<T>(list: readonly T[], offset: number, limit: number): T[] {
  const start = Math.max(0, Math.floor(offset) || 0);
  const count = Math.max(0, limit);
  return list.slice(start, Number.isFinite(count) ? start + Math.floor(count) : undefined);
}
