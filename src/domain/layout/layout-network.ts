/**
 * Whole-map layout: each connected component is laid out on its own (VOS mapping up to
 * `vosMaxNodes` nodes, Barnes-Hut force layout beyond), scaled so its area grows with its node
 * count, and the components are packed largest first from the centre outwards; isolated nodes
 * (no links) go on rings around the map. The final coordinates are centred with a mean pairwise
 * distance of 1.
 *
 * Laying components out separately is also what VOS needs: its repulsion is unbounded between
 * unconnected parts (VOSviewer works around this with a 0.01 similarity between all pairs).
 *
 * Why `vosMaxNodes = 1000`: the exact VOS gradient descent is O(n^2) per sweep; measured on this
 * implementation (2-core machine, Node 20) a 1,000-node component takes about 2.5 s, 500 nodes
 * 0.3 s, and the cost quadruples with every doubling (ANALYTICS.md section 15: 2,000 nodes ~20 s
 * and 5,000 nodes ~4 min in networkanalysis-ts). The force layout keeps 5,000 nodes / 50,000
 * links within a few seconds.
 */
import type { CsrNetwork } from '../network/csr';
import { connectedComponents, inducedSubnetwork } from './components';
import { DEFAULT_FORCE_OPTIONS, forceLayout, type ForceLayoutOptions } from './force';
import { packCircles, ringPositions, standardise } from './pack';
import { createRng, DEFAULT_SEED, type Rng } from './random';
import { normalisedStress } from './stress';
import { DEFAULT_VOS_OPTIONS, vosLayout, type LayoutProgress, type VosLayoutOptions } from './vos';

export type LayoutMethod = 'vos' | 'force';

export interface LayoutOptions {
  /** Components with more nodes than this use the force layout. */
  vosMaxNodes: number;
  seed: number;
  /** Injectable generator shared by every step; defaults to `createRng(seed)`. */
  rng?: Rng;
  vos: Partial<VosLayoutOptions>;
  force: Partial<ForceLayoutOptions>;
  onProgress?: (progress: LayoutProgress) => void;
  /** Polled between components (and inside each algorithm); remaining components get a random layout. */
  shouldStop?: () => boolean;
}

export const DEFAULT_LAYOUT_OPTIONS: Readonly<LayoutOptions> = {
  vosMaxNodes: 1000,
  seed: DEFAULT_SEED,
  vos: DEFAULT_VOS_OPTIONS,
  force: DEFAULT_FORCE_OPTIONS,
};

export interface ComponentLayout {
  nodeCount: number;
  method: LayoutMethod | 'trivial';
  /** VOS quality Q on the component's own coordinates (lower is better); null unless method is 'vos'. */
  vosQuality: number | null;
  /** Normalised stress in [0, 1] against hop distances (lower is better). */
  stress: number;
}

export interface NetworkLayout {
  x: Float64Array;
  y: Float64Array;
  /** 'vos' when every component of 3+ nodes used VOS, 'force' when all used force, else 'mixed'. */
  method: LayoutMethod | 'mixed';
  quality: {
    /** Sum of the VOS quality Q over the VOS-laid components; null if none. */
    vosObjective: number | null;
    /** Node-weighted mean normalised stress over components of 3+ nodes (0 if none). */
    stress: number;
  };
  /** One entry per component with links, largest first. */
  components: ComponentLayout[];
  isolateCount: number;
  stopped: boolean;
}

/** Typical distance between neighbouring nodes before standardisation. */
const UNIT = 1;

/**
 * Lays out a network (normalised weights, e.g. association strength) for display. Deterministic
 * for a given seed (or rng). Returns coordinates centred with a mean pairwise distance of 1.
 */
