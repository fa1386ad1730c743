/**
 * Seeded pseudo-random numbers for the clustering algorithms.
 *
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, from PractRand) seeded through
 * splitmix32: fast, 128 bits of state, and identical in every JS engine, so the same seed gives
 * the same clustering in a worker, in Node and in the tests.
 */

/** A source of uniform numbers in [0, 1), like `Math.random`. */
export type Rng = () => number;

/** Creates a deterministic generator of uniform numbers in [0, 1) from an integer seed. */
export function createRng(seed: number): Rng {
  let s = seed >>> 0;
  const splitmix = (): number => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** Fills `out[0..n)` with a uniformly random permutation of 0..n-1 (Fisher–Yates). */
export function randomPermutation(out: Int32Array, n: number, rng: Rng): Int32Array {
  for (let i = 0; i < n; i++) out[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = out[i];
    out[i] = out[j];
    out[j] = t;
  }
  return out;
}
