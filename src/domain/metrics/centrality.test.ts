import { describe, expect, it } from 'vitest';
import { csrFromLinks } from '../network/csr';
import { betweenness, degree, pageRank, totalLinkStrength } from './centrality';

const path5 = csrFromLinks(5, [0, 1, 2, 3], [1, 2, 3, 4], [1, 1, 1, 1]);
const star5 = csrFromLinks(5, [0, 0, 0, 0], [1, 2, 3, 4], [1, 2, 3, 4]);
// Bowtie: triangles {0, 1, 2} and {2, 3, 4} sharing node 2.
const bowtie = csrFromLinks(5, [0, 0, 1, 2, 2, 3], [1, 2, 2, 3, 4, 4], [1, 1, 1, 1, 1, 1]);

const close = (actual: ArrayLike<number>, expected: number[], digits = 9) => expected.forEach((e, i) => expect(actual[i]).toBeCloseTo(e, digits));

describe('degree and total link strength', () => {
  it('count neighbours and sum weights', () => {
    expect([...degree(star5)]).toEqual([4, 1, 1, 1, 1]);
    expect([...totalLinkStrength(star5)]).toEqual([10, 1, 2, 3, 4]);
    expect([...degree(bowtie)]).toEqual([2, 2, 4, 2, 2]);
  });
});

describe('betweenness (Brandes)', () => {
  it('path 0-1-2-3-4', () => {
    // Raw: node 1 lies on (0,2) (0,3) (0,4) = 3; node 2 on (0,3) (0,4) (1,3) (1,4) = 4; node 3 = 3 by
    // symmetry; ends 0. Normalised by (n-1)(n-2)/2 = 6: 0.5, 0.6667, 0.5.
    close(betweenness(path5, { weighted: false, normalized: false }), [0, 3, 4, 3, 0]);
    close(betweenness(path5), [0, 0.5, 4 / 6, 0.5, 0]);
  });

  it('star: the centre is on all C(4,2) = 6 leaf pairs, normalised 6 / 6 = 1, whatever the weights', () => {
    close(betweenness(star5, { normalized: false }), [6, 0, 0, 0, 0]);
    close(betweenness(star5), [1, 0, 0, 0, 0]);
  });

  it('bowtie: node 2 is on the 2 x 2 = 4 pairs {0,1} x {3,4}, normalised 4 / 6', () => {
    close(betweenness(bowtie, { normalized: false }), [0, 0, 4, 0, 0]);
    close(betweenness(bowtie, { weighted: false }), [0, 0, 4 / 6, 0, 0]);
  });

  it('weighted: a weak direct link (length 1/0.25 = 4) loses to two strong ones (1 + 1 = 2)', () => {
    const tri = csrFromLinks(3, [0, 1, 0], [1, 2, 2], [1, 1, 0.25]);
    close(betweenness(tri, { normalized: false }), [0, 1, 0]);
    close(betweenness(tri, { weighted: false, normalized: false }), [0, 0, 0]);
  });

  it('weighted ties split the pair: 1/0.5 = 2 equals 1 + 1, so node 1 gets 1/2', () => {
    const tri = csrFromLinks(3, [0, 1, 0], [1, 2, 2], [1, 1, 0.5]);
    close(betweenness(tri, { normalized: false }), [0, 0.5, 0]);
    // Floating-point tie: 1/3 + 1/3 + 1/3 vs 1 on a 4-cycle 0-1-2-3 with a direct 0-3 link.
    const tie = csrFromLinks(4, [0, 1, 2, 0], [1, 2, 3, 3], [3, 3, 3, 1]);
    // 0->3: two shortest paths (direct, via 1-2), so 1 and 2 get 1/2 each from that pair; 1->3 via 2
    // (2/3) beats via 0 (1/3 + 1); 0->2 via 1 (2/3) beats via 3 (1 + 1/3).
    close(betweenness(tie, { normalized: false }), [0, 1.5, 1.5, 0]);
  });

  it('handles disconnected nodes and tiny networks', () => {
    const net = csrFromLinks(4, [0], [1], [1]);
    close(betweenness(net), [0, 0, 0, 0]);
    expect(betweenness(csrFromLinks(0, [], [], [])).length).toBe(0);
  });
});

describe('pageRank', () => {
  it('star with equal weights: c = 0.15/5 + 0.85 (1 - c) gives c = 0.88 / 1.85', () => {
    const star = csrFromLinks(5, [0, 0, 0, 0], [1, 2, 3, 4], [1, 1, 1, 1]);
    const c = 0.88 / 1.85;
    close(pageRank(star), [c, (1 - c) / 4, (1 - c) / 4, (1 - c) / 4, (1 - c) / 4]);
  });

  it('path 0-1-2: m = 0.05 + 0.85 (1 - m) gives m = 0.9 / 1.85', () => {
    const m = 0.9 / 1.85;
    close(pageRank(csrFromLinks(3, [0, 1], [1, 2], [1, 1])), [(1 - m) / 2, m, (1 - m) / 2]);
  });

  it('is weighted: on path 0-1-2 with weights 1 and 3, node 1 sends 3/4 of its rank to 2', () => {
    const r = pageRank(csrFromLinks(3, [0, 1], [1, 2], [1, 3]));
    expect(r[2]).toBeGreaterThan(r[0]);
    close(r, [0.05 + 0.85 * (r[1] / 4), r[1], 0.05 + 0.85 * ((3 * r[1]) / 4)]);
  });

  it('spreads dangling rank uniformly and sums to 1', () => {
    // The isolate is the only dangling node and receives nothing through links, so
    // r = (0.15 + 0.85 r) / 6, i.e. r = 0.025 / (1 - 0.85/6) = 0.0291262...
    const net = csrFromLinks(6, [0, 0, 0, 0], [1, 2, 3, 4], [1, 1, 1, 1]);
    const r = pageRank(net);
    expect(r[5]).toBeCloseTo(0.025 / (1 - 0.85 / 6), 9);
    expect(r.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const bow = pageRank(bowtie);
    expect(bow.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(bow[2]).toBeGreaterThan(bow[0]);
  });
});