export function layoutNetwork(network: CsrNetwork, options: Partial<LayoutOptions> = {}): NetworkLayout {
  const o = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  const rng = o.rng ?? createRng(o.seed);
  const n = network.nodeCount;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const { members } = connectedComponents(network);
  const linked = members.filter((m) => m.length > 1);
  const isolates = members.filter((m) => m.length === 1).map((m) => m[0]);
  const summaries: ComponentLayout[] = [];
  const localX: Float64Array[] = [];
  const localY: Float64Array[] = [];
  const radii = new Float64Array(linked.length);
  let stopped = false;
  let done = 0;
  for (let c = 0; c < linked.length; c++) {
    const nodes = linked[c];
    const sub = inducedSubnetwork(network, nodes);
    const size = nodes.length;
    let lx: Float64Array;
    let ly: Float64Array;
    let method: ComponentLayout['method'];
    let vosQuality: number | null = null;
    const shouldStop = o.shouldStop;
    if (stopped || size === 2) {
      method = size === 2 ? 'trivial' : size > o.vosMaxNodes ? 'force' : 'vos';
      lx = Float64Array.from({ length: size }, () => rng());
      ly = Float64Array.from({ length: size }, () => rng());
      if (size === 2) {
        lx.set([0, 1]);
        ly.set([0, 0]);
      }
    } else if (size <= o.vosMaxNodes) {
      method = 'vos';
      const r = vosLayout(sub, { ...o.vos, rng, shouldStop });
      lx = r.x;
      ly = r.y;
      vosQuality = r.quality;
      stopped = r.stopped;
    } else {
      method = 'force';
      const r = forceLayout(sub, { ...o.force, rng, shouldStop });
      lx = r.x;
      ly = r.y;
      stopped = r.stopped;
    }
    const stress = size >= 3 ? normalisedStress(sub, lx, ly, { rng }) : 0;
    radii[c] = fitToArea(lx, ly, size);
    localX.push(lx);
    localY.push(ly);
    summaries.push({ nodeCount: size, method, vosQuality, stress });
    done += size;
    o.onProgress?.({ phase: 'layout', done, total: n });
    if (!stopped && o.shouldStop?.()) stopped = true;
  }
  const { cx, cy } = packCircles(radii, UNIT);
  let mapRadius = 0;
  for (let c = 0; c < linked.length; c++) {
    const nodes = linked[c];
    for (let i = 0; i < nodes.length; i++) {
      x[nodes[i]] = cx[c] + localX[c][i];
      y[nodes[i]] = cy[c] + localY[c][i];
    }
    mapRadius = Math.max(mapRadius, Math.hypot(cx[c], cy[c]) + radii[c]);
  }
  const ring = ringPositions(isolates.length, mapRadius, UNIT, rng);
  isolates.forEach((v, i) => {
    x[v] = ring.x[i];
    y[v] = ring.y[i];
  });
  standardise(x, y, rng);

  const methods = new Set(summaries.filter((s) => s.method !== 'trivial').map((s) => s.method));
  const vosParts = summaries.filter((s) => s.vosQuality !== null);
  let stressWeight = 0;
  let stressSum = 0;
  for (const s of summaries) {
    if (s.nodeCount < 3) continue;
    stressWeight += s.nodeCount;
    stressSum += s.nodeCount * s.stress;
  }
  return {
    x,
    y,
    method: methods.size === 2 ? 'mixed' : methods.has('force') ? 'force' : 'vos',
    quality: {
      vosObjective: vosParts.length ? vosParts.reduce((sum, s) => sum + (s.vosQuality ?? 0), 0) : null,
      stress: stressWeight > 0 ? stressSum / stressWeight : 0,
    },
    components: summaries,
    isolateCount: isolates.length,
    stopped,
  };
}

/**
 * Centres a component on its centroid and scales it so its root-mean-square radius is
 * UNIT * sqrt(size) / 2, i.e. the same node density for every component. Returns the radius of
 * its enclosing circle (about the centroid), with half a unit of margin.
 */
function fitToArea(x: Float64Array, y: Float64Array, size: number): number {
  let mx = 0;
  let my = 0;
  for (let i = 0; i < size; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= size;
  my /= size;
  let ss = 0;
  for (let i = 0; i < size; i++) {
    x[i] -= mx;
    y[i] -= my;
    ss += x[i] * x[i] + y[i] * y[i];
  }
  const rms = Math.sqrt(ss / size);
  const scale = rms > 0 ? (UNIT * Math.sqrt(size)) / 2 / rms : 1;
  let radius = 0;
  for (let i = 0; i < size; i++) {
    x[i] *= scale;
    y[i] *= scale;
    radius = Math.max(radius, Math.hypot(x[i], y[i]));
  }
  return radius + UNIT / 2;
}
