import { describe, expect, it } from 'vitest';
import type { ScatterSeriesOption } from 'echarts';
import { DEFAULT_CHART_THEME } from './chart-theme';
import { buildDensityOption, densityChartGrid, densityGrid, densityPixels, densityPlotSize, meanDistance } from './density-option';
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

describe('densityPixels', () => {
  it('colours relative density on viridis, one opaque pixel per cell, top row first', () => {
    // Two rows: the bottom row (r = 0) holds the peak, the top row is empty.
    const grid = { columns: 2, rows: 2, x: [0, 1] as [number, number], y: [0, 1] as [number, number], values: Float64Array.from([4, 2, 0, 0]), max: 4, bandwidth: 1 };
    const pixels = densityPixels(grid);
    expect(pixels).toHaveLength(2 * 2 * 4);
    const pixel = (column: number, row: number) => Array.from(pixels.slice((row * 2 + column) * 4, (row * 2 + column) * 4 + 4));
    expect(pixel(0, 0)).toEqual([0x44, 0x01, 0x54, 255]); // image top-left: no density, first stop
    expect(pixel(0, 1)).toEqual([0xfd, 0xe7, 0x25, 255]); // image bottom-left: the maximum, last stop
    // Half the maximum: the middle stop of the nine (#21918c).
    expect(pixel(1, 1)).toEqual([0x21, 0x91, 0x8c, 255]);
  });

  it('is all the low colour when nothing has weight', () => {
    const grid = densityGrid([item(0, 0, 0, 0)], { x: [-1, 1], y: [-1, 1] }, { columns: 3, rows: 3 });
    const pixels = densityPixels(grid);
    for (let p = 0; p < pixels.length; p += 4) expect(Array.from(pixels.slice(p, p + 4))).toEqual([0x44, 0x01, 0x54, 255]);
  });
});

describe('buildDensityOption', () => {
  const items = Array.from({ length: 30 }, (_, i) => item(i, Math.cos(i), Math.sin(i * 1.3), i + 1));
  const labels = { title: 'Density', density: 'Density', low: 'Low', high: 'High', weight: 'Occurrences' };
  const image = 'data:image/png;base64,stub';
  const option = buildDensityOption({ items, width: 900, height: 600, labelCount: 5, image, labels }, DEFAULT_CHART_THEME);
  const [names] = option.series as [ScatterSeriesOption];

  it('draws the density as one image over the plot area, with a viridis colour bar of relative density', () => {
    const grid = densityChartGrid({ items, width: 900, height: 600 });
    expect(grid.columns).toBe(120);
    const plot = densityPlotSize(900, 600);
    // Cells are square on screen: rows follow from the plot's aspect ratio.
    expect(grid.rows).toBe(Math.round((120 * plot.height) / plot.width));
    const graphic = option.graphic as { type: string; left: number; top: number; silent: boolean; style: { image: unknown; width: number; height: number } }[];
    expect(graphic).toHaveLength(1);
    expect(graphic[0]).toMatchObject({ type: 'image', left: 16, top: 64, silent: true, style: { image, width: plot.width, height: plot.height } });
    expect(option.series as unknown[]).toHaveLength(1);
    const visualMap = option.visualMap as { min: number; max: number; seriesIndex: number[]; inRange: { color: string[] }; text: string[] };
    expect(visualMap).toMatchObject({ min: 0, max: 1, seriesIndex: [], text: ['High', 'Low'] });
    expect(visualMap.inRange.color[0]).toBe('#440154');
    expect((option.title as { text: string }).text).toBe('Density');
  });

  it('uses a grid given beforehand, and draws no image without one', () => {
    const grid = densityChartGrid({ items, width: 900, height: 600, kernelWidth: 0.5 });
    const given = buildDensityOption({ items, width: 900, height: 600, labelCount: 5, grid, labels }, DEFAULT_CHART_THEME);
    const xAxis = given.xAxis as { min: number; max: number };
    expect([xAxis.min, xAxis.max]).toEqual(grid.x);
    expect(given.graphic).toBeUndefined();
  });

  it('labels the heaviest items, heaviest first, on value axes over the grid extent', () => {
    expect(names.type).toBe('scatter');
    expect((names.data as { name: string }[]).map((d) => d.name)).toEqual(['item 29', 'item 28', 'item 27', 'item 26', 'item 25']);
    const xAxis = option.xAxis as { type: string; min?: number; max?: number };
    expect(xAxis.type).toBe('value');
    expect(xAxis.min).toBeLessThan(-0.9);
    expect(xAxis.max).toBeGreaterThan(0.9);
  });
});
