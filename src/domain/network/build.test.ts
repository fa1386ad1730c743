import { describe, expect, it } from 'vitest';
import { buildNetwork, countItemsMeetingThreshold, prepareNetwork } from './build';
import { linkCount, nodeStrengths } from './csr';
import { author, checkInvariants, dense, publication, reference } from './test-support';

/**
 * Keywords (author keywords unless noted; spelling variants fold together):
 *   d0: A, B, C     d1: a, " B "     d2: A (+ index keyword D)     d3: C
 * Node order is first appearance: A, B, C, D.
 */
const keywordDocs = [
  publication(1, { authorKeywords: ['A', 'B', 'C'] }),
  publication(2, { authorKeywords: ['a', '  B '] }),
  publication(3, { authorKeywords: ['A'], indexKeywords: ['D'] }),
  publication(4, { authorKeywords: ['C'] }),
];

describe('keyword co-occurrence', () => {
  it('counts full co-occurrences: the documents holding both keywords', () => {
    const built = buildNetwork(keywordDocs, { type: 'co-occurrence', unit: 'author-keywords' });
    expect(built.labels).toEqual(['A', 'B', 'C']);
    // A: d0 d1 d2 = 3, B: d0 d1 = 2, C: d0 d3 = 2.
    expect([...built.weights]).toEqual([3, 2, 2]);
    // A-B: d0 + d1 = 2; A-C: d0 = 1; B-C: d0 = 1.
    expect(dense(built.network)).toEqual([
      [0, 2, 1],
      [2, 0, 1],
      [1, 1, 0],
    ]);
    expect([...built.diagonal]).toEqual([3, 2, 2]);
    expect(built.documentCount).toBe(4);
    checkInvariants(built.network);
  });

  it('counts fractionally: a document with n keywords adds 1/(n-1) to each pair', () => {
    const built = buildNetwork(keywordDocs, { type: 'co-occurrence', unit: 'author-keywords', counting: 'fractional' });
    // d0 has n = 3: 1/2 per pair; d1 has n = 2: 1; d2 and d3 have one keyword: nothing.
    // A-B: 1/2 + 1 = 1.5; A-C: 1/2; B-C: 1/2.
    expect(dense(built.network)).toEqual([
      [0, 1.5, 0.5],
      [1.5, 0, 0.5],
      [0.5, 0.5, 0],
    ]);
    // Total link strength = documents with at least two keywords: A d0 d1 = 2, B d0 d1 = 2, C d0 = 1.
    expect([...nodeStrengths(built.network)]).toEqual([2, 2, 1]);
  });

  it('joins both keyword kinds, and reads index keywords alone', () => {
    const both = buildNetwork(keywordDocs, { type: 'co-occurrence', unit: 'keywords' });
    expect(both.labels).toEqual(['A', 'B', 'C', 'D']);
    // As above plus A-D = 1 from d2.
    expect(dense(both.network)).toEqual([
      [0, 2, 1, 1],
      [2, 0, 1, 0],
      [1, 1, 0, 0],
      [1, 0, 0, 0],
    ]);
    const index = buildNetwork(keywordDocs, { type: 'co-occurrence', unit: 'index-keywords' });
    expect(index.labels).toEqual(['D']);
    expect(linkCount(index.network)).toBe(0);
  });

  it('applies the minimum before counting and reports how many items meet it', () => {
    const built = buildNetwork(keywordDocs, { type: 'co-occurrence', unit: 'author-keywords', minOccurrences: 3 });
    expect(built.labels).toEqual(['A']);
    expect(built.thresholdCounts).toEqual({ units: 3, meetingThreshold: 1, selected: 1 });
    const prepared = prepareNetwork(keywordDocs, { type: 'co-occurrence', unit: 'author-keywords' });
    expect([0, 1, 2, 3, 4].map((m) => countItemsMeetingThreshold(prepared, m))).toEqual([3, 3, 3, 1, 0]);
  });

  it('keeps the top N by total link strength among items meeting the minimum (ties: more occurrences)', () => {
    // Total link strengths: A 2 + 1 = 3, B 2 + 1 = 3, C 1 + 1 = 2; A and B tie, A occurs more.
    const top2 = buildNetwork(keywordDocs, { type: 'co-occurrence', unit: 'author-keywords', topN: 2 });
    expect(top2.labels).toEqual(['A', 'B']);
    expect(dense(top2.network)).toEqual([
      [0, 2],
      [2, 0],
    ]);
    expect(top2.thresholdCounts).toEqual({ units: 3, meetingThreshold: 3, selected: 2 });
    const top1 = buildNetwork(keywordDocs, { type: 'co-occurrence', unit: 'author-keywords', topN: 1, topBy: 'occurrences' });
    expect(top1.labels).toEqual(['A']);
  });

  it('keeps the fractional weight of a document when some of its items are thresholded away', () => {
    // C dropped: d0 still counts n = 3, so A-B = 1/2 (d0) + 1 (d1) = 1.5, not 1 + 1.
    const built = buildNetwork(keywordDocs, { type: 'co-occurrence', unit: 'author-keywords', counting: 'fractional', topN: 2 });
    expect(dense(built.network)).toEqual([
      [0, 1.5],
      [1.5, 0],
    ]);
  });

  it('drops links below the minimum link strength', () => {
    const built = buildNetwork(keywordDocs, { type: 'co-occurrence', unit: 'author-keywords', minLinkStrength: 1.5 });
    expect(dense(built.network)).toEqual([
      [0, 2, 0],
      [2, 0, 0],
      [0, 0, 0],
    ]);
    checkInvariants(built.network);
  });

  it('refuses a unit the network type does not take (a programmer error)', () => {
    expect(() => buildNetwork(keywordDocs, { type: 'co-occurrence', unit: 'documents' })).toThrow(/domain\/network/);
  });
});

