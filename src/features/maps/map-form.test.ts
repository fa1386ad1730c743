import { describe, expect, it } from 'vitest';
import { defaultForm, isLargeMap, LARGE_MAP_ITEMS } from './map-form';

describe('isLargeMap', () => {
  it('warns when more items than the Maps screen is made for meet the threshold and no cap is set', () => {
    const form = defaultForm('co-citation');
    expect(isLargeMap(form, undefined)).toBe(false);
    expect(isLargeMap(form, LARGE_MAP_ITEMS)).toBe(false);
    expect(isLargeMap(form, LARGE_MAP_ITEMS + 1)).toBe(true);
    expect(isLargeMap(form, 54_674)).toBe(true);
  });

  it('counts only the strongest items when "Items to map" caps them', () => {
    const form = defaultForm('co-citation');
    expect(isLargeMap({ ...form, topN: '1000' }, 54_674)).toBe(false);
    expect(isLargeMap({ ...form, topN: String(LARGE_MAP_ITEMS) }, 54_674)).toBe(false);
    expect(isLargeMap({ ...form, topN: '20000' }, 54_674)).toBe(true);
    // An empty or unreadable cap is no cap.
    expect(isLargeMap({ ...form, topN: ' ' }, 54_674)).toBe(true);
    expect(isLargeMap({ ...form, topN: 'abc' }, 54_674)).toBe(true);
  });
});
