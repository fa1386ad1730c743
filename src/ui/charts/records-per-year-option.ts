import type { EChartsOption } from 'echarts';
import type { ChartTheme } from './chart-theme';

export interface RecordsPerYearData {
  years: readonly { year: number; publications: number; patents: number }[];
  /** Already translated texts: the builder knows nothing about languages. */
  labels: { title: string; axisYear: string; axisCount: string; publications: string; patents: string };
}

/**
 * Stacked bars of publications and patents per year. A series with no records is left out, and
 * the legend appears only when there are two series to tell apart.
 */
export function buildRecordsPerYearOption(data: RecordsPerYearData, theme: ChartTheme): EChartsOption {
  const { years, labels } = data;
  const series = [
    { name: labels.publications, values: years.map((entry) => entry.publications), color: theme.series[0] },
    { name: labels.patents, values: years.map((entry) => entry.patents), color: theme.series[1] },
  ].filter((entry) => entry.values.some((value) => value > 0));
  const hasLegend = series.length > 1;
  const textStyle = { fontFamily: theme.fontFamily, color: theme.text };
  return {
    backgroundColor: theme.background,
    textStyle,
    animationDuration: 400,
    title: { text: labels.title, left: 8, top: 6, textStyle: { ...textStyle, fontSize: 15, fontWeight: 600 } },
    legend: hasLegend ? { show: true, top: 8, right: 12, itemWidth: 12, itemHeight: 12, textStyle: { ...textStyle, color: theme.textSecondary } } : { show: false },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 16, right: 20, top: 64, bottom: 44, containLabel: true },
    xAxis: {
      type: 'category',
      name: labels.axisYear,
      nameLocation: 'middle',
      nameGap: 30,
      nameTextStyle: { color: theme.textSecondary },
      data: years.map((entry) => String(entry.year)),
      axisLine: { lineStyle: { color: theme.axisLine } },
      axisTick: { alignWithLabel: true },
      axisLabel: { color: theme.textSecondary, hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      name: labels.axisCount,
      nameLocation: 'end',
      nameGap: 14,
      nameTextStyle: { color: theme.textSecondary, align: 'left' },
      minInterval: 1,
      axisLabel: { color: theme.textSecondary },
      splitLine: { lineStyle: { color: theme.gridLine } },
    },
    series: series.map((entry) => ({
      type: 'bar' as const,
      name: entry.name,
      stack: 'records',
      data: entry.values,
      itemStyle: { color: entry.color, borderRadius: series.length > 1 ? 0 : [3, 3, 0, 0] },
      barMaxWidth: 36,
      emphasis: { focus: 'series' as const },
    })),
  };
}