/**
 * Authors: d0 Smith J, Lee K; d1 SMITH  J (same author), Lee K, Wu X; d2 Wu X, Lee K, Smith J, Ng A.
 * Countries: d0 USA, China; d1 usa; d2 China, Chile.
 */
const authorDocs = [
  publication(1, { authors: [author('Smith J'), author('Lee K')], countries: ['USA', 'China'], institutions: ['Univ A', 'Univ B'] }),
  publication(2, { authors: [author('SMITH  J'), author('Lee K'), author('Wu X')], countries: ['usa'], institutions: ['univ a'] }),
  publication(3, { authors: [author('Wu X'), author('Lee K'), author('Smith J'), author('Ng A')], countries: ['China', 'Chile'], institutions: ['Univ B', 'Univ C'] }),
];

describe('co-authorship', () => {
  it('ignores documents over the author limit, and counts them', () => {
    const built = buildNetwork(authorDocs, { type: 'co-authorship', unit: 'authors', maxAuthorsPerDocument: 3 });
    expect(built.labels).toEqual(['Smith J', 'Lee K', 'Wu X']);
    expect(built.documentCount).toBe(2);
    expect(built.ignoredDocuments).toBe(1);
    // Smith-Lee: d0 + d1 = 2; Smith-Wu: d1; Lee-Wu: d1.
    expect(dense(built.network)).toEqual([
      [0, 2, 1],
      [2, 0, 1],
      [1, 1, 0],
    ]);
  });

  it('counts fractionally (Perianes-Rodriguez et al. 2016)', () => {
    const built = buildNetwork(authorDocs, { type: 'co-authorship', unit: 'authors', counting: 'fractional' });
    expect(built.labels).toEqual(['Smith J', 'Lee K', 'Wu X', 'Ng A']);
    const t = 1 / 3;
    // d0 n=2: 1 per pair; d1 n=3: 1/2; d2 n=4: 1/3.
    // Smith-Lee 1 + 1/2 + 1/3; Smith-Wu 1/2 + 1/3; Lee-Wu 1/2 + 1/3; Ng with each 1/3.
    const expected = [
      [0, 1 + 0.5 + t, 0.5 + t, t],
      [1 + 0.5 + t, 0, 0.5 + t, t],
      [0.5 + t, 0.5 + t, 0, t],
      [t, t, t, 0],
    ];
    const got = dense(built.network);
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) expect(got[i][j]).toBeCloseTo(expected[i][j], 12);
    // Each author's links sum to their documents with co-authors: Smith 3, Lee 3, Wu 2, Ng 1.
    [...nodeStrengths(built.network)].forEach((s, i) => expect(s).toBeCloseTo([3, 3, 2, 1][i], 12));
  });

  it('links countries and institutions once per document however many addresses name them', () => {
    const countries = buildNetwork(authorDocs, { type: 'co-authorship', unit: 'countries' });
    expect(countries.labels).toEqual(['USA', 'China', 'Chile']);
    expect([...countries.weights]).toEqual([2, 2, 1]);
    // USA-China: d0; China-Chile: d2.
    expect(dense(countries.network)).toEqual([
      [0, 1, 0],
      [1, 0, 1],
      [0, 1, 0],
    ]);
    const institutions = buildNetwork(authorDocs, { type: 'co-authorship', unit: 'institutions' });
    expect(institutions.labels).toEqual(['Univ A', 'Univ B', 'Univ C']);
    expect(dense(institutions.network)).toEqual([
      [0, 1, 0],
      [1, 0, 1],
      [0, 1, 0],
    ]);
  });
});

