import { describe, expect, it } from 'vitest';
import { couplingLinkDocuments, documentsWithAny, documentsWithBoth, documentsWithUnit, pageOf, sortDocuments } from './analysis-documents';
import type { DocumentUnits } from './analysis-documents';

/** A documents x units table from one unit list per document. */
const table = (...docs: number[][]): DocumentUnits => {
  const docOffsets = new Int32Array(docs.length + 1);
  docs.forEach((units, d) => {
    docOffsets[d + 1] = docOffsets[d] + units.length;
  });
  return { docOffsets, docUnits: Int32Array.from(docs.flat()) };
};

// Four documents citing works 0..3 (co-citation: units are cited works).
const cites = table([0, 1], [1, 2], [0, 1, 2], [3]);

describe('documents behind items, links and clusters', () => {
  it('finds the documents containing a unit (the citing documents of a cited work)', () => {
    expect(documentsWithUnit(cites, 1)).toEqual([0, 1, 2]);
    expect(documentsWithUnit(cites, 3)).toEqual([3]);
    expect(documentsWithUnit(cites, 9)).toEqual([]);
  });

  it('finds the documents containing both ends of a link (documents citing both works)', () => {
    expect(documentsWithBoth(cites, 0, 1)).toEqual([0, 2]);
    expect(documentsWithBoth(cites, 1, 0)).toEqual([0, 2]);
    expect(documentsWithBoth(cites, 0, 3)).toEqual([]);
  });

  it('finds the documents containing any unit of a cluster, each once', () => {
    expect(documentsWithAny(cites, [0, 2])).toEqual([0, 1, 2]);
    expect(documentsWithAny(cites, [3])).toEqual([3]);
    expect(documentsWithAny(cites, [])).toEqual([]);
  });

  it('gives the two coupled documents and the number of shared cited works', () => {
    // Document coupling: document d is unit d; references as above.
    const docs = table([0], [1], [2], [3]);
    expect(couplingLinkDocuments(docs, cites, 0, 2)).toEqual({ documents: [0, 2], sharedReferences: 2 });
    expect(couplingLinkDocuments(docs, cites, 1, 2)).toEqual({ documents: [1, 2], sharedReferences: 2 });
    expect(couplingLinkDocuments(docs, cites, 0, 3)).toEqual({ documents: [], sharedReferences: 0 });
  });

  it('keeps, for coupling of authors, only their documents that cite a shared work', () => {
    // Author 0 wrote documents 0 and 3, author 1 wrote document 1: only work 1 is shared, which document 3 does not cite.
    const authors = table([0], [1], [2], [0]);
    expect(couplingLinkDocuments(authors, cites, 0, 1)).toEqual({ documents: [0, 1], sharedReferences: 1 });
  });

  it('sorts by times cited, then year, both descending, unknown values last and ties in input order', () => {
    const docs = [{ timesCited: 5, year: 2019 }, { timesCited: 9, year: 2015 }, { timesCited: 5, year: 2021 }, { year: 2024 }, { timesCited: 5 }, { timesCited: 5, year: 2021 }];
    expect(sortDocuments([0, 1, 2, 3, 4, 5], docs)).toEqual([1, 2, 5, 0, 4, 3]);
    expect(sortDocuments([5, 2], docs)).toEqual([2, 5]);
  });

  it('pages a list, with Infinity for everything', () => {
    const list = [1, 2, 3, 4, 5];
    expect(pageOf(list, 0, 2)).toEqual([1, 2]);
    expect(pageOf(list, 4, 10)).toEqual([5]);
    expect(pageOf(list, -3, 1)).toEqual([1]);
    expect(pageOf(list, 2, Infinity)).toEqual([3, 4, 5]);
    expect(pageOf(list, 9, 3)).toEqual([]);
  });
});
