import type { EChartsOption, LineSeriesOption } from 'echarts';
import type { ChartTheme } from './chart-theme';
import { clusterColor, clusterName } from './science-map-option';

export interface ClusterTimelineData {
  clusters: readonly { id: number; label: string; timeline: readonly { year: number; documents: number }[] }[];
  /** Stacked areas (the clusters' shares of the total) or one line per cluster. */
  stacked: boolean;
  labels: { title: string; subtitle?: string; axisYear: string; axisDocuments: string };
}

/** Every year from the first to the last year of any cluster (empty years included, as 0). */
export function timelineYears(clusters: ClusterTimelineData['clusters']): number[] {
  let first = Infinity;
  let last = -Infinity;
  for (const cluster of clusters) {
    for (const { year } of cluster.timeline) {
      if (year < first) first = year;
      if (year > last) last = year;
    }
  }
  if (first > last) return [];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Documents per year behind each cluster, as lines (or stacked areas) in the cluster colours. */
export function buildClusterTimelineOption(data: ClusterTimelineData, theme: ChartTheme): EChartsOption {
  const { labels } = data;
  const years = timelineYears(data.clusters);
  const textStyle = { fontFamily: theme.fontFamily, color: theme.text };
  const series: LineSeriesOption[] = data.clusters.map((cluster) => {
    const byYear = new Map(cluster.timeline.map((entry) => [entry.year, entry.documents]));
    const color = clusterColor(cluster.id);
    return {
      type: 'line',
      name: clusterName(cluster),
      data: years.map((year) => byYear.get(year) ?? 0),
      ...(data.stacked ? { stack: 'documents', areaStyle: { color, opacity: 0.75 } } : { areaStyle: { color, opacity: 0.08 } }),
      lineStyle: { color, width: data.stacked ? 1 : 2 },
      itemStyle: { color },
      symbol: 'circle',
      symbolSize: data.stacked ? 0 : 5,
      showSymbol: !data.stacked && years.length <= 30,
      emphasis: { focus: 'series' },
    };
  });
  return {
    backgroundColor: theme.background,
    textStyle,
    animationDuration: 300,
    title: { text: labels.title, subtext: labels.subtitle, left: 8, top: 6, textStyle: { ...textStyle, fontSize: 15, fontWeight: 600 }, subtextStyle: { color: theme.textSecondary, fontSize: 12 } },
    legend: { type: 'scroll', bottom: 6, left: 'center', icon: 'circle', itemWidth: 10, itemHeight: 10, textStyle: { color: theme.textSecondary, fontSize: 12 } },
    tooltip: { trigger: 'axis', confine: true, order: 'valueDesc' },
    grid: { left: 16, right: 24, top: 78, bottom: 64, containLabel: true },
    xAxis: {
      type: 'category',
      name: labels.axisYear,
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: { color: theme.textSecondary },
      boundaryGap: false,
      data: years.map(String),
      axisLine: { lineStyle: { color: theme.axisLine } },
      axisLabel: { color: theme.textSecondary, hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      name: labels.axisDocuments,
      nameLocation: 'end',
      nameGap: 14,
      nameTextStyle: { color: theme.textSecondary, align: 'left' },
      minInterval: 1,
      axisLabel: { color: theme.textSecondary },
      splitLine: { lineStyle: { color: theme.gridLine } },
    },
    series,
  };
}
