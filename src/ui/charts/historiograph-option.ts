/**
 * The historiograph chart (Garfield's HistCite; bibliometrix `histPlot`): the most locally cited
 * documents, one column per publication year, an arrow from each citing document to the document
 * it cites, nodes sized by local citations. Positions come from `domain/history/historiograph`.
 */
import type { EChartsOption, GraphSeriesOption } from 'echarts';
import type { ChartTheme } from './chart-theme';

export interface HistoriographChartData {
  nodes: readonly { label: string; fullLabel: string; title: string; year: number; y: number; column: number; localCitations: number; globalCitations: number }[];
  /** Citing node index -> cited node index. */
  links: readonly { from: number; to: number }[];
  years: readonly number[];
  labels: { title: string; subtitle?: string; axisYear: string; localCitations: string; globalCitations: string };
}

/** Node diameters in pixels: area proportional to local citations. */
export function nodeSizes(localCitations: readonly number[]): number[] {
  const max = localCitations.reduce((m, v) => Math.max(m, v), 0);
  return localCitations.map((v) => (max > 0 ? 8 + 26 * Math.sqrt(Math.max(0, v) / max) : 8));
}

export function buildHistoriographOption(data: HistoriographChartData, theme: ChartTheme): EChartsOption {
  const { nodes, labels } = data;
  const sizes = nodeSizes(nodes.map((n) => n.localCitations));
  let yMin = 0;
  let yMax = 0;
  for (const n of nodes) {
    if (n.y < yMin) yMin = n.y;
    if (n.y > yMax) yMax = n.y;
  }
  const textStyle = { fontFamily: theme.fontFamily, color: theme.text };
  const color = theme.series[0] ?? '#4e79a7';
  const graph: GraphSeriesOption = {
    type: 'graph',
    coordinateSystem: 'cartesian2d',
    layout: 'none',
    roam: false,
    edgeSymbol: ['none', 'arrow'],
    edgeSymbolSize: [0, 7],
    data: nodes.map((n, i) => ({
      name: n.label,
      value: [n.column, n.y],
      symbolSize: sizes[i],
      // Labels above the nodes in even columns and below in odd ones, so neighbouring columns never collide.
      label: { position: n.column % 2 === 0 ? ('top' as const) : ('bottom' as const) },
      itemStyle: { color, borderColor: '#ffffff', borderWidth: 1 },
      tooltip: {
        formatter: `<b>${escapeHtml(n.fullLabel)}</b><br/>${escapeHtml(n.title.length > 90 ? `${n.title.slice(0, 89)}…` : n.title)}<br/>${escapeHtml(labels.localCitations)}: ${n.localCitations} · ${escapeHtml(labels.globalCitations)}: ${n.globalCitations}`,
      },
    })),
    links: data.links.map((link) => ({ source: link.from, target: link.to })),
    lineStyle: { color: theme.axisLine, width: 1, opacity: 0.9, curveness: 0.12 },
    label: { show: true, position: 'top', distance: 3, formatter: '{b}', color: theme.text, fontSize: 11, fontFamily: theme.fontFamily, textBorderColor: '#ffffff', textBorderWidth: 2 },
    labelLayout: { hideOverlap: true },
    emphasis: { focus: 'adjacency', lineStyle: { width: 2, color: theme.text } },
    z: 3,
  };
  return {
    backgroundColor: theme.background,
    textStyle,
    animation: false,
    title: { text: labels.title, subtext: labels.subtitle, left: 8, top: 6, textStyle: { ...textStyle, fontSize: 15, fontWeight: 600 }, subtextStyle: { color: theme.textSecondary, fontSize: 12 } },
    tooltip: { trigger: 'item', confine: true },
    grid: { left: 40, right: 40, top: 72, bottom: 48, containLabel: true },
    xAxis: {
      type: 'category',
      name: labels.axisYear,
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: { color: theme.textSecondary },
      data: data.years.map(String),
      boundaryGap: true,
      axisLine: { lineStyle: { color: theme.axisLine } },
      axisLabel: { color: theme.textSecondary, hideOverlap: true },
      splitLine: { show: true, lineStyle: { color: theme.gridLine } },
    },
    yAxis: { type: 'value', min: yMin - 0.9, max: yMax + 0.9, show: false },
    series: [graph],
  };
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
