/**
 * VOS mapping layout (visualisation of similarities).
 *
 * van Eck, N.J., Waltman, L., Dekker, R. & van den Berg, J. (2010). A comparison of two techniques
 * for bibliometric mapping: Multidimensional scaling and VOS. JASIST 61(12):2405-2416.
 * doi:10.1002/asi.21421
 *
 * The paper minimises V = sum_{i<j} s_ij d_ij^2 subject to a mean distance of 1. VOSviewer (and
 * its engines CWTSLeiden/networkanalysis, neesjanvaneck/networkanalysis-ts) minimise the
 * equivalent unconstrained quality function instead:
 *
 *   Q(X) = sum_{links i<j} a_ij f_alpha(d_ij) - sum_{i<j} n_i n_j f_rho(d_ij) [+ delta sum_{i<j} f_alpha(d_ij)]
 *   f_p(d) = d^p / p for p != 0, ln d for p = 0
 *
 * with attraction alpha = 2 and repulsion rho = 1 by default (the original objective: a quadratic
 * pull along links against a linear push between all pairs), node weights n_i = 1 (the network is
 * expected to be normalised, e.g. by association strength, so a_ij plays the role of s_ij).
 * Optimised by the same gradient descent: random start, nodes visited in a random order, each
 * moved a step along its negative gradient; the step grows (/0.75) after 5 improving sweeps and
 * shrinks (x0.75) after a worsening one; stop when the step < 0.001 or after 1,000 sweeps.
 *
 * Cost: O(n^2) per sweep (exact repulsion between all pairs), so O(1,000 n^2) in the worst case.
 * `layoutNetwork` only uses it for components up to `vosMaxNodes` nodes (default 1,000).
 */
import type { CsrNetwork } from '../network/csr';
import { createRng, DEFAULT_SEED, randomPermutation, type Rng } from './random';

/** Progress of a long layout call, reported at most every few sweeps. */
export interface LayoutProgress {
  phase: string;
  done: number;
  total: number;
}

export interface VosLayoutOptions {
  /** Exponent alpha of the attraction term (2 = the original VOS objective). */
  attraction: number;
  /** Exponent rho of the repulsion term (1 = the original VOS objective). */
  repulsion: number;
  /** delta: a small attraction added between every pair (VOSviewer uses 0.01 for disconnected maps). */
  edgeWeightIncrement: number;
  maxIterations: number;
  initialStepSize: number;
  minStepSize: number;
  stepSizeReduction: number;
  /** Consecutive improving sweeps after which the step grows. */
  requiredImprovements: number;
  /** Independent random starts; the layout with the lowest Q is kept. */
  randomStarts: number;
  seed: number;
  /** Injectable generator; defaults to `createRng(seed)`. */
  rng?: Rng;
  onProgress?: (progress: LayoutProgress) => void;
  /** Polled after every sweep; when it returns true the best layout so far is returned. */
  shouldStop?: () => boolean;
}

/** VOSviewer's defaults (`VOSLayoutAlgorithm`, `GradientDescentVOSLayoutAlgorithm`, ANALYTICS.md section 4). */
export const DEFAULT_VOS_OPTIONS: Readonly<VosLayoutOptions> = {
  attraction: 2,
  repulsion: 1,
  edgeWeightIncrement: 0,
  maxIterations: 1000,
  initialStepSize: 1,
  minStepSize: 0.001,
  stepSizeReduction: 0.75,
  requiredImprovements: 5,
  randomStarts: 1,
  seed: DEFAULT_SEED,
};

export interface VosLayoutResult {
  x: Float64Array;
  y: Float64Array;
  /** The VOS quality Q of the returned coordinates on the input weights (lower is better). */
  quality: number;
  /** Sweeps performed, summed over random starts. */
  iterations: number;
  /** True when `shouldStop` ended the run early. */
  stopped: boolean;
}

