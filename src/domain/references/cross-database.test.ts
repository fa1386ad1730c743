import { describe, expect, it } from 'vitest';
import { importFile } from '../import';
import { hasSampleData, sampleBytes } from '../import/test-support';
import type { Publication } from '../model';
import { matchReferences } from './match';
import { referencesOf } from './list';

/**
 * The umbrella-review WoS and Scopus exports hold the same 29 papers. WoS writes cited works as
 * `Aria M, 2017, J INFORMETR, V11, P959` and Scopus as `Aria M., ..., title, (2017) Journal of
 * Informetrics, 11 (4), pp. 959-975`: matching must bring both onto the same cited works, which is
 * where bibliometrix gives up (it empties CR when databases are merged).
 */
describe.skipIf(!hasSampleData)('cross-database reference matching on the same papers in WoS and Scopus', () => {
  const read = (name: string): Publication[] => {
    const result = importFile(sampleBytes(name), name);
    if (!result.ok) throw new Error(`${name} did not import`);
    return result.result.publications;
  };
  const wos = hasSampleData ? read('wos-plaintext-umbrella-review-29rec.txt') : [];
  const scopus = hasSampleData ? read('scopus-csv-umbrella-review-29rec.csv') : [];
  const result = hasSampleData ? matchReferences([...wos, ...scopus]) : undefined;
  const scopusByDoi = new Map(scopus.map((p) => [p.ids.doi, p]));

  it('pairs every WoS record with its Scopus twin', () => {
    expect(wos.every((p) => scopusByDoi.has(p.ids.doi))).toBe(true);
  });

  it('finds the Scopus counterpart of most WoS references of the same paper', () => {
    let total = 0;
    let matched = 0;
    for (const w of wos) {
      const twin = new Set(referencesOf(scopusByDoi.get(w.ids.doi)?.references ?? []).map((r) => r.workId));
      total += referencesOf(w.references).length;
      matched += referencesOf(w.references).filter((r) => twin.has(r.workId)).length;
    }
    // Measured 2,257 of 3,141 (71.9%); most of the rest are web pages, reports and references
    // Scopus wrote without author or year. String equality alone finds none of them.
    expect(total).toBe(3141);
    expect(matched / total).toBeGreaterThan(0.7);
  });

  it('joins known pairs written differently, including a one-year disagreement', () => {
    const find = (pubs: Publication[], pattern: RegExp) => pubs.flatMap((p) => referencesOf(p.references)).find((r) => pattern.test(r.raw));
    const pairs: [RegExp, RegExp][] = [
      [/^van Eck NJ, 2010, SCIENTOMETRICS, V84, P523/, /^van Eck, N\.J\., Waltman, L\., Software survey: VOSviewer/],
      [/^Dangol N, 2019, INT J DISAST RISK RE, V40/, /^Dangol, N\., Carrasco, S\./],
      [/^Allen B, 2017, ENTROPY-SWITZ, V19/, /^Allen, B\., Stacey, B\.C\., Bar-Yam, Y\./],
    ];
    for (const [wosPattern, scopusPattern] of pairs) {
      const a = find(wos, wosPattern);
      const b = find(scopus, scopusPattern);
      expect(a, String(wosPattern)).toBeDefined();
      expect(b, String(scopusPattern)).toBeDefined();
      expect(a?.workId).toBe(b?.workId);
    }
  });

  it('never puts two unrelated DOIs in one work', () => {
    // Two DOIs may share a work only when one reference lists both (`DOI [a, b]`).
    const refsByWork = new Map<string, string[][]>();
    for (const p of [...wos, ...scopus]) {
      for (const r of referencesOf(p.references)) {
        if (!r.dois.length) continue;
        const list = refsByWork.get(r.workId as string) ?? [];
        list.push(r.dois);
        refsByWork.set(r.workId as string, list);
      }
    }
    const unrelated: string[] = [];
    for (const [work, lists] of refsByWork) {
      const firsts = [...new Set(lists.map((d) => d[0]))];
      for (let i = 1; i < firsts.length; i++) {
        if (!lists.some((d) => d.includes(firsts[0]) && d.includes(firsts[i]))) unrelated.push(`${work}: ${firsts[0]} / ${firsts[i]}`);
      }
    }
    expect(unrelated).toEqual([]);
    expect(result?.works.length).toBeGreaterThan(0);
  });
});
