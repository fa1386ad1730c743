/**
 * Seeded pseudo-random numbers for the layout algorithms (mulberry32, Tommy Ettinger 2017, public
 * domain). Small, fast and good enough for random starts and visiting orders; not for
 * cryptography. Every layout takes an injectable `rng` so tests and workers are reproducible.
 */

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** Default seed of every layout, so identical input gives an identical map (as VOSviewer does). */
export const DEFAULT_SEED = 0;

/** Returns a deterministic generator of uniform numbers in [0, 1) for a 32-bit integer seed. */
export function createRng(seed: number = DEFAULT_SEED): Rng {
  let state = (seed | 0) ^ 0x9e3779b9;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniformly random permutation of 0..n-1 (Fisher-Yates). */
export function randomPermutation(n: number, rng: Rng): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  return order;
}