/** d^(p-2) from d^2, the factor common to the gradient of f_p. */
function powMinus2(d2: number, p: number): number {
  if (p === 2) return 1;
  if (p === 1) return 1 / Math.sqrt(d2);
  if (p === 0) return 1 / d2;
  return Math.pow(d2, (p - 2) / 2);
}

/** f_p(d) computed from d^2. */
function fp(d2: number, p: number): number {
  if (p === 2) return d2 / 2;
  if (p === 1) return Math.sqrt(d2);
  if (p === 0) return Math.log(d2) / 2;
  return Math.pow(d2, p / 2) / p;
}

/**
 * The VOS quality Q(X) (formula in the file banner) of coordinates `x`, `y` on `network`, with node
 * weights 1. O(n^2). Lower is better; only comparable between layouts of the same network.
 */
export function vosQuality(network: CsrNetwork, x: ArrayLike<number>, y: ArrayLike<number>, options: Partial<Pick<VosLayoutOptions, 'attraction' | 'repulsion' | 'edgeWeightIncrement'>> = {}): number {
  const { attraction, repulsion, edgeWeightIncrement } = { ...DEFAULT_VOS_OPTIONS, ...options };
  const { nodeCount: n, offsets, neighbors, weights } = network;
  let q = 0;
  for (let i = 0; i < n; i++) {
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const j = neighbors[k];
      if (j >= i) continue;
      const dx = x[i] - x[j];
      const dy = y[i] - y[j];
      q += weights[k] * fp(dx * dx + dy * dy, attraction);
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      const dx = x[i] - x[j];
      const dy = y[i] - y[j];
      const d2 = dx * dx + dy * dy;
      q -= fp(d2, repulsion);
      if (edgeWeightIncrement > 0) q += edgeWeightIncrement * fp(d2, attraction);
    }
  }
  return q;
}

/**
 * Lays out a (normalised, preferably connected) network with the VOS gradient descent. Weights
 * are rescaled internally so that they sum to the number of node pairs, which puts the optimum at
 * a mean distance near 1 whatever the weight scale, so the default step sizes fit every input;
 * the coordinates are scaled back, so they (and `quality`) are those of the input weights. The
 * result is not centred or rotated: `layoutNetwork` standardises the whole map.
 */
export function vosLayout(network: CsrNetwork, options: Partial<VosLayoutOptions> = {}): VosLayoutResult {
  const o = { ...DEFAULT_VOS_OPTIONS, ...options };
  const rng = o.rng ?? createRng(o.seed);
  const n = network.nodeCount;
  if (n === 0) return { x: new Float64Array(0), y: new Float64Array(0), quality: 0, iterations: 0, stopped: false };
  const pairCount = (n * (n - 1)) / 2;
  let totalWeight = 0;
  for (let k = 0; k < network.weights.length; k++) totalWeight += network.weights[k];
  totalWeight /= 2;
  // Q(c a, X) has the optimum of Q(a, X) shrunk by k = c^(1 / (alpha - rho)) (homogeneity).
  const canRescale = totalWeight > 0 && o.attraction !== o.repulsion && o.repulsion !== 0;
  const c = canRescale ? pairCount / totalWeight : 1;
  const scaleBack = canRescale ? Math.pow(c, 1 / (o.attraction - o.repulsion)) : 1;
  const weights = new Float64Array(network.weights.length);
  for (let k = 0; k < weights.length; k++) weights[k] = network.weights[k] * c;
  const scaled: CsrNetwork = { ...network, weights };
  const delta = o.edgeWeightIncrement * c;

  let best: VosLayoutResult | null = null;
  let iterations = 0;
  let stopped = false;
  for (let start = 0; start < Math.max(1, o.randomStarts) && !stopped; start++) {
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      x[i] = 2 * rng() - 1;
      y[i] = 2 * rng() - 1;
    }
    const run = improve(scaled, x, y, { ...o, edgeWeightIncrement: delta }, rng, start);
    iterations += run.iterations;
    stopped = run.stopped;
    for (let i = 0; i < n; i++) {
      x[i] *= scaleBack;
      y[i] *= scaleBack;
    }
    const quality = vosQuality(network, x, y, o);
    if (!best || quality < best.quality) best = { x, y, quality, iterations: 0, stopped: false };
  }
  const result = best as VosLayoutResult;
  return { ...result, iterations, stopped };
}

