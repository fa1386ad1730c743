import { describe, expect, it } from 'vitest';
import type { Publication } from '../model';
import { importFile } from '../import';
import { hasSampleData, sampleBytes } from '../import/test-support';
import { directCitations, selfReference, type DirectCitationNetwork } from './direct-citation';
import { makePublication } from './test-support';
import { referencesOf } from '../references/list';

/** Links as "citing->cited" strings. */
function links(network: DirectCitationNetwork): string[] {
  const out: string[] = [];
  for (let a = 0; a < network.documentCount; a++) for (let k = network.citing.offsets[a]; k < network.citing.offsets[a + 1]; k++) out.push(`${a}->${network.citing.cited[k]}`);
  return out;
}

describe('directCitations on hand-made records', () => {
  const make = (): Publication[] => [
    // 0: A cites B by DOI only (author and year written differently), and an outside work.
    makePublication({ author: 'Jones, K', year: 2015, timesCited: 7, references: ['Smyth J, 2011, J INFORM, DOI 10.1000/B.100', 'Outside X, 2001, NATURE, V400, P1'] }),
    // 1: B, cited by A and C, citing itself once and the outside work.
    makePublication({ author: 'Smith, J', year: 2010, source: 'J INFORMETR', volume: '4', page: '100', doi: '10.1000/b.100', timesCited: 50, references: ['Smith J, 2010, J INFORMETR, V4, P100', 'Outside X, 2001, NATURE, V400, P1'] }),
    // 2: C cites B by author, year, volume and page without DOI (and twice: one link).
    makePublication({ author: 'Brown, A', year: 2016, references: ['Smith J, 2010, J INFORMETR, V4, P100', 'SMITH J, 2010, J INFORMETR, V4, p100'] }),
    // 3: the same author, year and journal as B, another volume and page: nobody cites it.
    makePublication({ author: 'Smith, J', year: 2010, source: 'J INFORMETR', volume: '5', page: '200' }),
    // 4: nothing to be cited by.
    makePublication({ references: ['Smith J, 2010, J INFORMETR, V5, P200'] }),
  ];

  it('links A -> B by DOI and C -> B by author, year, volume and page, without self-citation', () => {
    const publications = make();
    const network = directCitations(publications);
    expect(links(network)).toEqual(['0->1', '2->1', '4->3']);
    expect(Array.from(network.localCitations)).toEqual([0, 2, 0, 1, 0]);
    expect(Array.from(network.localReferences)).toEqual([1, 0, 1, 0, 1]);
    expect(Array.from(network.globalCitations)).toEqual([7, 50, 0, 0, 0]);
    expect(network.stats).toEqual({ linkCount: 3, matchedReferences: 5, selfReferences: 1, ambiguousReferences: 0, unmatchableDocuments: 1, unknownGlobalCitations: 3 });
  });

  it('leaves the callers references untouched', () => {
    const publications = make();
    directCitations(publications);
    expect(publications.flatMap((p) => referencesOf(p.references).map((r) => r.workId))).toEqual(new Array(7).fill(undefined));
  });

  it('writes a self-reference keyed like a WoS cited reference', () => {
    const [, b] = make();
    expect(selfReference(b)).toMatchObject({ author: 'Smith J', authorKey: 'SMITH', year: 2010, source: 'J INFORMETR', volume: '4', page: '100', dois: ['10.1000/b.100'] });
  });

  it('handles an empty dataset', () => {
    const network = directCitations([]);
    expect(network.documentCount).toBe(0);
    expect(Array.from(network.citing.offsets)).toEqual([0]);
  });
});

describe.skipIf(!hasSampleData)('directCitations on the real Sisonke systematic-review WoS export', () => {
  const name = 'wos-plaintext-sisonke-systematic-review-500rec.txt';
  const imported = hasSampleData ? importFile(sampleBytes(name), name) : undefined;
  const publications: Publication[] = imported?.ok ? imported.result.publications : [];

  it('finds local citations that go back in time', () => {
    expect(publications.length).toBe(500);
    const network = directCitations(publications);
    expect(Math.max(...network.localCitations)).toBeGreaterThan(0);
    let backwards = 0;
    let dated = 0;
    for (let a = 0; a < network.documentCount; a++) {
      for (let k = network.citing.offsets[a]; k < network.citing.offsets[a + 1]; k++) {
        const b = network.citing.cited[k];
        expect(b).not.toBe(a);
        const ya = publications[a].year;
        const yb = publications[b].year;
        if (ya === undefined || yb === undefined) continue;
        dated++;
        if (ya >= yb) backwards++;
      }
    }
    expect(dated).toBeGreaterThan(0);
    expect(backwards / dated).toBeGreaterThanOrEqual(0.95);
    const sum = network.localCitations.reduce((s, v) => s + v, 0);
    expect(sum).toBe(network.stats.linkCount);
  });
});
