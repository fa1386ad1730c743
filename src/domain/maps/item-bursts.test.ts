import { describe, expect, it } from 'vitest';
import { burstTable } from '../bursts';
import { makePublication } from '../history/test-support';
import type { Publication } from '../model';
import { extractUnits } from '../network/units';
import { itemBursts, itemSigmas } from './item-bursts';
import { DEFAULT_MAP_OPTIONS, runMap } from './run-map';

const YEARS = [2017, 2018, 2019, 2020, 2021];
/** Documents per year with "burst" (10 documents a year). */
const BURST = [1, 0, 5, 5, 1];

/**
 * Ten documents a year. "burst" is in the first BURST[t] of them; "leaf" joins it once (2019,
 * document 0); "hub" is in documents 8 and 9 of every year and in document 0 of 2017 (with
 * "burst"); "tail" is in document 9 of every year. The network is the path
 * leaf - burst - hub - tail (link strengths 1, 1, 5).
 */
function corpus(): Publication[] {
  return YEARS.flatMap((year, t) =>
    Array.from({ length: 10 }, (_, i) => {
      const keywords: string[] = [];
      if (i < BURST[t]) keywords.push('burst');
      if (t === 2 && i === 0) keywords.push('leaf');
      if (i >= 8 || (t === 0 && i === 0)) keywords.push('hub');
      if (i === 9) keywords.push('tail');
      return makePublication({ year, keywords });
    }),
  );
}

/*
 * Hand computation for "burst": r = 1, 0, 5, 5, 1 of d = 10 a year, so p0 = 12/50 = 0.24 and
 * p1 = 0.48. A year with r occurrences gains r ln(p1/p0) + (10 - r) ln((1 - p1)/(1 - p0))
 * = r ln 2 + (10 - r) ln(13/19): -3.79 (r = 0), -2.72 (r = 1), +1.57 (r = 5). Entering a burst
 * costs ln 5 = 1.61 < 2 x 1.57, so the burst is 2019-2020 with strength 10 ln 2 + 10 ln(13/19).
 */
const HAND_STRENGTH = 10 * Math.log(2) + 10 * Math.log(13 / 19);

describe('itemBursts', () => {
  it('finds the burst years and strength computed by hand', () => {
    const publications = corpus();
    const units = extractUnits(publications, 'author-keywords');
    const nodes = Int32Array.from(units.keys.keys());
    const bursts = itemBursts(units, publications, nodes);
    expect(bursts).toBeDefined();
    if (!bursts) return;
    expect(bursts.years).toEqual(YEARS);
    expect(bursts.totals).toEqual([10, 10, 10, 10, 10]);
    const at = (key: string) => units.keys.indexOf(key);
    expect(bursts.start[at('burst')]).toBe(2019);
    expect(bursts.end[at('burst')]).toBe(2020);
    expect(bursts.strength[at('burst')]).toBeCloseTo(HAND_STRENGTH, 12);
    expect(HAND_STRENGTH).toBeCloseTo(3.136576, 5);
    for (const key of ['leaf', 'hub', 'tail']) {
      expect(bursts.strength[at(key)]).toBe(0);
      expect(bursts.start[at(key)]).toBeNaN();
    }
  });

  it('agrees with the burst table, an independent path from the publications', () => {
    const publications = corpus();
    const units = extractUnits(publications, 'author-keywords');
    const bursts = itemBursts(units, publications, Int32Array.from(units.keys.keys()));
    const table = burstTable(publications, 'author-keywords', { minOccurrences: 1 });
    expect(table.rows.map((r) => r.key)).toEqual(['burst']);
    const row = table.rows[0];
    const u = units.keys.indexOf('burst');
    expect(bursts?.strength[u]).toBeCloseTo(row.strongest.strength, 12);
    expect([bursts?.start[u], bursts?.end[u]]).toEqual([row.strongest.start, row.strongest.end]);
  });

  it('maps nodes through unitIndex, leaves undated documents out and needs a year', () => {
    const publications = [...corpus(), makePublication({ keywords: ['burst', 'hub'] })];
    const units = extractUnits(publications, 'author-keywords');
    // Only two nodes, in reverse unit order.
    const nodes = Int32Array.from([units.keys.indexOf('hub'), units.keys.indexOf('burst')]);
    const bursts = itemBursts(units, publications, nodes);
    expect(bursts?.undatedDocuments).toBe(1);
    expect(bursts?.strength[0]).toBe(0);
    expect(bursts?.strength[1]).toBeCloseTo(HAND_STRENGTH, 12);
    const undated = [makePublication({ keywords: ['a'] })];
    expect(itemBursts(extractUnits(undated, 'author-keywords'), undated, [0])).toBeUndefined();
  });
});

