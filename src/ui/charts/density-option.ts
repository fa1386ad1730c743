/**
 * The item density view of a science map (VOSviewer's "density visualization"): the density at a
 * point p of the map is D(p) = sum_i w_i K(|p - x_i| / (h d)), with K(t) = exp(-t^2) a Gaussian
 * kernel, w_i the item's weight, d the mean distance between items and h the kernel width.
 *
 * van Eck, N. J. & Waltman, L. (2010). Software survey: VOSviewer, a computer program for
 * bibliometric mapping. Scientometrics 84(2):523-538, section "Density view".
 */
import type { EChartsOption, ScatterSeriesOption } from 'echarts';
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
  const n = Math.ceil(items.length / stride);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = items[i * stride].x;
    ys[i] = items[i * stride].y;
  }
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < n; i++) {
    const xi = xs[i];
    const yi = ys[i];
    for (let j = i + 1; j < n; j++) {
      const dx = xi - xs[j];
      const dy = yi - ys[j];
      sum += Math.sqrt(dx * dx + dy * dy);
    }
    pairs += n - i - 1;
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
  // The kernel is separable, exp(-(px^2 + py^2) / b^2) = exp(-px^2 / b^2) exp(-py^2 / b^2): one exp
  // per column and per row within reach, then a multiply-add per cell.
  const across = new Float64Array(columns);
  for (const item of items) {
    if (!(item.weight > 0) || !Number.isFinite(item.x) || !Number.isFinite(item.y)) continue;
    const cLow = Math.max(0, Math.floor((item.x - reach - x0) / dx));
    const cHigh = Math.min(columns - 1, Math.ceil((item.x + reach - x0) / dx));
    const rLow = Math.max(0, Math.floor((item.y - reach - y0) / dy));
    const rHigh = Math.min(rows - 1, Math.ceil((item.y + reach - y0) / dy));
    for (let c = cLow; c <= cHigh; c++) {
      const px = x0 + (c + 0.5) * dx - item.x;
      across[c] = item.weight * Math.exp(-px * px * inv);
    }
    for (let r = rLow; r <= rHigh; r++) {
      const py = y0 + (r + 0.5) * dy - item.y;
      const down = Math.exp(-py * py * inv);
      const row = r * columns;
      for (let c = cLow; c <= cHigh; c++) values[row + c] += across[c] * down;
    }
  }
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return { columns, rows, x: [x0, x1], y: [y0, y1], values, max, bandwidth };
}

/** Something ECharts can draw as an image: a canvas in the browser, or an image URL. */
export type DensityImage = string | HTMLCanvasElement | HTMLImageElement;

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
  /** The grid of {@link densityChartGrid} for the same items, size and kernel, when already computed. */
  grid?: DensityGrid;
  /**
   * The grid drawn as an image ({@link densityPixels} put on a canvas): one bitmap under the labels
   * instead of thousands of heatmap cells. Without it only the labels and the colour bar are drawn.
   */
  image?: DensityImage;
  labels: { title: string; subtitle?: string; density: string; low: string; high: string; weight: string };
}

const GRID = { left: 16, right: 16, top: 64, bottom: 56 };

/** Size in pixels of the plot area of a density chart of `width` x `height`. */
export function densityPlotSize(width: number, height: number): { width: number; height: number } {
  return { width: Math.max(1, width - GRID.left - GRID.right), height: Math.max(1, height - GRID.top - GRID.bottom) };
}

/** The density grid of a chart: over the items' equal-aspect extent, `columns` across, rows from the aspect ratio. */
export function densityChartGrid(data: Pick<DensityChartData, 'items' | 'width' | 'height' | 'columns' | 'kernelWidth'>): DensityGrid {
  const ranges = equalAspectRanges(data.items, data.width, data.height);
  const plot = densityPlotSize(data.width, data.height);
  const columns = Math.max(10, Math.round(data.columns ?? 120));
  const rows = Math.max(10, Math.round((columns * plot.height) / plot.width));
  return densityGrid(data.items, ranges, { columns, rows, kernelWidth: data.kernelWidth ?? DEFAULT_DENSITY_GRID.kernelWidth });
}

