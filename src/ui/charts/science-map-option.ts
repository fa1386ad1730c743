import type { EChartsOption, LinesSeriesOption, ScatterSeriesOption } from 'echarts';
import type { ChartTheme } from './chart-theme';
import { VIRIDIS, clusterColor, scaleColor } from './map-colors';
import { BULK_ITEM_THRESHOLD, bulkPointSeries } from './science-map-bulk';
import type { BulkGroup } from './science-map-bulk';

export { CLUSTER_PALETTE, VIRIDIS, clusterColor } from './map-colors';

export interface MapChartItem {
  id: number;
  label: string;
  x: number;
  y: number;
  cluster: number;
  /** The weight that sizes the item (occurrences, citations or documents). */
  weight: number;
}

export interface MapChartLink {
  source: number;
  target: number;
  strength: number;
}

/** Colours items by a score (overlay visualisation) instead of by cluster. */
export interface MapColorBy {
  /** Name of the score in the legend and tooltips, e.g. "Avg. pub. year". */
  name: string;
  /** Score per item, indexed by item id; NaN when unknown (drawn grey). */
  values: readonly number[];
  /** Ends of the colour scale (see {@link scoreRange}); values beyond are drawn in the end colours. */
  range: [number, number];
  /** Decimals shown on the colour bar and in tooltips. */
  decimals: number;
  /** Series name of the items without a score. */
  unknownLabel: string;
}

export interface ScienceMapChartData {
  /** Items indexed by id (`items[i].id === i`). */
  items: readonly MapChartItem[];
  /** Links, strongest first (see {@link sortLinksByStrength}); only the first `maxLinks` are drawn. */
  linksByStrength: readonly MapChartLink[];
  clusters: readonly { id: number; label: string }[];
  maxLinks: number;
  /** Labels are offered for the heaviest items only; overlapping ones are hidden, smaller first. */
  labelCount: number;
  /** Items to bring forward (search matches, or the selected item and its neighbours); the rest fade. */
  highlight?: ReadonlySet<number>;
  selected?: number;
  /** Overlay: colour items by a score on a continuous viridis scale (default: by cluster). */
  colorBy?: MapColorBy;
  /** Pixel size of the chart, so one unit of x and y has the same length on screen. */
  width: number;
  height: number;
  labels: {
    title: string;
    subtitle?: string;
    /** Name of the weight in tooltips, e.g. "Citations". */
    weight: string;
    cluster: string;
    betweenClusters: string;
  };
}

const GRID = { left: 16, right: 16, top: 64, bottom: 52 };
const EMPTY: ReadonlySet<number> = new Set();
/** Group key of the links between clusters (cluster ids are >= 0). */
const BETWEEN = -1;
/** On crowded maps, at most this many highlighted items are drawn one by one with a label offered (the heaviest). */
export const MAX_FRONT_ITEMS = 100;
/** On crowded overlay maps, items drawn in bulk take one of this many colours of the scale. */
const COLOR_STEPS = 16;
/**
 * The strongest links, drawn at once in their cluster's colour (as many as the map draws by
 * default); weaker ones are drawn grey, LINKS_PER_FRAME a frame.
 */
export const COLORED_LINKS = 3000;
export const LINKS_PER_FRAME = 2500;
/** Group key and series name of the links beyond the strongest COLORED_LINKS. */
const WEAKER = -2;
export const WEAKER_LINKS = 'weaker links';
/**
 * Links sit on their own canvas layer under the items' layer, so hovering an item, or restyling
 * the items (search, selection), repaints the items only, not tens of thousands of links.
 */
const LINK_ZLEVEL = 0;
const ITEM_ZLEVEL = 1;

/** Number of links in a lines series whose data is flat coordinates of two-point lines (see {@link buildScienceMapOption}). */
export const flatLineCount = (data: unknown): number => (ArrayBuffer.isView(data) ? (data as Float64Array).length / 5 : Array.isArray(data) ? data.length : 0);

/** Links sorted strongest first (ties by source, target), without touching the input. */
export function sortLinksByStrength<T extends MapChartLink>(links: readonly T[]): T[] {
  return [...links].sort((a, b) => b.strength - a.strength || a.source - b.source || a.target - b.target);
}