describe('itemSigmas', () => {
  it('is (BC + 1)^strength, 1 without a burst', () => {
    const sigmas = itemSigmas([0.5, 0.25, 0.9, 0], [2, 3, 0, 4]);
    expect(Array.from(sigmas)).toEqual([2.25, 1.953125, 1, 1]);
    expect(() => itemSigmas([0], [1, 2])).toThrow(/domain\/maps/);
  });
});

describe('runMap bursts and sigma', () => {
  const options = { ...DEFAULT_MAP_OPTIONS, type: 'co-occurrence' as const, unit: 'author-keywords' as const, randomStarts: 2 };

  it('gives each keyword its strongest burst and sigma from the normalised betweenness', () => {
    const result = runMap({ publications: corpus() }, options);
    expect(result.burstsComputed).toBe(true);
    expect(result.betweennessComputed).toBe(true);
    const item = (label: string) => {
      const found = result.map.items.find((i) => i.label === label);
      if (!found) throw new Error(label);
      return found;
    };
    // The path leaf - burst - hub - tail: "burst" lies on 2 of the 3 pairs without it.
    expect(item('burst').scores?.Betweenness).toBeCloseTo(2 / 3, 12);
    expect(item('burst').burst?.start).toBe(2019);
    expect(item('burst').burst?.end).toBe(2020);
    expect(item('burst').burst?.strength).toBeCloseTo(HAND_STRENGTH, 12);
    expect(item('burst').sigma).toBeCloseTo(Math.pow(5 / 3, HAND_STRENGTH), 12);
    expect(item('burst').sigma).toBeCloseTo(4.96, 2);
    // No burst: strength 0 and sigma 1 whatever the betweenness (hub: 2/3).
    expect(item('hub').burst).toEqual({ strength: 0 });
    expect(item('hub').sigma).toBe(1);
    expect(item('leaf').sigma).toBe(1);
  });

  it('counts citing documents for cited references, agreeing with the burst table', () => {
    const kleinberg = 'Kleinberg J, 2003, DATA MIN KNOWL DISC, V7, P373';
    const chen = 'Chen CM, 2006, J AM SOC INF SCI TEC, V57, P359';
    const publications = YEARS.flatMap((year, t) => Array.from({ length: 10 }, (_, i) => makePublication({ year, references: [...(i < BURST[t] ? [kleinberg] : []), chen] })));
    const result = runMap({ publications }, { ...options, type: 'co-citation', unit: 'cited-references' });
    const row = burstTable(publications, 'cited-references', { minOccurrences: 1 }).rows[0];
    const item = result.map.items.find((i) => i.label === row.label);
    expect(item?.burst?.strength).toBeCloseTo(HAND_STRENGTH, 12);
    expect(item?.burst).toEqual({ strength: row.strongest.strength, start: row.strongest.start, end: row.strongest.end });
  });

  it('leaves bursts out of document maps', () => {
    const publications = YEARS.map((year) => makePublication({ year, references: ['Chen CM, 2006, J AM SOC INF SCI TEC, V57, P359'] }));
    const result = runMap({ publications }, { ...options, type: 'coupling', unit: 'documents', minOccurrences: 0 });
    expect(result.burstsComputed).toBe(false);
    expect(result.map.items.every((i) => i.burst === undefined && i.sigma === undefined)).toBe(true);
  });
});
