import { describe, expect, it } from 'vitest';
import { importFile } from '../import';
import { hasSampleData, sampleBytes } from '../import/test-support';
import { burstTable } from '../bursts';
import { matchReferences } from '../references';
import { csrFromLinks, linkCount } from '../network/csr';
import { BETWEENNESS_MAX_LINKS, BETWEENNESS_MAX_NODES, computesBetweenness, DEFAULT_MAP_OPTIONS, runMap } from './run-map';

describe.skipIf(!hasSampleData)('runMap on a real export', () => {
  const read = (name: string) => {
    const result = importFile(sampleBytes(name), name);
    if (!result.ok) throw new Error(name);
    return result.result.publications;
  };
  const publications = hasSampleData ? read('wos-plaintext-sisonke-systematic-review-500rec.txt') : [];
  if (hasSampleData) matchReferences(publications);

  it('builds a clustered, laid-out co-citation map, deterministic for a seed', () => {
    const options = { ...DEFAULT_MAP_OPTIONS, type: 'co-citation' as const, unit: 'cited-references' as const, minOccurrences: 10 };
    const a = runMap({ publications }, options);
    const b = runMap({ publications }, options);
    expect(a.map.items.length).toBe(a.thresholdCounts.selected);
    expect(a.map.items.length).toBeGreaterThan(20);
    expect(a.map.items.every((i) => Number.isFinite(i.x) && Number.isFinite(i.y) && i.cluster >= 0 && i.cluster < a.clusters.length)).toBe(true);
    expect(a.map.items.every((i) => i.weights.Citations >= 10)).toBe(true);
    expect(a.quality.modularity).toBeGreaterThan(-0.5);
    expect(a.quality.modularity).toBeLessThanOrEqual(1);
    expect(a.clusters.reduce((s, c) => s + c.size, 0)).toBe(a.map.items.length);
    expect(b.map).toEqual(a.map);
  });

  it('reports modularity on raw strengths that matches an independent computation', () => {
    const result = runMap({ publications }, { ...DEFAULT_MAP_OPTIONS, type: 'co-occurrence', unit: 'author-keywords', minOccurrences: 5, quality: 'modularity' });
    // Q = sum over clusters of (w_in / W - (s_c / 2W)^2), W = total link weight, s_c = cluster strength.
    let total = 0;
    const within = new Map<number, number>();
    const strength = new Map<number, number>();
    const cluster = (id: number) => result.map.items[id].cluster;
    for (const link of result.map.links) {
      total += link.strength;
      if (cluster(link.source) === cluster(link.target)) within.set(cluster(link.source), (within.get(cluster(link.source)) ?? 0) + link.strength);
      strength.set(cluster(link.source), (strength.get(cluster(link.source)) ?? 0) + link.strength);
      strength.set(cluster(link.target), (strength.get(cluster(link.target)) ?? 0) + link.strength);
    }
    let q = 0;
    for (const [c, s] of strength) q += (within.get(c) ?? 0) / total - (s / (2 * total)) ** 2;
    expect(result.quality.modularity).toBeCloseTo(q, 4);
    expect(result.quality.modularity).toBeGreaterThan(0.1);
  });

  it('gives every keyword the strongest burst of the burst table, and sigma >= 1', () => {
    const result = runMap({ publications }, { ...DEFAULT_MAP_OPTIONS, type: 'co-occurrence', unit: 'author-keywords', minOccurrences: 5 });
    const table = burstTable(publications, 'author-keywords', { minOccurrences: 0, top: Infinity });
    const strongest = new Map(table.rows.map((row) => [row.label, row.strongest]));
    expect(result.burstsComputed).toBe(true);
    let bursting = 0;
    for (const item of result.map.items) {
      const expected = strongest.get(item.label);
      if (expected) bursting++;
      expect(item.burst).toEqual(expected ? { start: expected.start, end: expected.end, strength: expect.closeTo(expected.strength, 10) } : { strength: 0 });
      expect(item.sigma).toBeCloseTo(Math.pow((item.scores?.Betweenness ?? NaN) + 1, item.burst?.strength ?? NaN), 10);
      expect(item.sigma).toBeGreaterThanOrEqual(1);
    }
    expect(bursting).toBeGreaterThan(0);
  });
});

describe('computesBetweenness', () => {
  /** A network of `n` nodes where each links to its next `k` (n·k links). */
  const band = (n: number, k: number) => {
    const s: number[] = [];
    const t: number[] = [];
    for (let i = 0; i < n; i++) for (let d = 1; d <= k && i + d < n; d++) {
      s.push(i);
      t.push(i + d);
    }
    return csrFromLinks(n, s, t, s.map(() => 1));
  };

  it('is computed up to BETWEENNESS_MAX_NODES items and BETWEENNESS_MAX_LINKS links, left out beyond either', () => {
    expect(computesBetweenness(band(BETWEENNESS_MAX_NODES, 2))).toBe(true);
    expect(computesBetweenness(band(BETWEENNESS_MAX_NODES + 1, 2))).toBe(false);
    // A dense map of few items: 1,000 items, each linked to its next 60 (about 58,000 links).
    const dense = band(1000, 60);
    expect(linkCount(dense)).toBeGreaterThan(BETWEENNESS_MAX_LINKS);
    expect(computesBetweenness(dense)).toBe(false);
    expect(computesBetweenness(band(1000, 40))).toBe(true);
  });
});
