import { describe, expect, it } from 'vitest';
import { VIRIDIS, hexToRgb, scaleColor } from './map-colors';

describe('scaleColor', () => {
  it('gives the end stops at 0 and 1 and the middle stop half-way, clamping beyond', () => {
    expect(scaleColor(0)).toBe(VIRIDIS[0]);
    expect(scaleColor(1)).toBe(VIRIDIS[8]);
    expect(scaleColor(0.5)).toBe(VIRIDIS[4]);
    expect(scaleColor(-3)).toBe(VIRIDIS[0]);
    expect(scaleColor(7)).toBe(VIRIDIS[8]);
    expect(scaleColor(Number.NaN)).toBe(VIRIDIS[0]);
  });

  it('interpolates linearly in RGB between neighbouring stops', () => {
    expect(scaleColor(0.5, ['#000000', '#ff0080'])).toBe('#800040');
    expect(hexToRgb('#21918c')).toEqual([0x21, 0x91, 0x8c]);
  });
});
