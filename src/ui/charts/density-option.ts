/**
 * The item density view of a science map (VOSviewer's "density visualization"): the density at a
 * point p of the map is D(p) = sum_i w_i K(|p - x_i| / (h d)), with K(t) = exp(-t^2) a Gaussian
 * kernel, w_i the item's weight, d the mean distance between items and h the kernel width.
 *
 * van Eck, N. J. & Waltman, L. (2010). Software survey: VOSviewer, a computer program for
 * bibliometric mapping. Scientometrics 84(2):523-538, section "Density view".
 */
import type { EChartsOption, HeatmapSeriesOption, ScatterSeriesOption } from 'echarts';
import type { ChartTheme } from './chart-theme';
import { VIRIDIS, equalAspectRanges, heaviestItems } from './science-map-option';
import type { MapChartItem } from './science-map-option';

export interface DensityGridOptions {
  /** Cells across the x extent. */
  columns: number;
  /** Cells across the y extent. */
  rows: number;
  /** h: kernel width as a multiple of the mean distance between items. */
  kernelWidth: number;
  /** Mean distances are estimated on at most this many items (strided sample). */
  maxSample: number;
}

/**
 * h = 0.3 by default: at h = 1, clusters laid out about one mean distance apart merge into one blob;
 * 0.3 keeps them as separate hot spots (chosen by eye on the demo maps, not taken from VOSviewer).
 */
export const DEFAULT_DENSITY_GRID: Readonly<Omit<DensityGridOptions, 'columns' | 'rows'>> = { kernelWidth: 0.3, maxSample: 1500 };

export interface DensityGrid {
  columns: number;
  rows: number;
  /** Extent of the grid: cell (c, r) covers [x0 + c dx, x0 + (c+1) dx] x [y0 + r dy, y0 + (r+1) dy]. */
  x: [number, number];
  y: [number, number];
  /** Density at the centre of every cell, row by row from the bottom (r = 0 is the lowest y). */
  values: Float64Array;
  max: number;
  /** The kernel's length scale h d, in map units. */
  bandwidth: number;
}

/** Mean Euclidean distance between items (on a strided sample of at most `maxSample` items). */
export function meanDistance(items: readonly Pick<MapChartItem, 'x' | 'y'>[], maxSample = DEFAULT_DENSITY_GRID.maxSample): number {
  const stride = Math.max(1, Math.ceil(items.length / Math.max(2, maxSample)));
  const sample = items.filter((_, i) => i % stride === 0);
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < sample.length; i++) {
    for (let j = i + 1; j < sample.length; j++) {
      sum += Math.hypot(sample[i].x - sample[j].x, sample[i].y - sample[j].y);
      pairs++;
    }
  }
  return pairs > 0 ? sum / pairs : 0;
}

/**
 * Gaussian kernel density of weighted items on a grid over `extent`. Kernels are cut at 4 h d
 * (where exp(-16) adds nothing visible), so the cost is items x cells within reach.
 */
export function densityGrid(items: readonly MapChartItem[], extent: { x: [number, number]; y: [number, number] }, options: Partial<DensityGridOptions> = {}): DensityGrid {
  const o = { ...DEFAULT_DENSITY_GRID, columns: 120, rows: 80, ...options };
  const columns = Math.max(1, Math.round(o.columns));
  const rows = Math.max(1, Math.round(o.rows));
  const [x0, x1] = extent.x;
  const [y0, y1] = extent.y;
  const dx = (x1 - x0) / columns;
  const dy = (y1 - y0) / rows;
  const distance = meanDistance(items, o.maxSample);
  // One item (or all at one point): a kernel a tenth of the extent wide.
  const bandwidth = Math.max(o.kernelWidth * (distance > 0 ? distance : Math.max(x1 - x0, y1 - y0) / 10), 1e-9);
  const values = new Float64Array(columns * rows);
  const reach = 4 * bandwidth;
  const inv = 1 / (bandwidth * bandwidth);
  for (const item of items) {
    if (!(item.weight > 0) || !Number.isFinite(item.x) || !Number.isFinite(item.y)) continue;
    const cLow = Math.max(0, Math.floor((item.x - reach - x0) / dx));
    const cHigh = Math.min(columns - 1, Math.ceil((item.x + reach - x0) / dx));
    const rLow = Math.max(0, Math.floor((item.y - reach - y0) / dy));
    const rHigh = Math.min(rows - 1, Math.ceil((item.y + reach - y0) / dy));
    for (let r = rLow; r <= rHigh; r++) {
      const py = y0 + (r + 0.5) * dy - item.y;
      for (let c = cLow; c <= cHigh; c++) {
        const px = x0 + (c + 0.5) * dx - item.x;
        values[r * columns + c] += item.weight * Math.exp(-(px * px + py * py) * inv);
      }
    }
  }
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return { columns, rows, x: [x0, x1], y: [y0, y1], values, max, bandwidth };
}

