import { expect } from 'vitest';
import type { ScienceMap, ScienceMapItem } from './types';

/**
 * A hand-made 4-item map whose labels hold a tab, quotes, a comma, `<&>`, a semicolon and Chinese.
 * Links and total link strengths agree with the links below.
 */
export const SMALL_MAP: ScienceMap = {
  items: [
    { id: 0, label: 'co-citation\tanalysis', x: 0.5, y: -0.25, cluster: 0, weights: { Links: 2, 'Total link strength': 3.5, Occurrences: 10, Citations: 120 }, scores: { 'Avg. pub. year': 2019.5 } },
    { id: 1, label: 'He said "hello", ok', x: -1.125, y: 0.75, cluster: 0, weights: { Links: 2, 'Total link strength': 5, Occurrences: 8, Citations: 33 }, scores: { 'Avg. pub. year': 2020 } },
    { id: 2, label: 'R&D <policy> & "innovation"', x: 0.1, y: 0.2, cluster: 1, weights: { Links: 3, 'Total link strength': 5.5, Occurrences: 4, Citations: 7 }, scores: { 'Avg. pub. year': 2018.25 } },
    { id: 3, label: '文献计量学; 引文分析', x: 2, y: -3, cluster: 1, weights: { Links: 1, 'Total link strength': 1, Occurrences: 3, Citations: 0 }, scores: { 'Avg. pub. year': 2021 } },
  ],
  links: [
    { source: 0, target: 1, strength: 2 },
    { source: 0, target: 2, strength: 1.5 },
    { source: 1, target: 2, strength: 3 },
    { source: 2, target: 3, strength: 1 },
  ],
  clusters: [
    { id: 0, label: 'Methods, "classic"' },
    { id: 1, label: '政策 <R&D>' },
  ],
  parameters: { resolution: 1, attraction: 2, repulsion: 0, score_colors: 'Viridis' },
};

/** Items equal field by field, coordinates and numbers to 1e-9 (so -0 and 0 agree). */
export function expectSameItems(actual: readonly ScienceMapItem[], expected: readonly ScienceMapItem[]): void {
  expect(actual.length).toBe(expected.length);
  const close = (a: number | undefined, b: number | undefined): void => {
    expect(a).toBeTypeOf('number');
    expect(Math.abs((a as number) - (b as number))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b as number)));
  };
  const closeRecord = (a: Record<string, number> | undefined, b: Record<string, number> | undefined): void => {
    expect(Object.keys(a ?? {}).sort()).toEqual(Object.keys(b ?? {}).sort());
    for (const name of Object.keys(b ?? {})) close(a?.[name], b?.[name]);
  };
  expected.forEach((item, i) => {
    const got = actual[i];
    expect({ id: got.id, label: got.label, cluster: got.cluster }).toEqual({ id: item.id, label: item.label, cluster: item.cluster });
    close(got.x, item.x);
    close(got.y, item.y);
    closeRecord(got.weights, item.weights);
    closeRecord(got.scores, item.scores);
  });
}
