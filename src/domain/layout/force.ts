/**
 * Barnes-Hut force layout for networks too large for the O(n^2) VOS layout, on d3-force.
 *
 * Barnes, J. & Hut, P. (1986). A hierarchical O(N log N) force-calculation algorithm. Nature
 * 324:446-449. Integration: Jakobsen's velocity Verlet as in d3-force (Bostock, d3/d3-force).
 *
 * forceManyBody gives an O(n log n) charge repulsion (quadtree, opening angle theta); forceLink
 * pulls linked nodes together with a strength proportional to the normalised link weight:
 *
 *   strength_ij = min(1, 2 w_ij / (w_ij + w_median)) / min(deg_i, deg_j)
 *
 * (d3's default 1/min(deg) keeps hubs stable; the weight factor is 1 at the median weight, tends
 * to 2 for strong links and to 0 for weak ones, and never exceeds 1 so integration stays stable).
 * The simulation is stopped at once and ticked synchronously a fixed number of times, with alpha
 * decaying from 1 to alphaMin over exactly those ticks. Start positions and d3's jiggle both use
 * the seeded rng, so the result is deterministic.
 *
 * Quality: normalised stress against graph-theoretic (hop) distances, see `normalisedStress`.
 */
import { forceLink, forceManyBody, forceSimulation, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import type { CsrNetwork } from '../network/csr';
import { createRng, DEFAULT_SEED, type Rng } from './random';
import type { LayoutProgress } from './vos';

export interface ForceLayoutOptions {
  /** Ticks of the simulation; alpha decays from 1 to `alphaMin` over them. */
  ticks: number;
  alphaMin: number;
  /** Barnes-Hut opening angle (d3 default 0.9; 1.2 halves the time at 5,000 nodes for the same stress). */
  theta: number;
  /** Charge of every node (negative = repulsion), in d3 units. */
  charge: number;
  /** Rest length of links, in d3 units. */
  linkDistance: number;
  /** Velocity decay (friction) per tick. */
  velocityDecay: number;
  seed: number;
  rng?: Rng;
  onProgress?: (progress: LayoutProgress) => void;
  shouldStop?: () => boolean;
}

export const DEFAULT_FORCE_OPTIONS: Readonly<ForceLayoutOptions> = {
  ticks: 120,
  alphaMin: 0.001,
  theta: 1.2,
  charge: -30,
  linkDistance: 30,
  velocityDecay: 0.4,
  seed: DEFAULT_SEED,
};

export interface ForceLayoutResult {
  x: Float64Array;
  y: Float64Array;
  ticks: number;
  stopped: boolean;
}

interface Node extends SimulationNodeDatum {
  index: number;
}

/** Lays out `network` with a seeded, synchronous Barnes-Hut force simulation (d3-force). */
export function forceLayout(network: CsrNetwork, options: Partial<ForceLayoutOptions> = {}): ForceLayoutResult {
  const o = { ...DEFAULT_FORCE_OPTIONS, ...options };
  const rng = o.rng ?? createRng(o.seed);
  const n = network.nodeCount;
  const { offsets, neighbors, weights } = network;
  // Random start in a disc whose area grows with n, as d3's phyllotaxis start does.
  const radius = o.linkDistance * Math.sqrt(n) / 2;
  const nodes: Node[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const r = radius * Math.sqrt(rng());
    const a = 2 * Math.PI * rng();
    nodes[i] = { index: i, x: r * Math.cos(a), y: r * Math.sin(a) };
  }
  const median = medianLinkWeight(network);
  const links: SimulationLinkDatum<Node>[] = [];
  const strengths: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const j = neighbors[k];
      if (j <= i) continue;
      const w = weights[k];
      const degreeMin = Math.min(offsets[i + 1] - offsets[i], offsets[j + 1] - offsets[j]);
      strengths.push(Math.min(1, (2 * w) / (w + median)) / degreeMin);
      links.push({ source: i, target: j });
    }
  }
  const simulation = forceSimulation<Node>(nodes)
    .randomSource(rng)
    .stop()
    .alpha(1)
    .alphaMin(o.alphaMin)
    .alphaDecay(1 - Math.pow(o.alphaMin, 1 / Math.max(1, o.ticks)))
    .velocityDecay(o.velocityDecay)
    .force('charge', forceManyBody<Node>().strength(o.charge).theta(o.theta))
    .force('link', forceLink<Node, SimulationLinkDatum<Node>>(links).distance(o.linkDistance).strength((_, i) => strengths[i]));
  let done = 0;
  let stopped = false;
  const chunk = 10;
  while (done < o.ticks) {
    const step = Math.min(chunk, o.ticks - done);
    simulation.tick(step);
    done += step;
    o.onProgress?.({ phase: 'force', done, total: o.ticks });
    if (done < o.ticks && o.shouldStop?.()) {
      stopped = true;
      break;
    }
  }
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = nodes[i].x ?? 0;
    y[i] = nodes[i].y ?? 0;
  }
  return { x, y, ticks: done, stopped };
}

function medianLinkWeight(network: CsrNetwork): number {
  if (network.weights.length === 0) return 1;
  const sorted = Float64Array.from(network.weights).sort();
  const median = sorted[sorted.length >> 1];
  return median > 0 ? median : 1;
}