function improve(network: CsrNetwork, x: Float64Array, y: Float64Array, o: VosLayoutOptions, rng: Rng, start: number): { iterations: number; stopped: boolean } {
  const { nodeCount: n, offsets, neighbors, weights } = network;
  const { attraction: alpha, repulsion: rho, edgeWeightIncrement: delta } = o;
  const order = randomPermutation(n, rng);
  const visited = new Uint8Array(n);
  /** 1 for the nodes not yet moved in this sweep, else 0: a factor instead of a branch the CPU cannot predict. */
  const unmoved = new Float64Array(n);
  const vosExponents = rho === 1 && delta === 0;
  let step = o.initialStepSize;
  let quality = Number.POSITIVE_INFINITY;
  let improvements = 0;
  let iteration = 0;
  const totalSweeps = o.maxIterations * Math.max(1, o.randomStarts);
  while (iteration < o.maxIterations && step >= o.minStepSize) {
    const previous = quality;
    quality = 0;
    visited.fill(0);
    unmoved.fill(1);
    for (let r = 0; r < n; r++) {
      const i = order[r];
      const xi = x[i];
      const yi = y[i];
      let gx = 0;
      let gy = 0;
      for (let k = offsets[i]; k < offsets[i + 1]; k++) {
        const j = neighbors[k];
        const dx = xi - x[j];
        const dy = yi - y[j];
        const d2 = dx * dx + dy * dy;
        if (d2 > 0) {
          const f = weights[k] * powMinus2(d2, alpha);
          gx += f * dx;
          gy += f * dy;
        }
        // Q is accumulated during the sweep, each pair once (while its other end is unmoved).
        if (!visited[j]) quality += weights[k] * fp(d2, alpha);
      }
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        const dx = xi - x[j];
        const dy = yi - y[j];
        const d2 = dx * dx + dy * dy;
        if (vosExponents) {
          // VOSviewer's objective (the default): each pair's distance is taken once, for the
          // gradient and the quality alike, and the quality added by a factor (not a branch the
          // CPU cannot predict); the same arithmetic as the general case below.
          if (d2 > 0) {
            const d = Math.sqrt(d2);
            const f = -(1 / d);
            gx += f * dx;
            gy += f * dy;
            quality -= d * unmoved[j];
          }
        } else {
          if (d2 > 0) {
            let f = -powMinus2(d2, rho);
            if (delta > 0) f += delta * powMinus2(d2, alpha);
            gx += f * dx;
            gy += f * dy;
          }
          if (!visited[j]) {
            quality -= fp(d2, rho);
            if (delta > 0) quality += delta * fp(d2, alpha);
          }
        }
      }
      const norm = Math.sqrt(gx * gx + gy * gy);
      if (norm > 0) {
        x[i] = xi - (step * gx) / norm;
        y[i] = yi - (step * gy) / norm;
      }
      visited[i] = 1;
      unmoved[i] = 0;
    }
    if (quality < previous) {
      if (++improvements >= o.requiredImprovements) {
        step /= o.stepSizeReduction;
        improvements = 0;
      }
    } else {
      step *= o.stepSizeReduction;
      improvements = 0;
    }
    iteration++;
    if (o.onProgress && iteration % 10 === 0) o.onProgress({ phase: 'vos', done: start * o.maxIterations + iteration, total: totalSweeps });
    if (o.shouldStop?.()) return { iterations: iteration, stopped: true };
  }
  return { iterations: iteration, stopped: false };
}