export interface DensityChartData {
  items: readonly MapChartItem[];
  /** Pixel size of the chart: the grid keeps x and y on one scale. */
  width: number;
  height: number;
  /** Heaviest items labelled on top of the density. */
  labelCount: number;
  /** Cells across the map (rows follow from the aspect ratio). */
  columns?: number;
  kernelWidth?: number;
  labels: { title: string; subtitle?: string; density: string; low: string; high: string; weight: string };
}

const GRID = { left: 16, right: 16, top: 64, bottom: 56 };

/** The density view: a heatmap of {@link densityGrid} with a viridis colour bar and the heaviest items' labels. */
export function buildDensityOption(data: DensityChartData, theme: ChartTheme): EChartsOption {
  const { items, labels } = data;
  const ranges = equalAspectRanges(items, data.width, data.height);
  const gridW = Math.max(1, data.width - GRID.left - GRID.right);
  const gridH = Math.max(1, data.height - GRID.top - GRID.bottom);
  const columns = Math.max(10, Math.round(data.columns ?? 120));
  const rows = Math.max(10, Math.round((columns * gridH) / gridW));
  const grid = densityGrid(items, ranges, { columns, rows, kernelWidth: data.kernelWidth ?? DEFAULT_DENSITY_GRID.kernelWidth });
  const cells: [number, number, number][] = [];
  for (let r = 0; r < grid.rows; r++) {
    for (let c = 0; c < grid.columns; c++) {
      // Relative density in [0, 1]: the scale reads the same whatever the weights' units.
      const value = grid.max > 0 ? grid.values[r * grid.columns + c] / grid.max : 0;
      cells.push([c, r, Math.round(value * 1000) / 1000]);
    }
  }
  const labelled = heaviestItems(items, data.labelCount);
  const maxWeight = items.reduce((m, item) => Math.max(m, item.weight), 0);
  const heatmap: HeatmapSeriesOption = {
    type: 'heatmap',
    name: labels.density,
    xAxisIndex: 0,
    yAxisIndex: 0,
    data: cells,
    silent: true,
    progressive: 0,
    animation: false,
  };
  const names: ScatterSeriesOption = {
    type: 'scatter',
    name: labels.weight,
    xAxisIndex: 1,
    yAxisIndex: 1,
    symbolSize: 4,
    z: 3,
    itemStyle: { color: '#ffffff', opacity: 0.55 },
    labelLayout: { hideOverlap: true },
    label: { show: true, position: 'top', distance: 2, formatter: '{b}', color: '#1f2430', fontFamily: theme.fontFamily, fontWeight: 600, textBorderColor: 'rgba(255,255,255,0.85)', textBorderWidth: 3 },
    // Heaviest first, so overlap hiding keeps the heaviest labels.
    data: items
      .filter((item) => labelled.has(item.id))
      .sort((a, b) => b.weight - a.weight)
      .map((item) => ({ name: item.label.length > 32 ? `${item.label.slice(0, 31)}…` : item.label, value: [item.x, item.y, item.weight], label: { fontSize: Math.round(11 + 5 * Math.sqrt(maxWeight > 0 ? item.weight / maxWeight : 0)) } })),
    animation: false,
  };
  const hiddenCategory = (count: number) => ({ type: 'category' as const, data: Array.from({ length: count }, (_, i) => i), show: false, boundaryGap: true });
  return {
    animation: false,
    backgroundColor: theme.background,
    textStyle: { fontFamily: theme.fontFamily, color: theme.text },
    aria: { enabled: true },
    title: {
      text: labels.title,
      subtext: labels.subtitle,
      left: GRID.left,
      top: 8,
      textStyle: { fontSize: 15, fontWeight: 600, color: theme.text, fontFamily: theme.fontFamily },
      subtextStyle: { fontSize: 12, color: theme.textSecondary, fontFamily: theme.fontFamily },
    },
    grid: { ...GRID, containLabel: false },
    // Heatmap cells on hidden category axes; item labels on value axes spanning the same extent.
    xAxis: [hiddenCategory(grid.columns), { type: 'value', min: grid.x[0], max: grid.x[1], show: false }],
    yAxis: [hiddenCategory(grid.rows), { type: 'value', min: grid.y[0], max: grid.y[1], show: false }],
    visualMap: {
      type: 'continuous',
      seriesIndex: 0,
      dimension: 2,
      min: 0,
      max: 1,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 8,
      itemWidth: 12,
      itemHeight: 220,
      text: [labels.high, labels.low],
      inRange: { color: [...VIRIDIS] },
      textStyle: { color: theme.textSecondary, fontSize: 12, fontFamily: theme.fontFamily },
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: unknown) => {
        const { seriesType, name, value } = params as { seriesType?: string; name?: string; value?: unknown };
        if (seriesType !== 'scatter' || !Array.isArray(value)) return '';
        return `<b>${escapeHtml(name ?? '')}</b><br/>${escapeHtml(labels.weight)}: ${String(value[2])}`;
      },
    },
    series: [heatmap, names],
  };
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