const hexToRgb = (hex: string): [number, number, number] => {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

/**
 * The grid as RGBA pixels, one per cell, top row (highest y) first, ready for an ImageData:
 * relative density (value / max) on the colour stops, interpolated linearly as the visualMap does.
 */
export function densityPixels(grid: DensityGrid, colors: readonly string[] = VIRIDIS): Uint8ClampedArray<ArrayBuffer> {
  const stops = colors.map(hexToRgb);
  const steps = 256;
  const table = new Uint8ClampedArray(steps * 3);
  for (let i = 0; i < steps; i++) {
    const at = (i / (steps - 1)) * (stops.length - 1);
    const low = Math.min(stops.length - 1, Math.floor(at));
    const high = Math.min(stops.length - 1, low + 1);
    const f = at - low;
    for (let k = 0; k < 3; k++) table[i * 3 + k] = Math.round(stops[low][k] + (stops[high][k] - stops[low][k]) * f);
  }
  const pixels = new Uint8ClampedArray(grid.columns * grid.rows * 4);
  const scale = grid.max > 0 ? (steps - 1) / grid.max : 0;
  for (let r = 0; r < grid.rows; r++) {
    const from = r * grid.columns;
    const to = (grid.rows - 1 - r) * grid.columns;
    for (let c = 0; c < grid.columns; c++) {
      const level = Math.min(steps - 1, Math.max(0, Math.round(grid.values[from + c] * scale)));
      const p = (to + c) * 4;
      pixels[p] = table[level * 3];
      pixels[p + 1] = table[level * 3 + 1];
      pixels[p + 2] = table[level * 3 + 2];
      pixels[p + 3] = 255;
    }
  }
  return pixels;
}

/**
 * The density view: the {@link densityGrid} drawn as one image ({@link DensityChartData.image}) under
 * the heaviest items' labels, with a viridis colour bar from low to high relative density.
 */
export function buildDensityOption(data: DensityChartData, theme: ChartTheme): EChartsOption {
  const { items, labels } = data;
  const grid = data.grid ?? densityChartGrid(data);
  const plot = densityPlotSize(data.width, data.height);
  const labelled = heaviestItems(items, data.labelCount);
  const maxWeight = items.reduce((m, item) => Math.max(m, item.weight), 0);
  const names: ScatterSeriesOption = {
    type: 'scatter',
    name: labels.weight,
    symbolSize: 4,
    z: 3,
    itemStyle: { color: '#ffffff', opacity: 0.55 },
    labelLayout: { hideOverlap: true },
    // Opaque labels: they would otherwise take the faint markers' opacity and read grey on the density.
    label: { show: true, opacity: 1, position: 'top', distance: 2, formatter: '{b}', color: '#1f2430', fontFamily: theme.fontFamily, fontWeight: 600, textBorderColor: 'rgba(255,255,255,0.85)', textBorderWidth: 3 },
    // Heaviest first, so overlap hiding keeps the heaviest labels.
    data: items
      .filter((item) => labelled.has(item.id))
      .sort((a, b) => b.weight - a.weight)
      .map((item) => ({ name: item.label.length > 32 ? `${item.label.slice(0, 31)}…` : item.label, value: [item.x, item.y, item.weight], label: { fontSize: Math.round(11 + 5 * Math.sqrt(maxWeight > 0 ? item.weight / maxWeight : 0)) } })),
    animation: false,
  };
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
    // The image covers the plot area exactly, and the value axes span the grid's extent.
    xAxis: { type: 'value', min: grid.x[0], max: grid.x[1], show: false },
    yAxis: { type: 'value', min: grid.y[0], max: grid.y[1], show: false },
    ...(data.image
      ? { graphic: [{ type: 'image', id: 'density', left: GRID.left, top: GRID.top, z: 0, silent: true, style: { image: data.image, x: 0, y: 0, width: plot.width, height: plot.height } }] }
      : {}),
    // The colour bar of the image: it colours no series (the image is coloured by densityPixels).
    visualMap: {
      type: 'continuous',
      seriesIndex: [],
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
    series: [names],
  };
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
