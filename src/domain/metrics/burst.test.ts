import { describe, expect, it } from 'vitest';
import { detectBursts, sigma } from './burst';

const years = [2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019];
const totals = years.map(() => 100);

describe('detectBursts (Kleinberg, two states)', () => {
  it('finds a clear burst and its strength by hand', () => {
    const counts = [2, 2, 2, 2, 15, 16, 14, 2, 2, 2];
    const bursts = detectBursts(years, counts, totals);
    expect(bursts).toHaveLength(1);
    expect(bursts[0].start).toBe(2014);
    expect(bursts[0].end).toBe(2016);
    // p0 = 59 / 1000, p1 = 0.118; strength = sum over 2014-2016 of
    // r ln(p1/p0) + (100 - r) ln((1 - p1)/(1 - p0)) with r = 15, 16, 14 (45 in all, 300 - 45 = 255).
    const p0 = 0.059;
    const p1 = 0.118;
    const expected = 45 * Math.log(p1 / p0) + 255 * Math.log((1 - p1) / (1 - p0));
    expect(bursts[0].strength).toBeCloseTo(expected, 9);
  });

  it('finds nothing in a flat series or an absent item', () => {
    expect(detectBursts(years, years.map(() => 5), totals)).toEqual([]);
    expect(detectBursts(years, years.map(() => 0), totals)).toEqual([]);
    expect(detectBursts([], [], [])).toEqual([]);
  });

  it('respects the minimum duration and gamma', () => {
    const counts = [2, 2, 2, 2, 15, 16, 14, 2, 2, 2];
    expect(detectBursts(years, counts, totals, { minDuration: 3 })).toHaveLength(1);
    expect(detectBursts(years, counts, totals, { minDuration: 4 })).toEqual([]);
    // A one-year spike: found at gamma 1, too expensive to enter at gamma 20.
    const spike = [2, 2, 2, 2, 20, 2, 2, 2, 2, 2];
    expect(detectBursts(years, spike, totals)).toHaveLength(1);
    expect(detectBursts(years, spike, totals, { gamma: 20 })).toEqual([]);
  });

  it('is relative to the yearly totals: growth in step with the field is no burst', () => {
    const growing = [100, 200, 400, 800, 1600, 1600, 1600, 1600, 1600, 1600];
    expect(detectBursts(years, growing.map((d) => d / 20), growing)).toEqual([]);
  });

  it('rejects inconsistent input', () => {
    expect(() => detectBursts([2010], [1, 2], [3])).toThrow(/domain\/metrics/);
    expect(() => detectBursts([2010], [5], [3])).toThrow(/domain\/metrics/);
  });
});

describe('sigma', () => {
  it('is (BC + 1)^burst', () => {
    expect(sigma(0.5, 2)).toBeCloseTo(2.25, 12);
    expect(sigma(0.3, 0)).toBe(1);
    expect(sigma(0, 7)).toBe(1);
  });
});
