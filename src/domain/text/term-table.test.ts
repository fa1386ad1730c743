import { describe, expect, it } from 'vitest';
import { importFile } from '../import';
import { hasSampleData, sampleBytes } from '../import/test-support';
import { emptyPublication } from '../model';
import type { Publication } from '../model';
import { ENGLISH_STOP_WORDS } from './stop-words';
import { buildTermTable, termRelevance } from './term-table';
import type { TermTable } from './term-table';
import { parseThesaurus } from './thesaurus';

const pub = (line: number, title: string, abstract?: string): Publication => ({
  ...emptyPublication({ file: 'test.txt', format: 'wos-plaintext', line }),
  title,
  abstract,
});

const docs = [
  pub(1, 'Flood risk in urban areas', 'Urban flood risks are rising. Flood risk maps help. (C) 2020 Elsevier Ltd. All rights reserved.'),
  pub(2, 'Flood risks and insurance', 'Background: Flood risks, flood risks and flood risk.'),
  pub(3, 'Drought and insurance', undefined),
  pub(4, '', ''),
];

/** Terms of document d, as labels. */
const termsOf = (t: TermTable, d: number): string[] => [...t.docUnits.subarray(t.docOffsets[d], t.docOffsets[d + 1])].map((u) => t.labels[u]);

/** Invariants of the UnitTable shape under binary counting. */
function expectWellFormed(t: TermTable, documentCount: number): void {
  const docsOf = new Int32Array(t.keys.length);
  for (const u of t.docUnits) docsOf[u]++;
  expect([...docsOf]).toEqual([...t.occurrences]);
  expect(t.docOffsets.length).toBe(documentCount + 1);
  expect(t.docOffsets[documentCount]).toBe(t.docUnits.length);
  expect(t.docCounts.length).toBe(t.docUnits.length);
  expect(t.keys.length).toBe(t.labels.length);
  expect(t.occurrences.length).toBe(t.keys.length);
  expect(t.relevance.length).toBe(t.keys.length);
  for (let d = 0; d < documentCount; d++) {
    const units = [...t.docUnits.subarray(t.docOffsets[d], t.docOffsets[d + 1])];
    expect(new Set(units).size).toBe(units.length);
  }
}

describe('buildTermTable', () => {
  it('counts each term once per document (binary) with the UnitTable shape', () => {
    const t = buildTermTable(docs, { minOccurrences: 1, relevantShare: 1 });
    expectWellFormed(t, docs.length);
    expect(t.unit).toBe('terms');
    const flood = t.keys.indexOf('flood risk');
    expect(flood).toBeGreaterThanOrEqual(0);
    expect(t.occurrences[flood]).toBe(2);
    // "flood risks" (3x) beats "flood risk" (2x) as the label.
    expect(t.labels[flood]).toBe('flood risks');
    expect(termsOf(t, 0)).toEqual(['flood risks', 'urban areas', 'urban flood risks', 'rising', 'flood risk maps']);
    expect(termsOf(t, 1)).toEqual(['flood risks', 'insurance']);
    expect(t.docCounts[t.docOffsets[1]]).toBe(4);
    expect(termsOf(t, 2)).toEqual(['drought', 'insurance']);
    expect(t.keys).not.toContain('elsevier ltd');
    expect(t.keys).not.toContain('background');
    expect(t.skipped).toBe(1);
    expect(t.stats).toMatchObject({ documentsWithText: 3, selectedCount: t.keys.length });
  });

  it('counts every occurrence when binary is false, and applies minOccurrences', () => {
    const full = buildTermTable(docs, { minOccurrences: 3, binary: false, relevantShare: 1 });
    expect(full.labels).toEqual(['flood risks']);
    expect([...full.occurrences]).toEqual([5]);
    const binary = buildTermTable(docs, { minOccurrences: 3, relevantShare: 1 });
    expect(binary.labels).toEqual([]);
  });

  it('uses titles only when asked', () => {
    const t = buildTermTable(docs, { fields: 'title', minOccurrences: 1, relevantShare: 1 });
    expect(t.keys).not.toContain('flood risk map');
    expect(termsOf(t, 1)).toEqual(['flood risk', 'insurance']);
  });

  it('merges and drops terms through a thesaurus, matching plural and singular forms', () => {
    const thesaurus = parseThesaurus('label\treplace by\nFlood Risks\tflooding\ninsurance\t\n', 'th.txt');
    const t = buildTermTable(docs, { minOccurrences: 1, relevantShare: 1, thesaurus });
    expect(t.keys).not.toContain('insurance');
    expect(t.keys).not.toContain('flood risk');
    const flooding = t.keys.indexOf('flooding');
    expect(t.labels[flooding]).toBe('flooding');
    expect(t.occurrences[flooding]).toBe(2);
    expect(t.stats.thesaurusReplaced).toBe(5);
    expect(t.stats.thesaurusRemoved).toBe(2);
    expect(termsOf(t, 1)).toEqual(['flooding']);
  });

  it('keeps the most relevant share of the terms reaching the threshold', () => {
    const t = buildTermTable(docs, { minOccurrences: 1, relevantShare: 0.5 });
    expect(t.stats.selectedCount).toBe(Math.round(t.stats.meetingThreshold * 0.5));
    const all = buildTermTable(docs, { minOccurrences: 1, relevantShare: 1 });
    const cut = Math.min(...t.relevance);
    for (let i = 0; i < all.keys.length; i++) if (!t.keys.includes(all.keys[i])) expect(all.relevance[i]).toBeLessThanOrEqual(cut);
  });
});

