import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Publication } from '../model';
import { addImports, createDataset } from '../dataset';
import { importFile } from '../import';
import { hasSampleData, sampleBytes } from '../import/test-support';
import { detectBursts } from '../metrics/burst';
import { makePublication } from '../history/test-support';
import { burstTable } from './burst-table';

const YEARS = [2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019];
/** Documents per year with "Deep Learning": a clear burst in 2014-2016. */
const DEEP = [1, 1, 1, 1, 12, 14, 12, 1, 1, 1];

/** 20 documents a year; "Deep Learning" per DEEP, "stable topic" in 5 a year, "rare" twice; 3 undated documents. */
function corpus(): Publication[] {
  const publications: Publication[] = [];
  YEARS.forEach((year, t) => {
    for (let i = 0; i < 20; i++) {
      const keywords: string[] = [];
      if (i < DEEP[t]) keywords.push(i % 2 ? 'Deep Learning' : 'deep  learning');
      if (i >= 15) keywords.push('Stable topic');
      if (t === 0 && i === 19) keywords.push('rare');
      if (t === 9 && i === 19) keywords.push('rare');
      publications.push(makePublication({ year, keywords }));
    }
  });
  for (let i = 0; i < 3; i++) publications.push(makePublication({ keywords: ['Deep Learning', 'rare'] }));
  return publications;
}

describe('burstTable', () => {
  it('finds the clear burst of a keyword, with the years and totals to draw it', () => {
    const table = burstTable(corpus(), 'author-keywords');
    expect(table.firstYear).toBe(2010);
    expect(table.lastYear).toBe(2019);
    expect(table.years).toEqual(YEARS);
    expect(table.totals).toEqual(YEARS.map(() => 20));
    expect(table.rows).toHaveLength(1);
    const [row] = table.rows;
    expect(row.key).toBe('deep learning');
    expect(row.occurrences).toBe(DEEP.reduce((s, v) => s + v, 0));
    expect(row.counts).toEqual(DEEP);
    expect(row.bursts).toHaveLength(1);
    expect(row.strongest).toEqual(row.bursts[0]);
    expect(row.strongest.start).toBe(2014);
    expect(row.strongest.end).toBe(2016);
    expect(row.strongest.strength).toBeCloseTo(detectBursts(YEARS, DEEP, YEARS.map(() => 20))[0].strength, 12);
    // "stable topic" was examined and has no burst; "rare" is in 2 dated documents (< 3).
    expect(table.candidateCount).toBe(2);
    expect(table.burstingCount).toBe(1);
  });

  it('counts documents without a year and leaves them out of every series', () => {
    const table = burstTable(corpus(), 'keywords');
    expect(table.documentCount).toBe(203);
    expect(table.undatedDocuments).toBe(3);
    expect(table.rows[0].occurrences).toBe(45);
    expect(table.totals.reduce((s, v) => s + v, 0)).toBe(200);
  });

  it('sorts rows by the strongest burst and cuts at top', () => {
    const publications = corpus();
    // A weaker burst: "graph" in one document a year except six in 2018-2019.
    YEARS.forEach((_, t) => publications[t * 20 + 19].authorKeywords.push('graph'));
    for (const t of [8, 9]) for (let i = 14; i < 19; i++) publications[t * 20 + i].authorKeywords.push('graph');
    const table = burstTable(publications, 'author-keywords', { minOccurrences: 1 });
    expect(table.rows.map((r) => r.key)).toEqual(['deep learning', 'graph']);
    expect(table.rows[0].strongest.strength).toBeGreaterThan(table.rows[1].strongest.strength);
    expect(burstTable(publications, 'author-keywords', { minOccurrences: 1, top: 1 }).rows.map((r) => r.key)).toEqual(['deep learning']);
    expect(burstTable(publications, 'author-keywords', { minOccurrences: 1, minDuration: 4 }).rows).toEqual([]);
  });

  it('counts citing documents per year for cited references', () => {
    const publications = YEARS.flatMap((year, t) =>
      Array.from({ length: 10 }, (_, i) =>
        makePublication({ year, references: [...(i < (t >= 6 && t <= 8 ? 8 : 1) ? ['Kleinberg J, 2003, DATA MIN KNOWL DISC, V7, P373'] : []), 'Chen CM, 2006, J AM SOC INF SCI TEC, V57, P359'] }),
      ),
    );
    const table = burstTable(publications, 'cited-references');
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0].label).toBe('Kleinberg J, 2003, DATA MIN KNOWL DISC, V7, P373');
    expect(table.rows[0].strongest).toMatchObject({ start: 2016, end: 2018 });
  });

  it('returns an empty table when no document has a year', () => {
    const table = burstTable([makePublication({ keywords: ['a'] })], 'keywords');
    expect(table).toMatchObject({ years: [], totals: [], rows: [], undatedDocuments: 1, documentCount: 1 });
    expect(table.firstYear).toBeUndefined();
  });
});

