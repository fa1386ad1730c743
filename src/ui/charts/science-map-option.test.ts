import { describe, expect, it } from 'vitest';
import type { LinesSeriesOption, ScatterSeriesOption } from 'echarts';
import { DEFAULT_CHART_THEME } from './chart-theme';
import { scaleColor } from './map-colors';
import { COLORED_LINKS, LINKS_PER_FRAME, MAX_FRONT_ITEMS, WEAKER_LINKS, buildScienceMapOption, clusterColor, equalAspectRanges, flatLineCount, heaviestItems, scoreRange, sortLinksByStrength, symbolSizes } from './science-map-option';
import type { MapChartItem, MapChartLink, ScienceMapChartData } from './science-map-option';

const items: MapChartItem[] = [
  { id: 0, label: 'alpha', x: 0, y: 0, cluster: 0, weight: 100 },
  { id: 1, label: 'beta', x: 1, y: 0, cluster: 0, weight: 25 },
  { id: 2, label: 'gamma', x: 0, y: 1, cluster: 1, weight: 4 },
  { id: 3, label: 'delta', x: 2, y: 2, cluster: 1, weight: 1 },
];
const links: MapChartLink[] = [
  { source: 0, target: 1, strength: 3 },
  { source: 0, target: 2, strength: 9 },
  { source: 2, target: 3, strength: 1 },
];

const data = (patch: Partial<ScienceMapChartData> = {}): ScienceMapChartData => ({
  items,
  linksByStrength: sortLinksByStrength(links),
  clusters: [{ id: 0, label: 'alpha' }, { id: 1, label: 'gamma' }],
  maxLinks: 10,
  labelCount: 2,
  width: 900,
  height: 600,
  labels: { title: 'Map', subtitle: '4 items', weight: 'Citations', cluster: 'Cluster', betweenClusters: 'Between' },
  ...patch,
});

const scatters = (option: ReturnType<typeof buildScienceMapOption>) => (option.series as (ScatterSeriesOption | LinesSeriesOption)[]).filter((s): s is ScatterSeriesOption => s.type === 'scatter');
const lines = (option: ReturnType<typeof buildScienceMapOption>) => (option.series as (ScatterSeriesOption | LinesSeriesOption)[]).filter((s): s is LinesSeriesOption => s.type === 'lines');
const lineCount = (option: ReturnType<typeof buildScienceMapOption>) => lines(option).filter((s) => s.name !== 'selected').reduce((n, s) => n + flatLineCount(s.data), 0);