/** Symbol diameters in pixels: area proportional to weight (sqrt scale), smaller on crowded maps. */
export function symbolSizes(weights: readonly number[]): Float64Array {
  const n = weights.length;
  const max = weights.reduce((m, w) => Math.max(m, w), 0);
  const largest = n > 2000 ? 20 : n > 500 ? 28 : n > 100 ? 36 : 44;
  const smallest = n > 2000 ? 3 : 5;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = max > 0 ? smallest + (largest - smallest) * Math.sqrt(Math.max(0, weights[i]) / max) : smallest;
  return out;
}

// Sorting 5,000 labels takes tens of milliseconds: done once per items array, not on every keystroke of a search.
const HEAVIEST_FIRST = new WeakMap<readonly MapChartItem[], readonly number[]>();

/** Item ids, heaviest first (ties by label), computed once per items array. */
export function heaviestFirst(items: readonly MapChartItem[]): readonly number[] {
  let order = HEAVIEST_FIRST.get(items);
  if (!order) {
    order = [...items].sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label)).map((item) => item.id);
    HEAVIEST_FIRST.set(items, order);
  }
  return order;
}

/** Ids of the `count` heaviest items (ties by label). */
export function heaviestItems(items: readonly MapChartItem[], count: number): Set<number> {
  return new Set(heaviestFirst(items).slice(0, Math.max(0, count)));
}

/** Axis ranges that hold every item with a margin and keep x and y on the same scale. */
export function equalAspectRanges(items: readonly MapChartItem[], width: number, height: number): { x: [number, number]; y: [number, number] } {
  if (items.length === 0) return { x: [-1, 1], y: [-1, 1] };
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const { x, y } of items) {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  const gridW = Math.max(1, width - GRID.left - GRID.right);
  const gridH = Math.max(1, height - GRID.top - GRID.bottom);
  const aspect = gridW / gridH;
  let spanX = Math.max(maxX - minX, 1e-9) * 1.2;
  let spanY = Math.max(maxY - minY, 1e-9) * 1.12;
  if (spanX / spanY > aspect) spanY = spanX / aspect;
  else spanX = spanY * aspect;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  return { x: [cx - spanX / 2, cx + spanX / 2], y: [cy - spanY / 2, cy + spanY / 2] };
}

/**
 * Ends of a colour scale for scores: the `clip` and `1 - clip` quantiles of the known values (so a
 * few outliers do not wash out the rest), widened when all values are equal. [0, 1] when none is known.
 */
export function scoreRange(values: readonly number[], clip = 0.02): [number, number] {
  const known = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (known.length === 0) return [0, 1];
  const at = (q: number): number => known[Math.min(known.length - 1, Math.max(0, Math.round(q * (known.length - 1))))];
  let low = at(clip);
  let high = at(1 - clip);
  if (!(high > low)) {
    low = known[0];
    high = known[known.length - 1];
  }
  if (!(high > low)) return [low - 0.5, high + 0.5];
  return [low, high];
}

const truncate = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Legend and series name of a cluster: its number and label. */
export const clusterName = (cluster: { id: number; label: string }): string => `${cluster.id + 1} · ${truncate(cluster.label, 32)}`;

