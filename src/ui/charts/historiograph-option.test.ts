import { describe, expect, it } from 'vitest';
import type { GraphSeriesOption } from 'echarts';
import { DEFAULT_CHART_THEME } from './chart-theme';
import { buildHistoriographOption, nodeSizes } from './historiograph-option';

const node = (label: string, year: number, column: number, y: number, lcs: number) => ({ label, fullLabel: `${label}, J`, title: `Title of ${label}`, year, column, y, localCitations: lcs, globalCitations: lcs * 10 });

describe('buildHistoriographOption', () => {
  it('sizes nodes by local citations (area) and draws arrows from citing to cited', () => {
    expect(nodeSizes([4, 1, 0])).toEqual([34, 21, 8]);
    const option = buildHistoriographOption(
      {
        nodes: [node('Garfield E 2000', 2000, 0, 0, 4), node('Small H 2005', 2005, 1, -0.5, 1), node('Chen C 2005', 2005, 1, 0.5, 0)],
        links: [{ from: 1, to: 0 }, { from: 2, to: 0 }],
        years: [2000, 2005],
        labels: { title: 'Historiograph', axisYear: 'Year', localCitations: 'LCS', globalCitations: 'GCS' },
      },
      DEFAULT_CHART_THEME,
    );
    const [graph] = option.series as GraphSeriesOption[];
    expect(graph.type).toBe('graph');
    expect(graph.coordinateSystem).toBe('cartesian2d');
    expect(graph.edgeSymbol).toEqual(['none', 'arrow']);
    expect((graph.data as { name: string; value: number[] }[]).map((d) => [d.name, d.value])).toEqual([['Garfield E 2000', [0, 0]], ['Small H 2005', [1, -0.5]], ['Chen C 2005', [1, 0.5]]]);
    expect(graph.links).toEqual([{ source: 1, target: 0 }, { source: 2, target: 0 }]);
    expect((option.xAxis as { data: string[] }).data).toEqual(['2000', '2005']);
    expect((option.title as { text: string }).text).toBe('Historiograph');
  });
});
