/**
 * Thematic evolution as a Sankey diagram (Cobo et al. 2011; bibliometrix `plotThematicEvolution`):
 * one column per period, one node per theme (sized by its items' occurrences), and flows between
 * themes of consecutive periods weighted by the inclusion index (or the index chosen).
 */
import type { EChartsOption, SankeySeriesOption } from 'echarts';
import type { ChartTheme } from './chart-theme';
import { clusterColor } from './science-map-option';

export interface EvolutionChartData {
  periods: readonly { label: string; themes: readonly { id: number; label: string; weight: number }[] }[];
  links: readonly { fromPeriod: number; fromCluster: number; toPeriod: number; toCluster: number; weight: number; sharedKeys: readonly string[] }[];
  labels: { title: string; subtitle?: string };
}

/** The node name of a theme: unique across periods (ECharts Sankey identifies nodes by name). */
export const themeNodeName = (periodLabel: string, themeLabel: string): string => `${themeLabel} (${periodLabel})`;

/** The theme part of a node name ("risk (2018-2021)" -> "risk"). */
export const themeLabelOf = (nodeName: string): string => nodeName.replace(/ \([^()]*\)$/, '');

/** Sankey nodes in period columns (depth), coloured by theme rank within the period, and the flows. */
export function buildEvolutionOption(data: EvolutionChartData, theme: ChartTheme): EChartsOption {
  const nodes: NonNullable<SankeySeriesOption['data']> = [];
  data.periods.forEach((period, depth) =>
    period.themes.forEach((t) => nodes.push({ name: themeNodeName(period.label, t.label), depth, value: t.weight, itemStyle: { color: clusterColor(t.id) } })),
  );
  const nameOf = (period: number, cluster: number): string | undefined => {
    const p = data.periods[period];
    const t = p?.themes.find((x) => x.id === cluster);
    return p && t ? themeNodeName(p.label, t.label) : undefined;
  };
  const links: NonNullable<SankeySeriesOption['links']> = [];
  for (const l of data.links) {
    const source = nameOf(l.fromPeriod, l.fromCluster);
    const target = nameOf(l.toPeriod, l.toCluster);
    if (source && target && l.weight > 0) links.push({ source, target, value: l.weight, lineStyle: { opacity: 0.35 }, emphasis: { lineStyle: { opacity: 0.6 } } });
  }
  const textStyle = { fontFamily: theme.fontFamily, color: theme.text };
  return {
    animation: false,
    textStyle,
    title: { text: data.labels.title, subtext: data.labels.subtitle, left: 12, top: 8, textStyle: { ...textStyle, fontSize: 15, fontWeight: 600 }, subtextStyle: { color: theme.textSecondary } },
    tooltip: { trigger: 'item', confine: true },
    series: [
      {
        type: 'sankey',
        top: 72,
        bottom: 24,
        left: 16,
        right: 190,
        nodeAlign: 'justify',
        nodeGap: 12,
        draggable: false,
        layoutIterations: 32,
        data: nodes,
        links,
        lineStyle: { color: 'gradient', curveness: 0.5 },
        // Columns are periods: the label shows the theme only (the period is in the tooltip).
        label: { color: theme.text, fontFamily: theme.fontFamily, fontSize: 12, width: 180, overflow: 'truncate', formatter: (params: { name: string }) => themeLabelOf(params.name) },
        emphasis: { focus: 'adjacency' },
      },
    ],
  };
}
