import { describe, expect, it } from 'vitest';
import type { HeatmapSeriesOption, ScatterSeriesOption } from 'echarts';
import { DEFAULT_CHART_THEME } from './chart-theme';
import { buildDensityOption, densityGrid, meanDistance } from './density-option';
import type { MapChartItem } from './science-map-option';

const item = (id: number, x: number, y: number, weight: number): MapChartItem => ({ id, label: `item ${id}`, x, y, cluster: 0, weight });

describe('densityGrid', () => {
  it('measures the mean distance between items', () => {
    expect(meanDistance([item(0, 0, 0, 1), item(1, 3, 4, 1)])).toBe(5);
    expect(meanDistance([item(0, 0, 0, 1), item(1, 1, 0, 1), item(2, 2, 0, 1)])).toBeCloseTo(4 / 3);
    expect(meanDistance([item(0, 0, 0, 1)])).toBe(0);
  });

  it('equals the Gaussian kernel sum at cell centres, peaks at the heavy item', () => {
    const items = [item(0, 0, 0, 4), item(1, 2, 0, 1)];
    const grid = densityGrid(items, { x: [-2, 4], y: [-1, 1] }, { columns: 6, rows: 2, kernelWidth: 1 });
    expect(grid.bandwidth).toBe(2);
    // Cell (c=2, r=0) is centred at (0.5, -0.5).
    const expected = 4 * Math.exp(-(0.25 + 0.25) / 4) + Math.exp(-(2.25 + 0.25) / 4);
    expect(grid.values[0 * 6 + 2]).toBeCloseTo(expected, 12);
    let argmax = 0;
    grid.values.forEach((v, i) => {
      if (v > grid.values[argmax]) argmax = i;
    });
    expect([1, 2, 7, 8]).toContain(argmax);
    expect(grid.max).toBe(grid.values[argmax]);
    expect(Array.from(grid.values).every((v) => Number.isFinite(v) && v >= 0)).toBe(true);
  });

  it('ignores items without weight and copes with one item', () => {
    const grid = densityGrid([item(0, 0, 0, 0)], { x: [-1, 1], y: [-1, 1] }, { columns: 4, rows: 4 });
    expect(grid.max).toBe(0);
    const one = densityGrid([item(0, 0, 0, 2)], { x: [-1, 1], y: [-1, 1] }, { columns: 4, rows: 4 });
    expect(one.max).toBeGreaterThan(0);
  });
});

describe('buildDensityOption', () => {
  const items = Array.from({ length: 30 }, (_, i) => item(i, Math.cos(i), Math.sin(i * 1.3), i + 1));
  const option = buildDensityOption({ items, width: 900, height: 600, labelCount: 5, labels: { title: 'Density', density: 'Density', low: 'Low', high: 'High', weight: 'Occurrences' } }, DEFAULT_CHART_THEME);
  const [heatmap, labels] = option.series as [HeatmapSeriesOption, ScatterSeriesOption];

  it('draws a heatmap of relative density with a viridis colour bar', () => {
    expect(heatmap.type).toBe('heatmap');
    const cells = heatmap.data as [number, number, number][];
    const xAxes = option.xAxis as { data?: unknown[] }[];
    const yAxes = option.yAxis as { data?: unknown[] }[];
    expect(cells).toHaveLength((xAxes[0].data?.length ?? 0) * (yAxes[0].data?.length ?? 0));
    expect(Math.max(...cells.map((c) => c[2]))).toBe(1);
    expect(Math.min(...cells.map((c) => c[2]))).toBeGreaterThanOrEqual(0);
    const visualMap = option.visualMap as { min: number; max: number; dimension: number; seriesIndex: number; inRange: { color: string[] } };
    expect(visualMap).toMatchObject({ min: 0, max: 1, dimension: 2, seriesIndex: 0 });
    expect(visualMap.inRange.color[0]).toBe('#440154');
    expect((option.title as { text: string }).text).toBe('Density');
  });

  it('labels the heaviest items, heaviest first, on value axes over the same extent', () => {
    expect(labels.type).toBe('scatter');
    expect((labels.data as { name: string }[]).map((d) => d.name)).toEqual(['item 29', 'item 28', 'item 27', 'item 26', 'item 25']);
    expect(labels.xAxisIndex).toBe(1);
    const xAxes = option.xAxis as { type: string; min?: number; max?: number }[];
    expect(xAxes[1].type).toBe('value');
    expect(xAxes[1].min).toBeLessThan(-0.9);
    expect(xAxes[1].max).toBeGreaterThan(0.9);
  });
});
