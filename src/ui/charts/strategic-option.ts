/**
 * The strategic diagram (Callon, Courtial & Laville 1991; Cobo et al. 2011, SciMAT; bibliometrix
 * `thematicMap`): each cluster placed by its centrality (links to other clusters, x) and density
 * (links within, y), the plane cut at the medians into four quadrants of themes.
 */
import type { EChartsOption, ScatterSeriesOption } from 'echarts';
import type { ChartTheme } from './chart-theme';
import { clusterColor, clusterName } from './science-map-option';

export type QuadrantName = 'motor' | 'niche' | 'emerging-or-declining' | 'basic';

export interface StrategicChartData {
  clusters: readonly { id: number; label: string; size: number; centrality: number; density: number; quadrant: QuadrantName }[];
  labels: { title: string; subtitle?: string; centrality: string; density: string; size: string; quadrants: Record<QuadrantName, string> };
}

/** The median of a list (mean of the two middle values for even lengths); 0 when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Axis range around the values and the median cut, padded so bubbles and quadrant names fit. */
export function paddedRange(values: readonly number[], cut: number): [number, number] {
  const low = Math.min(cut, ...values);
  const high = Math.max(cut, ...values);
  const span = high - low || Math.abs(cut) || 1;
  return [low - span * 0.2, high + span * 0.2];
}

const QUADRANT_COLORS: Record<QuadrantName, string> = { motor: 'rgba(89,161,79,0.06)', niche: 'rgba(78,121,167,0.06)', 'emerging-or-declining': 'rgba(225,87,89,0.05)', basic: 'rgba(242,142,43,0.06)' };

/** Bubbles per cluster (area proportional to size), median lines, quadrant names in the corners. */
export function buildStrategicOption(data: StrategicChartData, theme: ChartTheme): EChartsOption {
  const { clusters, labels } = data;
  const cx = median(clusters.map((c) => c.centrality));
  const cy = median(clusters.map((c) => c.density));
  const [x0, x1] = paddedRange(clusters.map((c) => c.centrality), cx);
  const [y0, y1] = paddedRange(clusters.map((c) => c.density), cy);
  const maxSize = clusters.reduce((m, c) => Math.max(m, c.size), 0);
  const textStyle = { fontFamily: theme.fontFamily, color: theme.text };
  const areaLabel = (position: 'insideTopRight' | 'insideTopLeft' | 'insideBottomLeft' | 'insideBottomRight') => ({ show: true, position, color: theme.textSecondary, fontSize: 13, fontWeight: 600 as const, fontFamily: theme.fontFamily });
  const quadrants: [QuadrantName, [number, number], [number, number], 'insideTopRight' | 'insideTopLeft' | 'insideBottomLeft' | 'insideBottomRight'][] = [
    ['motor', [cx, cy], [x1, y1], 'insideTopRight'],
    ['niche', [x0, cy], [cx, y1], 'insideTopLeft'],
    ['emerging-or-declining', [x0, y0], [cx, cy], 'insideBottomLeft'],
    ['basic', [cx, y0], [x1, cy], 'insideBottomRight'],
  ];
  const bubbles: ScatterSeriesOption = {
    type: 'scatter',
    name: labels.size,
    data: clusters.map((c) => ({
      name: clusterName(c),
      value: [c.centrality, c.density, c.size, c.id],
      symbolSize: maxSize > 0 ? 14 + 46 * Math.sqrt(c.size / maxSize) : 14,
      itemStyle: { color: clusterColor(c.id), opacity: 0.78, borderColor: '#ffffff', borderWidth: 1 },
    })),
    label: { show: true, position: 'top', formatter: '{b}', color: theme.text, fontSize: 12, fontFamily: theme.fontFamily, textBorderColor: '#ffffff', textBorderWidth: 2.5 },
    labelLayout: { hideOverlap: true },
    z: 3,
    markLine: {
      silent: true,
      symbol: 'none',
      label: { show: false },
      lineStyle: { color: theme.textSecondary, type: 'dashed', width: 1 },
      data: [{ xAxis: cx }, { yAxis: cy }],
    },
    markArea: {
      silent: true,
      data: quadrants.map(([name, from, to, position]) => [
        { name: labels.quadrants[name], coord: from, itemStyle: { color: QUADRANT_COLORS[name] }, label: areaLabel(position) },
        { coord: to },
      ]),
    },
  };
  return {
    backgroundColor: theme.background,
    textStyle,
    animation: false,
    title: { text: labels.title, subtext: labels.subtitle, left: 8, top: 6, textStyle: { ...textStyle, fontSize: 15, fontWeight: 600 }, subtextStyle: { color: theme.textSecondary, fontSize: 12 } },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: unknown) => {
        const { name, value, componentType } = params as { name?: string; value?: unknown; componentType?: string };
        if (componentType !== 'series' || !Array.isArray(value)) return '';
        const f = (v: unknown) => Number(v).toFixed(2);
        return `<b>${escapeHtml(name ?? '')}</b><br/>${escapeHtml(labels.centrality)}: ${f(value[0])}<br/>${escapeHtml(labels.density)}: ${f(value[1])}<br/>${escapeHtml(labels.size)}: ${String(value[2])}`;
      },
    },
    grid: { left: 24, right: 28, top: 72, bottom: 48, containLabel: true },
    xAxis: {
      type: 'value',
      name: labels.centrality,
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: { color: theme.textSecondary },
      min: x0,
      max: x1,
      axisLabel: { color: theme.textSecondary, showMinLabel: false, showMaxLabel: false, formatter: (v: number) => formatTick(v) },
      axisLine: { lineStyle: { color: theme.axisLine } },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      name: labels.density,
      nameLocation: 'middle',
      nameGap: 44,
      nameTextStyle: { color: theme.textSecondary },
      min: y0,
      max: y1,
      axisLabel: { color: theme.textSecondary, showMinLabel: false, showMaxLabel: false, formatter: (v: number) => formatTick(v) },
      axisLine: { lineStyle: { color: theme.axisLine } },
      splitLine: { show: false },
    },
    series: [bubbles],
  };
}

const formatTick = (v: number): string => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(1) : v.toFixed(2));
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
