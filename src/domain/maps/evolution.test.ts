import { describe, expect, it } from 'vitest';
import { emptyPublication, type Publication } from '../model';
import { evolutionAcrossPeriods } from './evolution';
import { DEFAULT_MAP_OPTIONS } from './run-map';

let line = 1;
const pub = (year: number | undefined, keywords: string[]): Publication => ({ ...emptyPublication({ file: 'f', format: 'scopus-csv', line: line++ }), year, title: keywords.join(' and '), authorKeywords: keywords });

describe('evolutionAcrossPeriods', () => {
  // Period 1: a "networks" theme and a "health" theme; period 2: "networks" grows into "graphs".
  const publications = [
    ...Array.from({ length: 4 }, () => pub(2010, ['networks', 'clustering'])),
    ...Array.from({ length: 4 }, () => pub(2011, ['health', 'obesity'])),
    ...Array.from({ length: 4 }, () => pub(2015, ['networks', 'graphs'])),
    ...Array.from({ length: 4 }, () => pub(2016, ['health', 'obesity', 'diet'])),
    pub(undefined, ['networks']),
  ];
  const options = { ...DEFAULT_MAP_OPTIONS, type: 'co-occurrence' as const, unit: 'author-keywords' as const, minOccurrences: 2 };

  it('links the themes that share items, and only those', () => {
    const result = evolutionAcrossPeriods({ publications }, options, [{ from: 2010, to: 2012 }, { from: 2013, to: 2017 }]);
    expect(result.periods.map((p) => [p.label, p.documentCount, p.themes.length])).toEqual([['2010-2012', 8, 2], ['2013-2017', 8, 2]]);
    expect(result.undatedDocuments).toBe(1);
    const label = (period: number, cluster: number) => result.periods[period].themes[cluster].label;
    const pairs = result.links.map((l) => [label(l.fromPeriod, l.fromCluster), label(l.toPeriod, l.toCluster), l.sharedKeys]);
    expect(pairs).toHaveLength(2);
    const networks = result.links.find((l) => l.sharedKeys.includes('networks'));
    const health = result.links.find((l) => l.sharedKeys.includes('health'));
    expect(networks?.sharedKeys).toEqual(['networks']);
    expect(health?.sharedKeys).toEqual(['health', 'obesity']);
    // Inclusion index = shared items / items of the smaller theme: 1/2 and 2/2.
    expect(networks?.weight).toBeCloseTo(0.5);
    expect(health?.weight).toBeCloseTo(1);
  });

  it('needs two periods', () => {
    expect(() => evolutionAcrossPeriods({ publications }, options, [{ from: 2010, to: 2020 }])).toThrow(/two periods/);
  });
});
