import { describe, expect, it } from 'vitest';
import type { ScatterSeriesOption } from 'echarts';
import { DEFAULT_CHART_THEME } from './chart-theme';
import { buildStrategicOption, median, paddedRange } from './strategic-option';

const quadrants = { motor: 'Motor', niche: 'Niche', 'emerging-or-declining': 'Emerging', basic: 'Basic' };
const clusters = [
  { id: 0, label: 'a', size: 40, centrality: 10, density: 10, quadrant: 'motor' as const },
  { id: 1, label: 'b', size: 10, centrality: 1, density: 8, quadrant: 'niche' as const },
  { id: 2, label: 'c', size: 5, centrality: 2, density: 1, quadrant: 'emerging-or-declining' as const },
  { id: 3, label: 'd', size: 20, centrality: 9, density: 2, quadrant: 'basic' as const },
];

describe('buildStrategicOption', () => {
  it('computes medians and padded ranges', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBe(0);
    const [low, high] = paddedRange([1, 10], 5);
    expect(low).toBeLessThan(1);
    expect(high).toBeGreaterThan(10);
  });

  it('places clusters by centrality and density, sized by items, with median lines and quadrant names', () => {
    const option = buildStrategicOption({ clusters, labels: { title: 'Strategic', centrality: 'Centrality', density: 'Density', size: 'Items', quadrants } }, DEFAULT_CHART_THEME);
    const [series] = option.series as ScatterSeriesOption[];
    const data = series.data as { name: string; value: number[]; symbolSize: number }[];
    expect(data.map((d) => d.value.slice(0, 2))).toEqual([[10, 10], [1, 8], [2, 1], [9, 2]]);
    expect(data.map((d) => d.name)).toEqual(['1 · a', '2 · b', '3 · c', '4 · d']);
    expect(data[0].symbolSize).toBeGreaterThan(data[3].symbolSize);
    expect(data[3].symbolSize).toBeGreaterThan(data[1].symbolSize);
    expect((series.markLine as { data: unknown[] }).data).toEqual([{ xAxis: 5.5 }, { yAxis: 5 }]);
    const areas = (series.markArea as { data: [{ name: string; coord: number[] }, { coord: number[] }][] }).data;
    expect(areas.map((a) => a[0].name)).toEqual(['Motor', 'Niche', 'Emerging', 'Basic']);
    // Motor themes: from the medians to the top right corner of the axes.
    const xAxis = option.xAxis as { min: number; max: number };
    const yAxis = option.yAxis as { min: number; max: number };
    expect(areas[0][0].coord).toEqual([5.5, 5]);
    expect(areas[0][1].coord).toEqual([xAxis.max, yAxis.max]);
    expect(xAxis.min).toBeLessThan(1);
    expect(yAxis.max).toBeGreaterThan(10);
  });
});
