import { describe, expect, it } from 'vitest';
import type { SankeySeriesOption } from 'echarts';
import { DEFAULT_CHART_THEME } from './chart-theme';
import { buildEvolutionOption, themeLabelOf, themeNodeName } from './evolution-option';

describe('buildEvolutionOption', () => {
  const data = {
    periods: [
      { label: '2010-2012', themes: [{ id: 0, label: 'networks', weight: 8 }, { id: 1, label: 'health', weight: 6 }] },
      { label: '2013-2017', themes: [{ id: 0, label: 'graphs', weight: 8 }, { id: 1, label: 'health', weight: 9 }] },
    ],
    links: [
      { fromPeriod: 0, fromCluster: 0, toPeriod: 1, toCluster: 0, weight: 0.5, sharedKeys: ['networks'] },
      { fromPeriod: 0, fromCluster: 1, toPeriod: 1, toCluster: 1, weight: 1, sharedKeys: ['health', 'obesity'] },
      { fromPeriod: 0, fromCluster: 1, toPeriod: 1, toCluster: 7, weight: 1, sharedKeys: [] },
    ],
    labels: { title: 'Thematic evolution' },
  };

  it('puts each period in its own column with unique node names, and drops links to unknown themes', () => {
    const option = buildEvolutionOption(data, DEFAULT_CHART_THEME);
    const series = (option.series as SankeySeriesOption[])[0];
    const nodes = series.data as { name: string; depth: number; value: number }[];
    expect(nodes.map((n) => [n.name, n.depth, n.value])).toEqual([
      ['networks (2010-2012)', 0, 8],
      ['health (2010-2012)', 0, 6],
      ['graphs (2013-2017)', 1, 8],
      ['health (2013-2017)', 1, 9],
    ]);
    expect((series.links as { source: string; target: string; value: number }[]).map((l) => [l.source, l.target, l.value])).toEqual([
      ['networks (2010-2012)', 'graphs (2013-2017)', 0.5],
      ['health (2010-2012)', 'health (2013-2017)', 1],
    ]);
    expect(themeNodeName('2020', 'x')).toBe('x (2020)');
    expect(themeLabelOf('health (cohort) (2010-2012)')).toBe('health (cohort)');
    expect((option.title as { text: string }).text).toBe('Thematic evolution');
  });
});