/**
 * References (one DOI per cited work; matching runs inside buildNetwork):
 *   d0 (Smith J, Journal A) cites R1, R2, R3
 *   d1 (Smith J, Lee K, Journal A) cites R1, R2
 *   d2 (Wu X, Journal B) cites R1, R4, and R1 again (a duplicate line)
 * R1, R2 by ARIA in J INFORMETR; R3 by CUCCURULLO in SCIENTOMETRICS; R4 anonymous in SCIENTOMETRICS.
 */
const R1 = (): ReturnType<typeof reference> => reference('10.1/r1', 'ARIA', 'J INFORMETR');
const citingDocs = () => [
  publication(1, { authors: [author('Smith J')], sourceTitle: 'Journal A', timesCited: 5, references: [R1(), reference('10.1/r2', 'ARIA', 'J INFORMETR'), reference('10.1/r3', 'CUCCURULLO', 'SCIENTOMETRICS')] }),
  publication(2, { authors: [author('Smith J'), author('Lee K')], sourceTitle: 'Journal A', timesCited: 0, references: [R1(), reference('10.1/r2', 'ARIA', 'J INFORMETR')] }),
  publication(3, { authors: [author('Wu X')], sourceTitle: 'Journal B', references: [R1(), reference('10.1/r4', undefined, 'SCIENTOMETRICS'), R1()] }),
];

