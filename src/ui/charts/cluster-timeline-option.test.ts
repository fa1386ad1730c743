import { describe, expect, it } from 'vitest';
import type { LineSeriesOption } from 'echarts';
import { DEFAULT_CHART_THEME } from './chart-theme';
import { buildClusterTimelineOption, timelineYears } from './cluster-timeline-option';
import { clusterColor } from './science-map-option';

const clusters = [
  { id: 0, label: 'bibliometrics', timeline: [{ year: 2010, documents: 2 }, { year: 2013, documents: 5 }] },
  { id: 1, label: 'altmetrics', timeline: [{ year: 2012, documents: 1 }] },
];
const labels = { title: 'Timeline', axisYear: 'Year', axisDocuments: 'Documents' };

describe('buildClusterTimelineOption', () => {
  it('fills every year between the first and last, zero where a cluster has none', () => {
    expect(timelineYears(clusters)).toEqual([2010, 2011, 2012, 2013]);
    expect(timelineYears([])).toEqual([]);
    const option = buildClusterTimelineOption({ clusters, stacked: false, labels }, DEFAULT_CHART_THEME);
    const series = option.series as LineSeriesOption[];
    expect(series.map((s) => s.data)).toEqual([[2, 0, 0, 5], [0, 0, 1, 0]]);
    expect(series.map((s) => s.name)).toEqual(['1 · bibliometrics', '2 · altmetrics']);
    expect(series.map((s) => (s.lineStyle as { color: string }).color)).toEqual([clusterColor(0), clusterColor(1)]);
    expect(series.every((s) => s.stack === undefined)).toBe(true);
    expect((option.xAxis as { data: string[] }).data).toEqual(['2010', '2011', '2012', '2013']);
    expect((option.yAxis as { name: string }).name).toBe('Documents');
  });

  it('stacks areas on demand', () => {
    const series = buildClusterTimelineOption({ clusters, stacked: true, labels }, DEFAULT_CHART_THEME).series as LineSeriesOption[];
    expect(series.every((s) => s.stack === 'documents' && s.areaStyle !== undefined)).toBe(true);
  });
});