describe('buildScienceMapOption', () => {
  it('draws one scatter series per cluster, coloured by cluster, with every item once', () => {
    const option = buildScienceMapOption(data(), DEFAULT_CHART_THEME);
    const series = scatters(option);
    expect(series.map((s) => s.name)).toEqual(['1 · alpha', '2 · gamma']);
    expect(series.map((s) => (s.itemStyle as { color: string }).color)).toEqual([clusterColor(0), clusterColor(1)]);
    const ids = series.flatMap((s) => (s.data as { value: number[] }[]).map((d) => d.value[3])).sort();
    expect(ids).toEqual([0, 1, 2, 3]);
    expect((option.legend as { data: string[] }).data).toEqual(['1 · alpha', '2 · gamma']);
    expect((option.title as { text: string }).text).toBe('Map');
  });

  it('never draws more links than asked, strongest first, within-cluster links in the cluster colour', () => {
    expect(lineCount(buildScienceMapOption(data({ maxLinks: 0 }), DEFAULT_CHART_THEME))).toBe(0);
    const one = buildScienceMapOption(data({ maxLinks: 1 }), DEFAULT_CHART_THEME);
    expect(lineCount(one)).toBe(1);
    // The strongest link (0-2, strength 9) joins two clusters: it is drawn grey, between clusters.
    expect(lines(one).map((s) => s.name)).toEqual(['Between']);
    const all = buildScienceMapOption(data({ maxLinks: 99 }), DEFAULT_CHART_THEME);
    expect(lineCount(all)).toBe(3);
    expect(lines(all).every((s) => s.large === true && s.largeThreshold === 0 && s.silent === true)).toBe(true);
  });

  it('gives each lines series its links as flat two-point coordinates, and the selected item\'s links on top', () => {
    const option = buildScienceMapOption(data({ maxLinks: 99, selected: 2 }), DEFAULT_CHART_THEME);
    const byName = new Map(lines(option).map((s) => [s.name, s.data as unknown as Float64Array]));
    expect(byName.get('Between')).toBeInstanceOf(Float64Array);
    // 0-2 (strength 9) joins clusters 0 and 1; 2-3 lies within cluster 1 (items 2 and 3).
    expect(Array.from(byName.get('Between') ?? [])).toEqual([2, 0, 0, 0, 1]);
    expect(Array.from(byName.get('2 · gamma') ?? [])).toEqual([2, 0, 1, 2, 2]);
    expect(Array.from(byName.get('1 · alpha') ?? [])).toEqual([2, 0, 0, 1, 0]);
    expect(flatLineCount(byName.get('selected'))).toBe(2);
    expect(flatLineCount([{ coords: [] }])).toBe(1);
  });

  it('labels only the heaviest items, and fades what is not highlighted', () => {
    const option = buildScienceMapOption(data({ labelCount: 1 }), DEFAULT_CHART_THEME);
    const labelled = scatters(option).flatMap((s) => (s.data as { name: string; label?: { show: boolean } }[]).filter((d) => d.label?.show).map((d) => d.name));
    expect(labelled).toEqual(['alpha']);
    expect(scatters(option)[0].labelLayout).toEqual({ hideOverlap: true });

    const focused = buildScienceMapOption(data({ highlight: new Set([3]) }), DEFAULT_CHART_THEME);
    const styles = scatters(focused).flatMap((s) => (s.data as { value: number[]; itemStyle?: { opacity: number }; label?: { show: boolean } }[]).map((d) => [d.value[3], d.itemStyle?.opacity, d.label?.show ?? false]));
    expect(styles).toContainEqual([3, undefined, true]);
    expect(styles).toContainEqual([0, 0.12, false]);
  });

  it('keeps x and y on one scale and every item inside the axes', () => {
    const ranges = equalAspectRanges(items, 900, 600);
    const option = buildScienceMapOption(data(), DEFAULT_CHART_THEME);
    expect((option.xAxis as { min: number }).min).toBe(ranges.x[0]);
    const gridW = 900 - 32;
    const gridH = 600 - 64 - 52;
    expect((ranges.x[1] - ranges.x[0]) / gridW).toBeCloseTo((ranges.y[1] - ranges.y[0]) / gridH, 9);
    for (const item of items) {
      expect(item.x).toBeGreaterThan(ranges.x[0]);
      expect(item.x).toBeLessThan(ranges.x[1]);
      expect(item.y).toBeGreaterThan(ranges.y[0]);
      expect(item.y).toBeLessThan(ranges.y[1]);
    }
  });

  it('handles an empty map', () => {
    const option = buildScienceMapOption(data({ items: [], linksByStrength: [], clusters: [] }), DEFAULT_CHART_THEME);
    expect(option.series).toEqual([]);
  });

  it('escapes labels in tooltips', () => {
    const option = buildScienceMapOption(data({ items: [{ ...items[0], label: '<b>x</b>' }], linksByStrength: [] }), DEFAULT_CHART_THEME);
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter({ value: [0, 0, 5, 0, 100], seriesName: '1 · alpha' })).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});

describe('helpers', () => {
  it('sizes symbols by the square root of the weight', () => {
    const sizes = symbolSizes([100, 25, 0]);
    expect(sizes[0]).toBeGreaterThan(sizes[1]);
    expect((sizes[1] - sizes[2]) / (sizes[0] - sizes[2])).toBeCloseTo(0.5, 9);
  });

  it('sorts links strongest first without changing the input', () => {
    const copy = [...links];
    expect(sortLinksByStrength(links).map((l) => l.strength)).toEqual([9, 3, 1]);
    expect(links).toEqual(copy);
  });

  it('finds the heaviest items', () => {
    expect([...heaviestItems(items, 2)].sort()).toEqual([0, 1]);
  });

  it('gives clusters distinct colours', () => {
    expect(new Set(Array.from({ length: 20 }, (_, i) => clusterColor(i))).size).toBe(20);
  });
});

describe('buildScienceMapOption with an overlay', () => {
  const colorBy = { name: 'Avg. pub. year', values: [2010, 2014, NaN, 2030], range: [2010, 2020] as [number, number], decimals: 0, unknownLabel: 'No score' };

  it('colours items by score on a continuous viridis scale, unknown scores grey, links grey', () => {
    const option = buildScienceMapOption(data({ colorBy, maxLinks: 99 }), DEFAULT_CHART_THEME);
    const series = option.series as (ScatterSeriesOption | LinesSeriesOption)[];
    const points = scatters(option);
    expect(points.map((s) => s.name)).toEqual(['No score', 'Avg. pub. year']);
    expect((points[0].data as { value: number[] }[]).map((d) => d.value[3])).toEqual([2]);
    // Values beyond the scale are clamped to its ends in the colour dimension.
    expect((points[1].data as { value: number[] }[]).map((d) => [d.value[3], d.value[5]])).toEqual([[3, 2020], [1, 2014], [0, 2010]]);
    const visualMap = option.visualMap as { min: number; max: number; dimension: number; seriesIndex: number };
    expect(visualMap).toMatchObject({ min: 2010, max: 2020, dimension: 5 });
    expect(series[visualMap.seriesIndex].name).toBe('Avg. pub. year');
    expect(lines(option).map((s) => s.name)).toEqual(['Between']);
    expect((option.legend as { show: boolean }).show).toBe(false);
  });

  it('picks a scale between robust quantiles', () => {
    expect(scoreRange([NaN])).toEqual([0, 1]);
    expect(scoreRange([5, 5])).toEqual([4.5, 5.5]);
    expect(scoreRange([1, 2, 3, 4, 5], 0)).toEqual([1, 5]);
    const many = Array.from({ length: 101 }, (_, i) => i);
    expect(scoreRange(many, 0.02)).toEqual([2, 98]);
  });
});

describe('buildScienceMapOption on a crowded map', () => {
  // 3,000 items in three clusters on a seeded spiral, weights from 1 to 100.
  const count = 3000;
  const crowd: MapChartItem[] = Array.from({ length: count }, (_, i) => ({ id: i, label: `item ${i}`, x: Math.cos(i) * (1 + i / count), y: Math.sin(i) * (1 + i / count), cluster: i % 3, weight: 1 + ((i * 37) % 100) }));
  const crowdLinks = sortLinksByStrength(Array.from({ length: 12_000 }, (_, k) => ({ source: k % count, target: (k * 7 + 1) % count, strength: 1 + (k % 50) })).filter((l) => l.source !== l.target));
  const crowdData = (patch: Partial<ScienceMapChartData> = {}): ScienceMapChartData =>
    data({ items: crowd, linksByStrength: crowdLinks, clusters: [0, 1, 2].map((id) => ({ id, label: `c${id}` })), maxLinks: 3000, labelCount: 60, ...patch });
  type Point = { value: number[]; itemStyle?: { opacity?: number; color?: string; borderWidth?: number }; label?: { show: boolean } };
  const bulk = (option: ReturnType<typeof buildScienceMapOption>) => scatters(option).filter((s) => s.large);
  const front = (option: ReturnType<typeof buildScienceMapOption>) => scatters(option).filter((s) => !s.large);
  const frontIds = (option: ReturnType<typeof buildScienceMapOption>) => front(option).flatMap((s) => (s.data as Point[]).map((d) => d.value[3]));
  const drawnIds = (option: ReturnType<typeof buildScienceMapOption>) => [...bulk(option).flatMap((s) => (s.data as number[][]).map((row) => row[3])), ...frontIds(option)];

  it('draws most items in large-mode series and the heaviest, labelled, one by one on top, every item once', () => {
    const option = buildScienceMapOption(crowdData(), DEFAULT_CHART_THEME);
    expect(bulk(option).length).toBeGreaterThan(0);
    expect(drawnIds(option).sort((a, b) => a - b)).toEqual(crowd.map((item) => item.id));
    expect(new Set(frontIds(option))).toEqual(heaviestItems(crowd, 60));
    expect(front(option).every((s) => (s.data as Point[]).every((d) => d.label?.show))).toBe(true);
    expect(front(option).every((s) => (s.labelLayout as { hideOverlap: boolean }).hideOverlap)).toBe(true);
    // The legend hides a cluster's items through the series names.
    expect(new Set(scatters(option).map((s) => s.name))).toEqual(new Set(['1 · c0', '2 · c1', '3 · c2']));
    // Items on their own canvas layer, above the links.
    const itemLayer = Math.min(...scatters(option).map((s) => s.zlevel ?? 0));
    expect(lines(option).every((s) => (s.zlevel ?? 0) < itemLayer)).toBe(true);
  });

  it('labels at most MAX_FRONT_ITEMS highlighted items, the heaviest, and fades the others', () => {
    const highlight = new Set(crowd.filter((item) => item.id % 2 === 0).map((item) => item.id));
    const option = buildScienceMapOption(crowdData({ highlight }), DEFAULT_CHART_THEME);
    const shown = frontIds(option);
    expect(shown).toHaveLength(MAX_FRONT_ITEMS);
    expect(shown.every((id) => highlight.has(id))).toBe(true);
    const lightestShown = Math.min(...shown.map((id) => crowd[id].weight));
    expect(crowd.filter((item) => highlight.has(item.id) && item.weight > lightestShown).every((item) => shown.includes(item.id))).toBe(true);
    for (const s of bulk(option)) {
      const isFaded = (s.itemStyle as { opacity: number }).opacity === 0.12;
      expect((s.data as number[][]).every((row) => highlight.has(row[3]) !== isFaded)).toBe(true);
    }
    expect(drawnIds(option)).toHaveLength(count);
  });

  it('draws the selected item one by one with its border, and its links on top', () => {
    const id = crowdLinks[0].source;
    const option = buildScienceMapOption(crowdData({ selected: id, highlight: new Set([id, crowdLinks[0].target]) }), DEFAULT_CHART_THEME);
    const selected = front(option).flatMap((s) => s.data as Point[]).find((d) => d.value[3] === id);
    expect(selected?.itemStyle?.borderWidth).toBe(2.5);
    expect(lines(option).some((s) => s.name === 'selected')).toBe(true);
  });

  it('draws the strongest links at once in colour and the weaker ones grey, over several frames', () => {
    const option = buildScienceMapOption(crowdData({ maxLinks: 10_000 }), DEFAULT_CHART_THEME);
    expect(lineCount(option)).toBe(10_000);
    const weaker = lines(option).filter((s) => s.name === WEAKER_LINKS);
    expect(weaker).toHaveLength(1);
    expect(flatLineCount(weaker[0].data)).toBe(10_000 - COLORED_LINKS);
    expect(weaker[0]).toMatchObject({ progressive: LINKS_PER_FRAME, progressiveThreshold: 0, large: true });
    expect(lines(option).filter((s) => s.name !== WEAKER_LINKS).every((s) => !s.progressive)).toBe(true);
    // Up to COLORED_LINKS, nothing is drawn progressively.
    expect(lines(buildScienceMapOption(crowdData({ maxLinks: COLORED_LINKS }), DEFAULT_CHART_THEME)).every((s) => !s.progressive)).toBe(true);
  });

  it('colours a crowded overlay in steps of the scale, with the colour bar alone and unknown scores grey', () => {
    const values = crowd.map((item) => (item.id % 10 === 0 ? NaN : 2000 + (item.id % 20)));
    const colorBy = { name: 'Avg. pub. year', values, range: [2000, 2019] as [number, number], decimals: 0, unknownLabel: 'No score' };
    const option = buildScienceMapOption(crowdData({ colorBy }), DEFAULT_CHART_THEME);
    expect((option.visualMap as { seriesIndex: number[] }).seriesIndex).toEqual([]);
    expect(drawnIds(option)).toHaveLength(count);
    for (const s of bulk(option)) {
      const rows = s.data as number[][];
      if (s.name === 'No score') {
        expect((s.itemStyle as { color: string }).color).toBe(DEFAULT_CHART_THEME.axisLine);
        expect(rows.every((row) => Number.isNaN(values[row[3]]))).toBe(true);
      } else {
        expect(s.name).toBe('Avg. pub. year');
        expect(rows.every((row) => row[5] === Math.min(2019, values[row[3]]))).toBe(true);
      }
    }
    const exact = front(option).flatMap((s) => s.data as Point[]).find((d) => Number.isFinite(values[d.value[3]]));
    expect(exact?.itemStyle?.color).toBe(scaleColor((exact!.value[5] - 2000) / 19));
  });
});
