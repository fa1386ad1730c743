import { describe, expect, it } from 'vitest';
import type { MapResult } from '../../../services';
import { burstCsv, burstYears, chartItems, hasOverlay, overlayScoreName, overlayValues } from './view-helpers';

const result = {
  weightName: 'Occurrences',
  map: {
    items: [
      { id: 0, label: 'maps', x: 0, y: 0, cluster: 0, weights: { Occurrences: 5 }, scores: { 'Avg. pub. year': 2015.5, 'Avg. citations': 3 } },
      { id: 1, label: 'networks', x: 1, y: 1, cluster: 1, weights: { Occurrences: 2 }, scores: { 'Avg. pub. year': 2019 } },
    ],
    links: [],
    clusters: [],
  },
} as unknown as Pick<MapResult, 'map' | 'weightName'>;

describe('map view helpers', () => {
  it('reads overlay scores, NaN where an item has none', () => {
    expect(overlayScoreName('avgYear', result)).toBe('Avg. pub. year');
    expect(overlayValues(result, 'Avg. pub. year')).toEqual([2015.5, 2019]);
    expect(overlayValues(result, 'Avg. citations')).toEqual([3, NaN]);
    expect(hasOverlay(result, 'avgCitations')).toBe(true);
    expect(hasOverlay(result, 'avgNormCitations')).toBe(false);
    expect(hasOverlay(result, 'cluster')).toBe(true);
    expect(chartItems(result).map((i) => i.weight)).toEqual([5, 2]);
  });

  it('uses the citing year for cited units', () => {
    const cited = { map: { items: [{ id: 0, label: 'x', x: 0, y: 0, cluster: 0, weights: {}, scores: { 'Avg. citing year': 2020 } }], links: [], clusters: [] } } as unknown as Pick<MapResult, 'map'>;
    expect(overlayScoreName('avgYear', cited)).toBe('Avg. citing year');
  });

  it('marks burst years inclusively and writes the CSV', () => {
    expect(burstYears([2010, 2011, 2012, 2013, 2014], [{ start: 2011, end: 2012 }, { start: 2014, end: 2014 }])).toEqual([false, true, true, false, true]);
    const csv = burstCsv([2010, 2011], [{ label: 'maps', occurrences: 4, counts: [0, 4], bursts: [{ start: 2011, end: 2011, strength: 2.345 }], strongest: { start: 2011, end: 2011, strength: 2.345 } }], { item: 'Item', documents: 'Docs', strength: 'Strength', begin: 'Begin', end: 'End', bursts: 'Bursts' });
    expect(csv.header).toEqual(['Item', 'Docs', 'Strength', 'Begin', 'End', 'Bursts', '2010', '2011']);
    expect(csv.rows).toEqual([['maps', 4, 2.35, 2011, 2011, '2011-2011 (2.35)', 0, 4]]);
  });
});
