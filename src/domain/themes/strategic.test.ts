import { describe, expect, it } from 'vitest';
import { importFile } from '../import';
import { hasSampleData, sampleBytes } from '../import/test-support';
import { leiden } from '../cluster';
import { buildNetwork, csrFromLinks, normalizeNetwork } from '../network';
import { quadrantOf, strategicDiagram } from './strategic';

describe('strategicDiagram', () => {
  it('computes Callon centrality and density on equivalence indices as by hand', () => {
    // Cluster 0 = {0, 1, 2}, cluster 1 = {3, 4}, cluster 2 = {5, 6}. Occurrences c_i = 4, 2, 2, 3, 3, 2, 2.
    // e_ij = c_ij² / (c_i c_j):
    //   e01 = 2²/(4·2) = 0.5, e02 = 2²/(4·2) = 0.5, e12 = 1²/(2·2) = 0.25     (inside 0)
    //   e34 = 3²/(3·3) = 1                                                 (inside 1)
    //   e56 = 1²/(2·2) = 0.25                                              (inside 2)
    //   e23 = 1²/(2·3) = 1/6, e04 = 2²/(4·3) = 1/3                         (between 0 and 1)
    const network = csrFromLinks(7, [0, 0, 1, 3, 5, 2, 0], [1, 2, 2, 4, 6, 3, 4], [2, 2, 1, 3, 1, 1, 2]);
    const result = strategicDiagram(network, [0, 0, 0, 1, 1, 2, 2], { weighting: { kind: 'equivalence', occurrences: [4, 2, 2, 3, 3, 2, 2] } });
    const [a, b, c] = result.themes;
    // centrality 0 = 10·(1/6 + 1/3) = 5; density 0 = 100·(0.5 + 0.5 + 0.25)/3 = 41.6667
    expect(a.centrality).toBeCloseTo(5, 9);
    expect(a.density).toBeCloseTo(125 / 3, 9);
    // centrality 1 = 10·(1/6 + 1/3) = 5; density 1 = 100·1/2 = 50
    expect(b.centrality).toBeCloseTo(5, 9);
    expect(b.density).toBeCloseTo(50, 9);
    // centrality 2 = 0; density 2 = 100·0.25/2 = 12.5
    expect(c.centrality).toBe(0);
    expect(c.density).toBeCloseTo(12.5, 9);
    expect(result.themes.map((t) => t.size)).toEqual([3, 2, 2]);
    // Medians: centrality of [5, 5, 0] = 5, density of [41.67, 50, 12.5] = 41.67 (on the axis counts as high).
    expect(result.centralityAxis).toBeCloseTo(5, 9);
    expect(result.densityAxis).toBeCloseTo(125 / 3, 9);
    expect(result.themes.map((t) => t.quadrant)).toEqual(['motor', 'motor', 'emerging-or-declining']);
  });

  it('places four themes in the four quadrants with weights as given, split at median or mean', () => {
    // Internal links: 0-1 w 4, 2-3 w 1, 4-5 w 3, 6-7 w 0.5; external: 0-2 w 2 (clusters 0, 1), 2-6 w 1 (clusters 1, 3).
    // density = 100·w_in/2: 200, 50, 150, 25; centrality = 10·w_out: 20, 30, 0, 10.
    // Median axes: centrality (10 + 20)/2 = 15, density (50 + 150)/2 = 100.
    // Mean axes: centrality 60/4 = 15, density 425/4 = 106.25.
    const network = csrFromLinks(8, [0, 2, 4, 6, 0, 2], [1, 3, 5, 7, 2, 6], [4, 1, 3, 0.5, 2, 1]);
    const clusters = [0, 0, 1, 1, 2, 2, 3, 3];
    for (const split of ['median', 'mean'] as const) {
      const result = strategicDiagram(network, clusters, { weighting: { kind: 'as-given' }, split });
      expect(result.themes.map((t) => [t.centrality, t.density])).toEqual([
        [20, 200],
        [30, 50],
        [0, 150],
        [10, 25],
      ]);
      expect(result.centralityAxis).toBe(15);
      expect(result.densityAxis).toBe(split === 'median' ? 100 : 106.25);
      expect(result.themes.map((t) => t.quadrant)).toEqual(['motor', 'basic', 'niche', 'emerging-or-declining']);
    }
  });

  it('counts links to unclustered nodes as external and skips empty clusters on the axes', () => {
    // Node 2 has no cluster; cluster 1 has no items.
    const network = csrFromLinks(3, [0, 1], [1, 2], [1, 2]);
    const result = strategicDiagram(network, [0, 0, -1], { weighting: { kind: 'as-given' }, centralityFactor: 1, densityFactor: 1 });
    expect(result.themes).toEqual([{ cluster: 0, size: 2, centrality: 2, density: 0.5, quadrant: 'motor' }]);
    const withEmpty = strategicDiagram(csrFromLinks(3, [0], [1], [1]), [0, 0, 2], { weighting: { kind: 'as-given' } });
    expect(withEmpty.themes.map((t) => t.size)).toEqual([2, 0, 1]);
    // Axes from clusters 0 and 2 only: density (50 + 0)/2 = 25, centrality 0.
    expect(withEmpty.densityAxis).toBe(25);
  });

  it('rejects mismatched inputs', () => {
    const network = csrFromLinks(2, [0], [1], [1]);
    expect(() => strategicDiagram(network, [0], { weighting: { kind: 'as-given' } })).toThrow(/domain\/themes/);
    expect(() => strategicDiagram(network, [0, 1], { weighting: { kind: 'equivalence', occurrences: [1] } })).toThrow(/domain\/themes/);
  });
});

describe.skipIf(!hasSampleData)('strategic diagram of a real keyword map', () => {
  it('gives quadrants consistent with the axes and conserves external weight', () => {
    const name = 'scopus-csv-poultry-bibliometric-69rec.csv';
    const imported = importFile(sampleBytes(name), name);
    if (!imported.ok) throw new Error(name);
    const built = buildNetwork(imported.result.publications, { type: 'co-occurrence', unit: 'keywords', minOccurrences: 3 });
    const { clusters } = leiden(normalizeNetwork(built.network, 'association-strength'), { seed: 0 });
    const result = strategicDiagram(built.network, clusters, { weighting: { kind: 'equivalence', occurrences: built.diagonal } });
    expect(result.themes.length).toBeGreaterThan(1);
    let between = 0;
    const n = built.network;
    for (let i = 0; i < n.nodeCount; i++) {
      for (let k = n.offsets[i]; k < n.offsets[i + 1]; k++) {
        const j = n.neighbors[k];
        if (j > i && clusters[i] !== clusters[j]) between += (n.weights[k] * n.weights[k]) / (built.diagonal[i] * built.diagonal[j]);
      }
    }
    // Each link between two themes adds to both centralities.
    expect(result.themes.reduce((s, t) => s + t.centrality, 0)).toBeCloseTo(20 * between, 6);
    for (const t of result.themes) {
      expect(Number.isFinite(t.centrality) && Number.isFinite(t.density)).toBe(true);
      expect(t.quadrant).toBe(quadrantOf(t.centrality, t.density, result.centralityAxis, result.densityAxis));
      expect(t.quadrant === 'motor' || t.quadrant === 'basic').toBe(t.centrality >= result.centralityAxis);
      expect(t.quadrant === 'motor' || t.quadrant === 'niche').toBe(t.density >= result.densityAxis);
    }
  });
});
