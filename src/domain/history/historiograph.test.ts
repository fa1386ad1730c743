import { describe, expect, it } from 'vitest';
import type { Publication } from '../model';
import { importFile } from '../import';
import { hasSampleData, sampleBytes } from '../import/test-support';
import { directCitations } from './direct-citation';
import { historiograph } from './historiograph';
import { makePublication } from './test-support';

const cite = (doi: string): string => `Someone X, 2000, J TEST, DOI ${doi}`;

/** 0 (2000) <- 1, 2 (2005) <- 3 (2010), and 4 (2010) citing 1 only; 1 and 2 share author and year. */
function chain(): Publication[] {
  return [
    makePublication({ author: 'Garfield, E', year: 2000, doi: '10.1000/0', timesCited: 100 }),
    makePublication({ author: 'Small, H', year: 2005, doi: '10.1000/1', timesCited: 20, references: [cite('10.1000/0')] }),
    makePublication({ author: 'Small, H', year: 2005, doi: '10.1000/2', timesCited: 10, references: [cite('10.1000/0')] }),
    makePublication({ author: 'Chen, C', year: 2010, doi: '10.1000/3', references: [cite('10.1000/0'), cite('10.1000/1'), cite('10.1000/2')] }),
    makePublication({ author: 'White, HD', year: 2010, doi: '10.1000/4', references: [cite('10.1000/1')] }),
  ];
}

describe('historiograph', () => {
  it('keeps the top documents by local citations and the links among them', () => {
    const graph = historiograph(chain());
    // Documents 3 and 4 are never cited: below the default minimum of one local citation.
    expect(graph.nodes.map((n) => n.document)).toEqual([0, 1, 2]);
    expect(graph.nodes.map((n) => n.localCitations)).toEqual([3, 2, 1]);
    expect(graph.nodes.map((n) => n.label)).toEqual(['Garfield E 2000', 'Small H 2005a', 'Small H 2005b']);
    expect(graph.links).toEqual([{ from: 1, to: 0 }, { from: 2, to: 0 }]);
    expect(graph.years).toEqual([2000, 2005]);
    expect(graph.stats).toEqual({ candidates: 3, undatedExcluded: 0 });
  });

  it('places documents by year, spread without overlaps, deterministically', () => {
    const publications = chain();
    const graph = historiograph(publications, { minLocalCitations: 0 });
    expect(graph.nodes).toHaveLength(5);
    for (const node of graph.nodes) {
      expect(node.x).toBe(publications[node.document].year);
      expect(graph.years[node.column]).toBe(node.x);
      expect(Number.isFinite(node.y)).toBe(true);
    }
    const positions = new Set(graph.nodes.map((n) => `${n.x}|${n.y}`));
    expect(positions.size).toBe(5);
    // Two documents in 2005 and in 2010: slots -0.5 and 0.5; the lone 2000 document on 0.
    expect(graph.nodes.map((n) => [n.x, n.y])).toEqual([[2000, 0], [2005, -0.5], [2005, 0.5], [2010, -0.5], [2010, 0.5]]);
    // Every link points back in time.
    for (const link of graph.links) expect(graph.nodes[link.from].x).toBeGreaterThanOrEqual(graph.nodes[link.to].x);
    expect(historiograph(publications, { minLocalCitations: 0 })).toEqual(graph);
  });

  it('cuts at top N, reuses a given network and leaves undated documents out', () => {
    const publications = chain();
    delete publications[2].year;
    const network = directCitations(publications);
    const graph = historiograph(publications, { top: 1, network });
    expect(graph.nodes.map((n) => n.document)).toEqual([0]);
    expect(graph.links).toEqual([]);
    expect(graph.stats).toEqual({ candidates: 3, undatedExcluded: 1 });
    expect(() => historiograph(publications.slice(1), { network })).toThrow(/domain\/history/);
  });
});

describe.skipIf(!hasSampleData)('historiograph of the real Sisonke systematic-review WoS export', () => {
  const name = 'wos-plaintext-sisonke-systematic-review-500rec.txt';
  const imported = hasSampleData ? importFile(sampleBytes(name), name) : undefined;
  const publications: Publication[] = imported?.ok ? imported.result.publications : [];

  it('draws at most 30 documents with links among them, no two on one spot', () => {
    const graph = historiograph(publications);
    expect(graph.nodes.length).toBeGreaterThan(0);
    expect(graph.nodes.length).toBeLessThanOrEqual(30);
    expect(graph.links.length).toBeGreaterThan(0);
    expect(new Set(graph.nodes.map((n) => `${n.x}|${n.y}`)).size).toBe(graph.nodes.length);
    expect(new Set(graph.nodes.map((n) => n.label)).size).toBe(graph.nodes.length);
    for (let i = 1; i < graph.nodes.length; i++) expect(graph.nodes[i].x).toBeGreaterThanOrEqual(graph.nodes[i - 1].x);
  });
});