describe('co-citation', () => {
  it('links cited works by the documents citing both', () => {
    const built = buildNetwork(citingDocs(), { type: 'co-citation', unit: 'cited-references' });
    expect(built.keys).toEqual(['doi:10.1/r1', 'doi:10.1/r2', 'doi:10.1/r3', 'doi:10.1/r4']);
    expect(built.labels[0]).toBe('Aria A, 2017, J INFORMETR');
    // Citing documents: R1 3 (d2 lists it twice, one citation), R2 2, R3 1, R4 1.
    expect([...built.weights]).toEqual([3, 2, 1, 1]);
    // R1-R2: d0 d1; R1-R3, R2-R3: d0; R1-R4: d2.
    expect(dense(built.network)).toEqual([
      [0, 2, 1, 1],
      [2, 0, 1, 0],
      [1, 1, 0, 0],
      [1, 0, 0, 0],
    ]);
  });

  it('counts co-citations fractionally', () => {
    const built = buildNetwork(citingDocs(), { type: 'co-citation', unit: 'cited-references', counting: 'fractional' });
    // d0 n=3: 1/2; d1 n=2: 1; d2 n=2 (R1 once): 1.  R1-R2 1.5, R1-R3 0.5, R2-R3 0.5, R1-R4 1.
    expect(dense(built.network)).toEqual([
      [0, 1.5, 0.5, 1],
      [1.5, 0, 0.5, 0],
      [0.5, 0.5, 0, 0],
      [1, 0, 0, 0],
    ]);
  });

  it('applies the minimum number of citations', () => {
    const built = buildNetwork(citingDocs(), { type: 'co-citation', unit: 'cited-references', minOccurrences: 2 });
    expect(built.keys).toEqual(['doi:10.1/r1', 'doi:10.1/r2']);
    expect(dense(built.network)).toEqual([
      [0, 2],
      [2, 0],
    ]);
  });

  it('co-cites first authors, every reference counting as a citation', () => {
    const built = buildNetwork(citingDocs(), { type: 'co-citation', unit: 'cited-authors' });
    expect(built.keys).toEqual(['ARIA', 'CUCCURULLO']);
    expect(built.labels).toEqual(['Aria A', 'Cuccurullo A']);
    // ARIA: d0 R1 R2, d1 R1 R2, d2 R1 R1 = 6 references; CUCCURULLO: 1. Linked by d0 only.
    expect([...built.weights]).toEqual([6, 1]);
    expect(dense(built.network)).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('co-cites sources', () => {
    const built = buildNetwork(citingDocs(), { type: 'co-citation', unit: 'cited-sources' });
    expect(built.labels).toEqual(['J INFORMETR', 'SCIENTOMETRICS']);
    // JI cited by d0 d1 d2, SCIENTOMETRICS by d0 d2: linked by d0 and d2.
    expect(dense(built.network)).toEqual([
      [0, 2],
      [2, 0],
    ]);
  });
});

describe('bibliographic coupling', () => {
  it('couples documents by shared cited works', () => {
    const built = buildNetwork(citingDocs(), { type: 'coupling', unit: 'documents' });
    expect(built.labels).toEqual(['Smith J, Journal A', 'Smith J, Journal A', 'Wu X, Journal B']);
    // Times cited; uncited documents stay in by default.
    expect([...built.weights]).toEqual([5, 0, 0]);
    // d0-d1: R1 R2 = 2; d0-d2: R1; d1-d2: R1.  Diagonal: references per document 3, 2, 2.
    expect(dense(built.network)).toEqual([
      [0, 2, 1],
      [2, 0, 1],
      [1, 1, 0],
    ]);
    expect([...built.diagonal]).toEqual([3, 2, 2]);
    const cited = buildNetwork(citingDocs(), { type: 'coupling', unit: 'documents', minOccurrences: 1 });
    expect(cited.network.nodeCount).toBe(1);
  });

  it('couples documents fractionally: a work cited by n documents adds 1/(n-1) per pair', () => {
    const built = buildNetwork(citingDocs(), { type: 'coupling', unit: 'documents', counting: 'fractional' });
    // R1 cited by 3: 1/2 per pair; R2 cited by 2: 1.  d0-d1 1/2 + 1 = 1.5; d0-d2 1/2; d1-d2 1/2.
    expect(dense(built.network)).toEqual([
      [0, 1.5, 0.5],
      [1.5, 0, 0.5],
      [0.5, 0.5, 0],
    ]);
  });

  it('couples authors as Gᵀ(AAᵀ)G', () => {
    const built = buildNetwork(citingDocs(), { type: 'coupling', unit: 'authors' });
    expect(built.labels).toEqual(['Smith J', 'Lee K', 'Wu X']);
    // AAᵀ over d0 d1 d2 = [[3,2,1],[2,2,1],[1,1,2]]; Smith {d0,d1}, Lee {d1}, Wu {d2}.
    // Smith-Lee = (d0,d1) + (d1,d1) = 2 + 2 = 4; Smith-Wu = (d0,d2) + (d1,d2) = 2; Lee-Wu = (d1,d2) = 1.
    expect(dense(built.network)).toEqual([
      [0, 4, 2],
      [4, 0, 1],
      [2, 1, 0],
    ]);
    // Smith: (d0,d0) + 2 (d0,d1) + (d1,d1) = 3 + 4 + 2 = 9.
    expect([...built.diagonal]).toEqual([9, 2, 2]);
  });

  it('couples sources', () => {
    const built = buildNetwork(citingDocs(), { type: 'coupling', unit: 'sources' });
    expect(built.labels).toEqual(['Journal A', 'Journal B']);
    // Journal A {d0,d1} - Journal B {d2}: (d0,d2) + (d1,d2) = 2.
    expect(dense(built.network)).toEqual([
      [0, 2],
      [2, 0],
    ]);
  });
});