describe.skipIf(!hasSampleData)('burstTable on the real Sisonke systematic-review WoS export', () => {
  const name = 'wos-plaintext-sisonke-systematic-review-500rec.txt';
  const imported = hasSampleData ? importFile(sampleBytes(name), name) : undefined;
  const publications: Publication[] = imported?.ok ? imported.result.publications : [];

  it.each(['keywords', 'cited-references'] as const)('gives sorted rows with bursts inside the year range (%s)', (unit) => {
    const table = burstTable(publications, unit);
    expect(table.documentCount).toBe(500);
    expect(table.years.length).toBe((table.lastYear as number) - (table.firstYear as number) + 1);
    for (let i = 0; i < table.rows.length; i++) {
      const row = table.rows[i];
      if (i > 0) expect(row.strongest.strength).toBeLessThanOrEqual(table.rows[i - 1].strongest.strength);
      expect(row.occurrences).toBeGreaterThanOrEqual(3);
      for (const b of row.bursts) {
        expect(b.start).toBeGreaterThanOrEqual(table.firstYear as number);
        expect(b.end).toBeLessThanOrEqual(table.lastYear as number);
        expect(b.strength).toBeGreaterThan(0);
      }
    }
    expect(table.rows.length).toBeGreaterThan(0);
    expect(table.rows.length).toBeLessThanOrEqual(50);
  });
});

const DEMO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../sample-data');
const hasDemo = existsSync(resolve(DEMO_DIR, 'demo-wos.txt'));

describe.skipIf(!hasDemo)('burstTable on the synthetic demo workspace (sample-data/)', () => {
  // The demo plants topics that emerge and fade (scripts/demo/topics.ts): the table must show them.
  const imports = hasDemo ? ['demo-wos.txt', 'demo-scopus.csv'].map((name) => importFile(new Uint8Array(readFileSync(resolve(DEMO_DIR, name))), name)) : [];
  const { publications } = addImports(createDataset('demo', 'demo'), imports);

  it('finds the planted keyword bursts in their years', () => {
    const table = burstTable(publications, 'author-keywords', { top: 1000 });
    const strong = table.rows.filter((row) => row.strongest.strength > 3);
    expect(strong.length).toBeGreaterThanOrEqual(5);
    expect(strong.length).toBeLessThanOrEqual(20);
    const burstOf = (key: string) => table.rows.find((row) => row.key === key)?.strongest;
    expect(burstOf('covid-19')).toMatchObject({ start: 2020, end: 2022 });
    expect(burstOf('large language models')).toMatchObject({ start: 2023, end: 2024 });
    expect(burstOf('graphene')?.end).toBeLessThanOrEqual(2018);
    expect(burstOf('machine learning')?.end).toBe(2024);
  });

  it('finds bursts of cited references too', () => {
    const table = burstTable(publications, 'cited-references', { top: 1000 });
    expect(table.rows.filter((row) => row.strongest.strength > 3).length).toBeGreaterThanOrEqual(10);
  });
});