describe('termRelevance', () => {
  it('is the Kullback-Leibler divergence of co-occurrences from occurrences (hand-checked)', () => {
    // d0 = {0, 1}, d1 = {0, 1}, d2 = {2, 1}: term 1 occurs everywhere, so it says nothing.
    const r = termRelevance(Int32Array.from([0, 2, 4, 6]), Int32Array.from([0, 1, 0, 1, 2, 1]), 3);
    expect(r[0]).toBeCloseTo(Math.log(4 / 3), 12);
    expect(r[1]).toBe(0);
    expect(r[2]).toBeCloseTo(Math.log(5 / 3), 12);
  });

  it('scores a term without co-occurrences 0', () => {
    expect([...termRelevance(Int32Array.from([0, 1, 2]), Int32Array.from([0, 1]), 2)]).toEqual([0, 0]);
  });
});

describe.skipIf(!hasSampleData)('terms of a real WoS export', () => {
  const imported = importFile(sampleBytes('wos-plaintext-umbrella-review-29rec.txt'), 'wos-plaintext-umbrella-review-29rec.txt');
  const publications = imported.ok ? imported.result.publications : [];

  it('finds the obvious terms and no stop words', () => {
    expect(publications.length).toBe(29);
    const all = buildTermTable(publications, { minOccurrences: 3, relevantShare: 1 });
    expectWellFormed(all, publications.length);
    const top = all.labels.map((label, i) => ({ label, n: all.occurrences[i] })).sort((a, b) => b.n - a.n).slice(0, 25).map((x) => x.label);
    expect(top).toContain('resilience');
    expect(top).toContain('systematic review');
    expect(top).toContain('critical infrastructures');
    for (const key of all.keys) for (const word of key.split(' ')) expect(ENGLISH_STOP_WORDS.has(word), `${key}`).toBe(false);
    expect(all.keys.some((k) => /elsevier|rights reserved|originality|methodology/.test(k))).toBe(false);
  });

  it('keeps 60% of the terms reaching the threshold by default, the most specific first', () => {
    const t = buildTermTable(publications, { minOccurrences: 3 });
    expectWellFormed(t, publications.length);
    expect(t.stats.selectedCount).toBe(Math.round(0.6 * t.stats.meetingThreshold));
    expect(t.labels).toContain('climate change');
    expect(t.labels).toContain('built environment');
  });
});