/** Builds the ECharts option of a science map: items as scatter points, links as large line series. */
export function buildScienceMapOption(data: ScienceMapChartData, theme: ChartTheme): EChartsOption {
  const { items, clusters, labels } = data;
  const highlight = data.highlight ?? EMPTY;
  const isFocused = highlight.size > 0;
  const sizes = symbolSizes(items.map((item) => item.weight));
  const labelled = heaviestItems(items, data.labelCount);
  const ranges = equalAspectRanges(items, data.width, data.height);
  const names = new Map(clusters.map((cluster) => [cluster.id, clusterName(cluster)]));
  const nameOf = (cluster: number): string => names.get(cluster) ?? `${cluster + 1}`;

  // Drawn links: the strongest `maxLinks`, within-cluster links in the cluster colour, the rest grey.
  // Each series gets its links as one flat typed array ([2, x1, y1, x2, y2, 2, ...]): no object per
  // link, and ECharts draws them as one path (large mode) instead of one element per line.
  // Beyond the strongest COLORED_LINKS, links are drawn grey in one series over several frames
  // (ECharts' progressive rendering, LINKS_PER_FRAME a frame), so that zooming a map with 50,000
  // links drawn never blocks the page for long; one such series keeps it to one extra canvas layer.
  const drawnCount = Math.min(data.linksByStrength.length, Math.max(0, Math.floor(data.maxLinks)));
  const groupOf = (a: MapChartItem, b: MapChartItem, rank: number): number => (rank >= COLORED_LINKS ? WEAKER : a.cluster === b.cluster && !data.colorBy ? a.cluster : BETWEEN);
  const counts = new Map<number, number>();
  let selectedCount = 0;
  for (let i = 0; i < drawnCount; i++) {
    const link = data.linksByStrength[i];
    const a = items[link.source];
    const b = items[link.target];
    if (!a || !b) continue;
    const group = groupOf(a, b, i);
    counts.set(group, (counts.get(group) ?? 0) + 1);
    if (data.selected !== undefined && (link.source === data.selected || link.target === data.selected)) selectedCount++;
  }
  const buffers = new Map<number, { coords: Float64Array; at: number }>();
  for (const [group, count] of counts) buffers.set(group, { coords: new Float64Array(count * 5), at: 0 });
  const selectedLinks = { coords: new Float64Array(selectedCount * 5), at: 0 };
  const put = (buffer: { coords: Float64Array; at: number }, a: MapChartItem, b: MapChartItem) => {
    const { coords } = buffer;
    let at = buffer.at;
    coords[at++] = 2;
    coords[at++] = a.x;
    coords[at++] = a.y;
    coords[at++] = b.x;
    coords[at++] = b.y;
    buffer.at = at;
  };
  for (let i = 0; i < drawnCount; i++) {
    const link = data.linksByStrength[i];
    const a = items[link.source];
    const b = items[link.target];
    if (!a || !b) continue;
    const buffer = buffers.get(groupOf(a, b, i));
    if (buffer) put(buffer, a, b);
    if (data.selected !== undefined && (link.source === data.selected || link.target === data.selected)) put(selectedLinks, a, b);
  }
  let linkCount = 0;
  for (const count of counts.values()) linkCount += count;
  // A series is stroked as one path, so overlapping links do not darken each other: a little more opaque.
  const linkOpacity = (isFocused ? 0.35 : 1) * (linkCount > 5000 ? 0.2 : linkCount > 1500 ? 0.3 : 0.42);
  const linkWidth = linkCount > 5000 ? 0.5 : 0.9;
  const linkSeries = (name: string, coords: Float64Array, color: string, opacity: number, width: number, z: number, isProgressive = false): LinesSeriesOption => ({
    type: 'lines',
    name,
    coordinateSystem: 'cartesian2d',
    // ECharts reads flat coordinates from a typed array (the option type only knows arrays of items).
    data: coords as unknown as LinesSeriesOption['data'],
    // Always one path per series.
    large: true,
    largeThreshold: 0,
    progressive: isProgressive ? LINKS_PER_FRAME : 0,
    progressiveThreshold: isProgressive ? 0 : Number.MAX_SAFE_INTEGER,
    silent: true,
    z,
    zlevel: LINK_ZLEVEL,
    lineStyle: { color, opacity, width, curveness: 0.15 },
    animation: false,
  });

  const series: (ScatterSeriesOption | LinesSeriesOption)[] = [];
  const weaker = buffers.get(WEAKER);
  if (weaker) series.push(linkSeries(WEAKER_LINKS, weaker.coords, theme.axisLine, linkOpacity, linkWidth, 0, true));
  const between = buffers.get(BETWEEN);
  if (between) series.push(linkSeries(labels.betweenClusters, between.coords, theme.axisLine, linkOpacity, linkWidth, 1));
  for (const cluster of clusters) {
    const buffer = buffers.get(cluster.id);
    if (buffer) series.push(linkSeries(nameOf(cluster.id), buffer.coords, clusterColor(cluster.id), linkOpacity, linkWidth, 1));
  }
  if (selectedCount > 0) series.push(linkSeries('selected', selectedLinks.coords, theme.text, 0.7, 1.4, 2));

  // Crowded maps draw most items in bulk (science-map-bulk.ts); these few are drawn one by one on
  // top, with their labels and hover emphasis: the selection, then the heaviest highlighted items
  // (or, without a highlight, the heaviest items), at most MAX_FRONT_ITEMS.
  const isCrowded = items.length > BULK_ITEM_THRESHOLD;
  const front = new Set<number>();
  if (isCrowded) {
    if (data.selected !== undefined && items[data.selected]) front.add(data.selected);
    const limit = isFocused ? MAX_FRONT_ITEMS : Math.min(MAX_FRONT_ITEMS, data.labelCount);
    let offered = 0;
    for (const id of heaviestFirst(items)) {
      if (offered >= limit) break;
      if (isFocused && !highlight.has(id)) continue;
      front.add(id);
      offered++;
    }
  }
  const isFaded = (item: MapChartItem): boolean => isFocused && !highlight.has(item.id) && item.id !== data.selected;
  const pointStyle = { opacity: 0.9, fadedOpacity: 0.12, borderColor: '#ffffff', borderWidth: 0.6 };

  const point = (item: MapChartItem, extra: number[] = [], color?: string) => {
    const isHighlighted = highlight.has(item.id);
    const isSelected = item.id === data.selected;
    const faded = isFaded(item);
    const size = sizes[item.id];
    const showLabel = isSelected || isHighlighted || (!isFocused && labelled.has(item.id));
    const itemStyle = { ...(color ? { color } : {}), ...(faded ? { opacity: pointStyle.fadedOpacity } : {}), ...(isSelected ? { borderColor: theme.text, borderWidth: 2.5, opacity: 1 } : {}) };
    return {
      name: truncate(item.label, 40),
      value: [item.x, item.y, size, item.id, item.weight, ...extra],
      symbolSize: size,
      ...(Object.keys(itemStyle).length > 0 ? { itemStyle } : {}),
      ...(showLabel ? { label: { show: true, fontSize: Math.round(Math.min(15, Math.max(10.5, 9 + size / 5))), fontWeight: isSelected || isHighlighted ? 700 : 500 } } : {}),
    };
  };
  const scatter = (name: string, color: string, members: readonly MapChartItem[], extra?: (item: MapChartItem) => number[], colorOf?: (item: MapChartItem) => string): ScatterSeriesOption => ({
    type: 'scatter',
    name,
    coordinateSystem: 'cartesian2d',
    z: isCrowded ? 4 : 3,
    zlevel: ITEM_ZLEVEL,
    large: false,
    progressive: 1000,
    progressiveThreshold: 3000,
    animation: false,
    itemStyle: { color, opacity: pointStyle.opacity, borderColor: pointStyle.borderColor, borderWidth: pointStyle.borderWidth },
    emphasis: { scale: 1.15, itemStyle: { borderColor: theme.text, borderWidth: 1.5 } },
    labelLayout: { hideOverlap: true },
    label: {
      show: false,
      position: 'inside',
      formatter: '{b}',
      color: theme.text,
      fontFamily: theme.fontFamily,
      textBorderColor: '#ffffff',
      textBorderWidth: 2.5,
    },
    // Light items first so heavy ones are drawn on top.
    data: [...members].sort((a, b) => a.weight - b.weight).map((item) => point(item, extra?.(item), colorOf?.(item))),
  });
  const bulk = (groupOf: (item: MapChartItem) => number, groups: ReadonlyMap<number, BulkGroup>, extra?: (item: MapChartItem) => number[]) =>
    bulkPointSeries({ items, sizes, skip: front, groupOf, groups, isFaded, extra, style: pointStyle, z: 3, zlevel: ITEM_ZLEVEL });

  const colorBy = data.colorBy;
  let visualMap: EChartsOption['visualMap'];
  if (colorBy) {
    const isKnown = (item: MapChartItem): boolean => Number.isFinite(colorBy.values[item.id]);
    // Scores beyond the scale are clamped to its ends (the tooltip still reads the true value).
    const [low, high] = colorBy.range;
    const clamped = (item: MapChartItem): number[] => [Math.min(high, Math.max(low, colorBy.values[item.id]))];
    if (isCrowded) {
      // A large series has one colour: items fall in COLOR_STEPS steps of the scale (the ones drawn
      // one by one keep their exact colour); the colour bar then colours no series itself.
      const stepOf = (item: MapChartItem): number => (isKnown(item) ? Math.min(COLOR_STEPS - 1, Math.floor(((clamped(item)[0] - low) / (high - low || 1)) * COLOR_STEPS)) : -1);
      const groups = new Map<number, BulkGroup>([[-1, { name: colorBy.unknownLabel, color: theme.axisLine }]]);
      for (let step = 0; step < COLOR_STEPS; step++) groups.set(step, { name: colorBy.name, color: scaleColor((step + 0.5) / COLOR_STEPS) });
      series.push(...bulk(stepOf, groups, (item) => (isKnown(item) ? clamped(item) : [])));
      const shown = items.filter((item) => front.has(item.id));
      const unknownFront = shown.filter((item) => !isKnown(item));
      if (unknownFront.length > 0) series.push(scatter(colorBy.unknownLabel, theme.axisLine, unknownFront));
      const knownFront = shown.filter(isKnown);
      if (knownFront.length > 0) series.push(scatter(colorBy.name, VIRIDIS[4], knownFront, clamped, (item) => scaleColor((clamped(item)[0] - low) / (high - low || 1))));
    } else {
      const unknown = items.filter((item) => !isKnown(item));
      if (unknown.length > 0) series.push(scatter(colorBy.unknownLabel, theme.axisLine, unknown));
      series.push(scatter(colorBy.name, VIRIDIS[4], items.filter(isKnown), clamped));
    }
    visualMap = {
      type: 'continuous',
      seriesIndex: isCrowded ? [] : series.length - 1,
      dimension: 5,
      min: colorBy.range[0],
      max: colorBy.range[1],
      precision: colorBy.decimals,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 8,
      itemWidth: 12,
      itemHeight: 220,
      text: [colorBy.range[1].toFixed(colorBy.decimals), colorBy.range[0].toFixed(colorBy.decimals)],
      inRange: { color: [...VIRIDIS] },
      textStyle: { color: theme.textSecondary, fontSize: 12, fontFamily: theme.fontFamily },
    };
  } else if (isCrowded) {
    series.push(...bulk((item) => item.cluster, new Map(clusters.map((cluster) => [cluster.id, { name: nameOf(cluster.id), color: clusterColor(cluster.id) }]))));
    const byCluster = new Map<number, MapChartItem[]>();
    for (const id of front) {
      const item = items[id];
      const list = byCluster.get(item.cluster) ?? [];
      list.push(item);
      byCluster.set(item.cluster, list);
    }
    for (const cluster of clusters) {
      const members = byCluster.get(cluster.id);
      if (members) series.push(scatter(nameOf(cluster.id), clusterColor(cluster.id), members));
    }
  } else {
    const byCluster = new Map<number, MapChartItem[]>();
    for (const item of items) {
      const list = byCluster.get(item.cluster) ?? [];
      list.push(item);
      byCluster.set(item.cluster, list);
    }
    for (const cluster of clusters) series.push(scatter(nameOf(cluster.id), clusterColor(cluster.id), byCluster.get(cluster.id) ?? []));
  }

  const legendNames = clusters.map((cluster) => nameOf(cluster.id));
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
    xAxis: { type: 'value', min: ranges.x[0], max: ranges.x[1], show: false, scale: true },
    yAxis: { type: 'value', min: ranges.y[0], max: ranges.y[1], show: false, scale: true },
    dataZoom: [
      { type: 'inside', xAxisIndex: 0, filterMode: 'none' },
      { type: 'inside', yAxisIndex: 0, filterMode: 'none' },
    ],
    ...(visualMap ? { visualMap } : {}),
    legend: {
      show: !colorBy,
      type: 'scroll',
      bottom: 10,
      left: 'center',
      data: legendNames,
      icon: 'circle',
      itemWidth: 10,
      itemHeight: 10,
      textStyle: { color: theme.textSecondary, fontSize: 12, fontFamily: theme.fontFamily },
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: unknown) => {
        const { value, seriesName } = params as { value?: unknown; seriesName?: string };
        if (!Array.isArray(value)) return '';
        const item = items[Number(value[3])];
        if (!item) return '';
        const score = colorBy && Number.isFinite(colorBy.values[item.id]) ? `<br/>${escapeHtml(colorBy.name)}: ${colorBy.values[item.id].toFixed(colorBy.decimals)}` : '';
        const cluster = colorBy ? nameOf(item.cluster) : (seriesName ?? '');
        return `<b>${escapeHtml(item.label)}</b><br/>${escapeHtml(labels.cluster)}: ${escapeHtml(cluster)}<br/>${escapeHtml(labels.weight)}: ${item.weight}${score}`;
      },
    },
    series,
  };
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
