import { describe, expect, it } from 'vitest';
import { BULK_SIZE_STEPS, bulkPointSeries, sizeSteps } from './science-map-bulk';
import type { BulkItem } from './science-map-bulk';

const item = (id: number, weight: number, cluster: number): BulkItem & { cluster: number } => ({ id, x: id, y: -id, weight, cluster });

describe('sizeSteps', () => {
  it('rounds sizes to steps between the smallest and the largest', () => {
    const { stepOf, sizeOf } = sizeSteps([3, 20, 11.5, 4], 8);
    expect(Array.from(stepOf)).toEqual([0, 8, 4, 0]);
    expect(sizeOf[0]).toBe(3);
    expect(sizeOf[8]).toBe(20);
    expect(sizeOf[4]).toBeCloseTo(11.5, 9);
  });

  it('copes with one size and with none', () => {
    expect(Array.from(sizeSteps([5, 5]).stepOf)).toEqual([0, 0]);
    expect(sizeSteps([5, 5]).sizeOf[0]).toBe(5);
    expect(sizeSteps([]).stepOf).toHaveLength(0);
  });
});

describe('bulkPointSeries', () => {
  const items = Array.from({ length: 40 }, (_, i) => item(i, 1 + (i % 10) * 10, i % 3));
  const sizes = items.map((it) => 3 + it.weight / 6);
  const groups = new Map([0, 1, 2].map((c) => [c, { name: `cluster ${c}`, color: `#00000${c}` }]));
  const style = { opacity: 0.9, fadedOpacity: 0.12, borderColor: '#ffffff', borderWidth: 0.6 };
  const build = (skip: Set<number>, faded: (id: number) => boolean) =>
    bulkPointSeries({ items, sizes, skip, groupOf: (it) => it.cluster, groups, isFaded: (it) => faded(it.id), extra: (it) => [it.id * 10], style, z: 3, zlevel: 1 });

  it('draws every item not skipped once, in large mode, one size and colour per series', () => {
    const series = build(new Set([0, 5]), () => false);
    const ids = series.flatMap((s) => (s.data as number[][]).map((row) => row[3])).sort((a, b) => a - b);
    expect(ids).toEqual(items.map((it) => it.id).filter((id) => id !== 0 && id !== 5));
    for (const s of series) {
      expect(s).toMatchObject({ type: 'scatter', large: true, largeThreshold: 0, z: 3, zlevel: 1 });
      expect(typeof s.symbolSize).toBe('number');
      const rows = s.data as number[][];
      const cluster = items[rows[0][3]].cluster;
      expect(s.name).toBe(`cluster ${cluster}`);
      expect((s.itemStyle as { color: string }).color).toBe(`#00000${cluster}`);
      expect(rows.every((row) => items[row[3]].cluster === cluster)).toBe(true);
    }
    expect(series.length).toBeLessThanOrEqual(3 * (BULK_SIZE_STEPS + 1));
  });

  it('keeps each item\'s value as the item-by-item series do: x, y, size, id, weight, then extra values', () => {
    const rows = build(new Set(), () => false).flatMap((s) => s.data as number[][]);
    const row = rows.find((r) => r[3] === 7);
    expect(row).toEqual([7, -7, sizes[7], 7, items[7].weight, 70]);
  });

  it('draws faded items first, then from small to large, each series with its opacity', () => {
    const series = build(new Set(), (id) => id % 2 === 0);
    const opacities = series.map((s) => (s.itemStyle as { opacity: number }).opacity);
    const firstBright = opacities.indexOf(0.9);
    expect(opacities.slice(0, firstBright).every((o) => o === 0.12)).toBe(true);
    expect(opacities.slice(firstBright).every((o) => o === 0.9)).toBe(true);
    for (const s of series) {
      const isFaded = (s.itemStyle as { opacity: number }).opacity === 0.12;
      expect((s.data as number[][]).every((row) => (row[3] % 2 === 0) === isFaded)).toBe(true);
    }
    const bright = series.slice(firstBright).map((s) => s.symbolSize as number);
    expect(bright).toEqual([...bright].sort((a, b) => a - b));
  });
});
