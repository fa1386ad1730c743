import { describe, expect, it } from 'vitest';
import { emptyPublication, type Publication } from '../model';
import { clusterTimelines, itemOverlays, normalizedCitations } from './overlays';

let line = 1;
const pub = (year: number | undefined, timesCited: number | undefined): Publication => ({ ...emptyPublication({ file: 'f', format: 'wos-plaintext', line: line++ }), year, timesCited });

describe('overlays', () => {
  const docs = [pub(2020, 10), pub(2020, 30), pub(2021, 4), pub(undefined, 7)];

  it('normalises citations by the mean of the same year', () => {
    // 2020: mean (10 + 30) / 2 = 20 -> 0.5 and 1.5; 2021: mean 4 -> 1; no year -> NaN.
    expect([...normalizedCitations(docs)]).toEqual([0.5, 1.5, 1, NaN]);
  });

  it('averages over the documents behind each item', () => {
    // unit 0 in docs 0, 1, 3; unit 1 in docs 1, 2.
    const units = { keys: ['a', 'b'], docOffsets: Int32Array.from([0, 1, 3, 4, 5]), docUnits: Int32Array.from([0, 0, 1, 1, 0]) };
    const o = itemOverlays(units, docs);
    expect(o.avgYear[0]).toBe(2020); // docs 0 and 1; doc 3 has no year
    expect(o.avgYear[1]).toBe(2020.5);
    expect(o.avgCitations[0]).toBeCloseTo((10 + 30 + 7) / 3);
    expect(o.avgCitations[1]).toBe(17);
    expect(o.avgNormCitations[1]).toBeCloseTo((1.5 + 1) / 2);
    // doc 3 has citations but no year, so no normalised value: (0.5 + 1.5) / 2.
    expect(o.avgNormCitations[0]).toBeCloseTo(1);
  });

  it('counts each cluster’s documents per year', () => {
    expect(clusterTimelines([Int32Array.from([0, 1, 2]), Int32Array.from([3])], docs)).toEqual([[{ year: 2020, documents: 2 }, { year: 2021, documents: 1 }], []]);
  });
});
