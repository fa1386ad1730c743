/**
 * Kleinberg burst detection, two-state batched form, as used by CiteSpace and Sci2.
 *
 * Kleinberg, J. (2003). Bursty and hierarchical structure in streams. Data Min. Knowl. Discov.
 * 7:373-397. Sigma: Chen, C. et al. (2009). Towards an explanatory and computational theory of
 * scientific discovery. J. Informetrics 3(3):191-209.
 *
 * For slices t = 1..n (years) with r_t events of the item and d_t events in total:
 *   p_0 = sum r_t / sum d_t,  p_1 = min(s p_0, 0.9999)  (s = 2)
 *   cost(i, t) = -ln[ C(d_t, r_t) p_i^r_t (1 - p_i)^(d_t - r_t) ]
 *   transition 0 -> 1 costs gamma ln n, 1 -> 0 is free; the sequence starts in state 0.
 * The minimum-cost state sequence is found by Viterbi; a burst is a maximal run of state 1 and its
 * strength is sum_{t in burst} [cost(0, t) - cost(1, t)] (the binomial coefficient cancels).
 */

export interface BurstOptions {
  /** gamma: cost of entering a burst in units of ln n; lower finds more bursts. */
  gamma: number;
  /** s: burst rate as a multiple of the base rate. */
  rateRatio: number;
  /** Bursts shorter than this many slices are dropped. */
  minDuration: number;
}

export const DEFAULT_BURST_OPTIONS: Readonly<BurstOptions> = { gamma: 1, rateRatio: 2, minDuration: 1 };

export interface Burst {
  /** First and last year (inclusive) of the burst. */
  start: number;
  end: number;
  /** Sum over the burst's years of cost(0, t) - cost(1, t), in nats. */
  strength: number;
}

/** cost(i, t) without the binomial coefficient, from ln p and ln(1 - p) computed once per item. */
function cost(r: number, d: number, logP: number, logQ: number): number {
  if (d === 0) return 0;
  return -(r * logP + (d - r) * logQ);
}

/**
 * Bursts of one item. `years`, `counts` (r_t) and `totals` (d_t) are parallel, one entry per
 * consecutive year (include years with zero counts). Returns bursts in time order; none when the
 * item never occurs.
 */
export function detectBursts(years: ArrayLike<number>, counts: ArrayLike<number>, totals: ArrayLike<number>, options: Partial<BurstOptions> = {}): Burst[] {
  const o = { ...DEFAULT_BURST_OPTIONS, ...options };
  const n = years.length;
  if (counts.length !== n || totals.length !== n) throw new Error('domain/metrics: years, counts and totals must have the same length');
  let sumR = 0;
  let sumD = 0;
  for (let t = 0; t < n; t++) {
    if (counts[t] < 0 || counts[t] > totals[t]) throw new Error(`domain/metrics: count ${counts[t]} outside 0..${totals[t]} in ${years[t]}`);
    sumR += counts[t];
    sumD += totals[t];
  }
  if (n === 0 || sumR === 0 || sumD === 0) return [];
  const p0 = sumR / sumD;
  const p1 = Math.min(o.rateRatio * p0, 0.9999);
  if (!(p1 > p0)) return [];
  const tau = o.gamma * Math.log(n);
  // A year gains at most r_t ln(p1 / p0) <= r_t ln s, so no run of years can pay the entry cost tau
  // when sum r_t ln(p1 / p0) < tau: most items of a big map are that rare (margin for rounding).
  if (sumR * Math.log(p1 / p0) < tau - 1e-9) return [];
  // Hoisted out of the year loop: maps run this for thousands of items.
  const logP0 = Math.log(p0);
  const logQ0 = Math.log(1 - p0);
  const logP1 = Math.log(p1);
  const logQ1 = Math.log(1 - p1);
  // Viterbi over two states; back[t][i] = best previous state when in state i at t.
  const back = new Uint8Array(2 * n);
  const gain = new Float64Array(n);
  let c0 = 0;
  let c1 = Infinity;
  for (let t = 0; t < n; t++) {
    const s0 = cost(counts[t], totals[t], logP0, logQ0);
    const s1 = cost(counts[t], totals[t], logP1, logQ1);
    gain[t] = s0 - s1;
    const from0to0 = c0;
    const from1to0 = c1;
    const from0to1 = c0 + tau;
    const from1to1 = c1;
    back[2 * t] = from1to0 < from0to0 ? 1 : 0;
    back[2 * t + 1] = from1to1 <= from0to1 ? 1 : 0;
    c0 = Math.min(from0to0, from1to0) + s0;
    c1 = Math.min(from0to1, from1to1) + s1;
  }
  const states = new Uint8Array(n);
  let state = c1 < c0 ? 1 : 0;
  for (let t = n - 1; t >= 0; t--) {
    states[t] = state;
    state = back[2 * t + state];
  }
  const bursts: Burst[] = [];
  for (let t = 0; t < n; t++) {
    if (!states[t]) continue;
    let end = t;
    let strength = 0;
    while (end < n && states[end]) strength += gain[end++];
    if (end - t >= o.minDuration) bursts.push({ start: years[t], end: years[end - 1], strength });
    t = end - 1;
  }
  return bursts;
}

/**
 * CiteSpace's sigma (Chen et al. 2009): sigma = (BC + 1)^burstness, with BC the (normalised)
 * betweenness centrality and burstness the burst strength (CiteSpace: of the item's strongest
 * burst; 0 without a burst, giving sigma = 1).
 */
export function sigma(betweennessCentrality: number, burstStrength: number): number {
  return Math.pow(betweennessCentrality + 1, burstStrength);
}
