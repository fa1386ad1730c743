import { describe, expect, it } from 'vitest';
import { evolutionIndices, thematicEvolution, type ThemePeriod } from './evolution';

const theme = (id: number, items: Record<string, number>) => ({ id, items: Object.entries(items).map(([key, weight]) => ({ key, weight })) });

const periods: ThemePeriod[] = [
  { label: '2000-2009', themes: [theme(1, { d: 2, e: 2 }), theme(0, { a: 3, b: 2, c: 1 })] },
  { label: '2010-2014', themes: [theme(0, { a: 1, b: 4, f: 1, g: 1 }), theme(1, { e: 1, h: 5 }), theme(2, { x: 1 })] },
  { label: '2015-2020', themes: [theme(5, { z: 1 })] },
];

describe('thematicEvolution', () => {
  it('computes inclusion, weighted inclusion, stability and equivalence as by hand', () => {
    const result = thematicEvolution(periods);
    // 2000-2009 #0 {a 3, b 2, c 1} -> 2010-2014 #0 {a 1, b 4, f 1, g 1}: shared {a, b}.
    //   inclusion 2 / min(3, 4) = 2/3; weighted (min(3,1) + min(2,4)) / min(6, 7) = 3/6 = 0.5;
    //   stability 2 / (3 + 4 − 2) = 0.4; equivalence 2² / (3·4) = 1/3.
    // 2000-2009 #1 {d 2, e 2} -> 2010-2014 #1 {e 1, h 5}: shared {e}.
    //   inclusion 1 / 2 = 0.5; weighted min(2,1) / min(4, 6) = 0.25; stability 1 / 3; equivalence 1 / 4.
    expect(result.links.map((l) => [l.fromPeriod, l.fromCluster, l.toPeriod, l.toCluster, l.weight])).toEqual([
      [0, 0, 1, 0, 2 / 3],
      [0, 1, 1, 1, 0.5],
    ]);
    const [first, second] = result.links;
    expect(first.indices.weightedInclusion).toBeCloseTo(0.5, 12);
    expect(first.indices.stability).toBeCloseTo(0.4, 12);
    expect(first.indices.equivalence).toBeCloseTo(1 / 3, 12);
    expect(first.sharedKeys).toEqual(['a', 'b']);
    expect(second.indices).toEqual({ inclusion: 0.5, weightedInclusion: 0.25, stability: 1 / 3, equivalence: 0.25, sharedItems: 1 });
    // Nothing links 2010-2014 to 2015-2020: reported, not an error.
    expect(result.disconnectedTransitions).toEqual([{ fromPeriod: 1, toPeriod: 2 }]);
    expect(result.unlinkedThemes).toEqual([
      { period: 1, cluster: 2 },
      { period: 2, cluster: 5 },
    ]);
  });

  it('weighs links by the chosen index and drops those below the minimum', () => {
    expect(thematicEvolution(periods, { index: 'weighted-inclusion' }).links.map((l) => l.weight)).toEqual([0.5, 0.25]);
    expect(thematicEvolution(periods, { index: 'stability' }).links.map((l) => l.weight)).toEqual([0.4, 1 / 3]);
    const strict = thematicEvolution(periods, { minWeight: 0.6 });
    expect(strict.links.map((l) => [l.fromCluster, l.toCluster])).toEqual([[0, 0]]);
    expect(strict.unlinkedThemes).toContainEqual({ period: 0, cluster: 1 });
    // The minimum is inclusive: a link exactly at it stays.
    expect(thematicEvolution(periods, { minWeight: 0.5 }).links).toHaveLength(2);
  });

  it('keeps every index in [0, 1], symmetric where the formula is, and 1 for identical themes', () => {
    const u = new Map([
      ['a', 3],
      ['b', 2],
    ]);
    const v = new Map([
      ['b', 5],
      ['c', 1],
      ['d', 1],
    ]);
    const uv = evolutionIndices(u, v);
    expect(evolutionIndices(v, u)).toEqual(uv);
    for (const value of [uv.inclusion, uv.weightedInclusion, uv.stability, uv.equivalence]) expect(value >= 0 && value <= 1).toBe(true);
    expect(evolutionIndices(u, u)).toEqual({ inclusion: 1, weightedInclusion: 1, stability: 1, equivalence: 1, sharedItems: 2 });
  });

  it('sums a key listed twice and rejects bad themes', () => {
    const summed = thematicEvolution([
      { label: 'p0', themes: [{ id: 0, items: [{ key: 'a', weight: 1 }, { key: 'a', weight: 2 }, { key: 'b', weight: 1 }] }] },
      { label: 'p1', themes: [theme(0, { a: 2 })] },
    ]);
    // min(3, 2) / min(4, 2) = 1.
    expect(summed.links[0].indices.weightedInclusion).toBe(1);
    expect(() => thematicEvolution([{ label: 'p', themes: [theme(0, { a: 0 })] }])).toThrow(/domain\/themes/);
    expect(() => thematicEvolution([{ label: 'p', themes: [theme(0, { a: 1 }), theme(0, { b: 1 })] }])).toThrow(/twice/);
    expect(thematicEvolution([])).toEqual({ links: [], unlinkedThemes: [], disconnectedTransitions: [] });
  });
});
