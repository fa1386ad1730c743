import { describe, expect, it } from 'vitest';
import { importFile } from '../import';
import { hasSampleData, sampleBytes } from '../import/test-support';
import type { Publication } from '../model';
import { matchReferences } from '../references';
import { buildNetwork, type BuiltNetwork, type Counting, type NetworkType } from './build';
import { linkCount } from './csr';
import { author, checkInvariants, publication } from './test-support';
import type { UnitKind } from './units';
import { referencesOf } from '../references/list';

/**
 * A deliberately different implementation: nested loops over documents, pairs keyed by
 * "keyA|keyB" strings in a Map, unit keys taken straight from the publications.
 */
function naivePairs(docs: string[][], counting: Counting): Map<string, number> {
  const out = new Map<string, number>();
  for (const units of docs) {
    const distinct = [...new Set(units)];
    const n = distinct.length;
    if (n < 2) continue;
    const w = counting === 'full' ? 1 : 1 / (n - 1);
    for (let a = 0; a < n; a++) {
      for (let b = 0; b < n; b++) {
        if (a === b) continue;
        const key = `${distinct[a]}|${distinct[b]}`;
        out.set(key, (out.get(key) ?? 0) + w);
      }
    }
  }
  return out;
}

/** Naive document coupling: for every pair of documents, the number of shared cited works. */
function naiveDocumentCoupling(docs: string[][]): Map<string, number> {
  const out = new Map<string, number>();
  const sets = docs.map((d) => new Set(d));
  for (let a = 0; a < docs.length; a++) {
    for (let b = 0; b < docs.length; b++) {
      if (a === b) continue;
      let shared = 0;
      for (const r of sets[a]) if (sets[b].has(r)) shared++;
      if (shared) out.set(`${a}|${b}`, shared);
    }
  }
  return out;
}

function builtPairs(built: BuiltNetwork, keyOf: (node: number) => string = (i) => built.keys[i]): Map<string, number> {
  const out = new Map<string, number>();
  const { offsets, neighbors, weights } = built.network;
  for (let i = 0; i < built.network.nodeCount; i++) {
    for (let k = offsets[i]; k < offsets[i + 1]; k++) out.set(`${keyOf(i)}|${keyOf(neighbors[k])}`, weights[k]);
  }
  return out;
}

function expectSamePairs(got: Map<string, number>, expected: Map<string, number>): void {
  expect(got.size).toBe(expected.size);
  // One assertion for the lot: hundreds of thousands of expect() calls would dominate the run.
  const wrong: string[] = [];
  for (const [key, value] of expected) if (!(Math.abs((got.get(key) ?? NaN) - value) < 1e-9)) wrong.push(`${key}: ${got.get(key)} instead of ${value}`);
  expect(wrong.slice(0, 5)).toEqual([]);
}

describe.skipIf(!hasSampleData)('co-citation on the real umbrella-review WoS export', () => {
  const name = 'wos-plaintext-umbrella-review-29rec.txt';
  const result = hasSampleData ? importFile(sampleBytes(name), name) : undefined;
  const publications: Publication[] = result?.ok ? result.result.publications : [];
  // Matched once here; the naive side reads the same workId fields.
  const workLabels = new Map(matchReferences(publications).works.map((w) => [w.id as string, w.label]));

  it.each<[Counting, number]>([
    ['full', 1],
    ['fractional', 1],
    ['full', 2],
  ])('agrees with nested loops over documents (%s counting, minimum %i citations)', (counting, minOccurrences) => {
    expect(publications.length).toBe(29);
    const built = buildNetwork(publications, { type: 'co-citation', unit: 'cited-references', counting, minOccurrences, workLabels });
    const citing = new Map<string, number>();
    for (const p of publications) for (const id of new Set(referencesOf(p.references).map((r) => r.workId as string))) citing.set(id, (citing.get(id) ?? 0) + 1);
    expect(built.network.nodeCount).toBe([...citing.values()].filter((c) => c >= minOccurrences).length);
    // Fractional counting divides by each document's full reference count, before the minimum.
    const keptDocs = publications.map((p) => referencesOf(p.references).map((r) => r.workId as string));
    const expected = naivePairs(keptDocs, counting);
    for (const key of [...expected.keys()]) {
      const [a, b] = key.split('|');
      if ((citing.get(a) ?? 0) < minOccurrences || (citing.get(b) ?? 0) < minOccurrences) expected.delete(key);
    }
    expectSamePairs(builtPairs(built), expected);
    checkInvariants(built.network);
    expect(linkCount(built.network)).toBeGreaterThan(minOccurrences === 1 ? 10000 : 10);
  });
});

/** Mulberry32: a fixed-seed generator for the random corpora. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomCorpus(seed: number, count: number): Publication[] {
  const r = rng(seed);
  const pick = (n: number, of: number, prefix: string): string[] => Array.from({ length: Math.floor(r() * n) }, () => `${prefix}${Math.floor(r() * r() * of)}`);
  return Array.from({ length: count }, (_, d) =>
    publication(d + 1, {
      authors: pick(6, 15, 'Author ').map(author),
      authorKeywords: pick(5, 12, 'kw '),
      countries: [...new Set(pick(3, 6, 'Country '))],
      references: pick(12, 40, '10.9/').map((doi) => ({ raw: doi, dois: [doi] })),
    }),
  );
}

describe('agreement with nested loops on random corpora', () => {
  const cases: [NetworkType, UnitKind, (p: Publication) => string[]][] = [
    ['co-occurrence', 'author-keywords', (p) => p.authorKeywords],
    ['co-authorship', 'authors', (p) => p.authors.map((a) => a.shortName.toLowerCase())],
    ['co-authorship', 'countries', (p) => p.countries.map((c) => c.toLowerCase())],
    ['co-citation', 'cited-references', (p) => referencesOf(p.references).map((r) => `doi:${r.dois[0]}`)],
  ];
  for (const seed of [1, 2, 3]) {
    for (const [type, unit, unitsOf] of cases) {
      for (const counting of ['full', 'fractional'] as const) {
        it(`${type} of ${unit}, ${counting}, seed ${seed}`, () => {
          const docs = randomCorpus(seed, 60);
          const built = buildNetwork(docs, { type, unit, counting, maxAuthorsPerDocument: 4 });
          const kept = docs.filter((p) => p.authors.length <= 4);
          expect(built.ignoredDocuments).toBe(docs.length - kept.length);
          expectSamePairs(builtPairs(built), naivePairs(kept.map(unitsOf), counting));
          checkInvariants(built.network);
        });
      }
    }
    it(`document coupling, seed ${seed}`, () => {
      const docs = randomCorpus(seed, 60);
      const built = buildNetwork(docs, { type: 'coupling', unit: 'documents' });
      const index = new Map(docs.map((p, i) => [p.id as string, i]));
      expectSamePairs(
        builtPairs(built, (i) => String(index.get(built.keys[i]))),
        naiveDocumentCoupling(docs.map((p) => referencesOf(p.references).map((r) => r.dois[0]))),
      );
      checkInvariants(built.network);
    });
  }
});
