/**
 * Arranging separately laid-out components: circle packing (largest first, at the centre),
 * concentric rings for isolated nodes, and standardisation (centred, mean pairwise distance 1, as
 * VOSviewer's `Layout.standardize`).
 */
import type { Rng } from './random';

/**
 * Places circles of the given radii, in the given order, without overlap: the first at the
 * origin, each next one at the first free position along an Archimedean spiral from the origin
 * (so big components sit in the middle and small ones fill the gaps around them). Circles of equal
 * radius resume the spiral where the previous one stopped, which keeps thousands of equal small
 * components (dyads, triads) near-linear.
 */
export function packCircles(radii: ArrayLike<number>, gap: number): { cx: Float64Array; cy: Float64Array } {
  const k = radii.length;
  const cx = new Float64Array(k);
  const cy = new Float64Array(k);
  let theta = 0;
  for (let c = 1; c < k; c++) {
    const r = radii[c];
    if (r !== radii[c - 1]) theta = 0;
    const a = Math.max(r, 1e-9) / Math.PI; // the spiral's arms are 2r apart
    for (;;) {
      const rho = a * theta;
      const px = rho * Math.cos(theta);
      const py = rho * Math.sin(theta);
      let free = true;
      for (let j = 0; j < c; j++) {
        const dx = px - cx[j];
        const dy = py - cy[j];
        const min = r + radii[j] + gap;
        if (dx * dx + dy * dy < min * min) {
          free = false;
          break;
        }
      }
      if (free) {
        cx[c] = px;
        cy[c] = py;
        break;
      }
      theta += (0.5 * Math.max(r, 1e-9)) / Math.max(rho, r, 1e-9);
    }
  }
  return { cx, cy };
}

/**
 * `count` points on concentric rings around a map of radius `innerRadius`, neighbours `spacing`
 * apart, the first ring one spacing outside the map; each ring starts at a random angle.
 */
export function ringPositions(count: number, innerRadius: number, spacing: number, rng: Rng): { x: Float64Array; y: Float64Array } {
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  let placed = 0;
  let radius = innerRadius + spacing;
  while (placed < count) {
    const capacity = Math.max(6, Math.floor((2 * Math.PI * radius) / spacing));
    const onRing = Math.min(capacity, count - placed);
    // Spread a last, partial ring evenly instead of crowding one side.
    const slots = onRing < capacity ? onRing : capacity;
    const phase = 2 * Math.PI * rng();
    for (let s = 0; s < onRing; s++) {
      const angle = phase + (2 * Math.PI * s) / slots;
      x[placed] = radius * Math.cos(angle);
      y[placed++] = radius * Math.sin(angle);
    }
    radius += spacing;
  }
  return { x, y };
}

/**
 * Mean Euclidean distance over all pairs of points; exact up to `exactMaxPoints` points, beyond
 * that the mean over `samples` seeded random pairs.
 */
export function meanPairDistance(x: Float64Array, y: Float64Array, rng: Rng, exactMaxPoints = 6000, samples = 2_000_000): number {
  const n = x.length;
  if (n < 2) return 0;
  let sum = 0;
  let pairs = 0;
  if (n <= exactMaxPoints) {
    for (let i = 1; i < n; i++) {
      const xi = x[i];
      const yi = y[i];
      for (let j = 0; j < i; j++) {
        const dx = xi - x[j];
        const dy = yi - y[j];
        sum += Math.sqrt(dx * dx + dy * dy);
      }
    }
    pairs = (n * (n - 1)) / 2;
  } else {
    for (let s = 0; s < samples; s++) {
      const i = Math.floor(rng() * n);
      const j = Math.floor(rng() * n);
      if (i === j) continue;
      const dx = x[i] - x[j];
      const dy = y[i] - y[j];
      sum += Math.sqrt(dx * dx + dy * dy);
      pairs++;
    }
  }
  return pairs > 0 ? sum / pairs : 0;
}

/** Centres the points on their centroid and scales them to a mean pairwise distance of 1, in place. */
export function standardise(x: Float64Array, y: Float64Array, rng: Rng): void {
  const n = x.length;
  if (n === 0) return;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  for (let i = 0; i < n; i++) {
    x[i] -= mx;
    y[i] -= my;
  }
  const mean = meanPairDistance(x, y, rng);
  if (!(mean > 0)) return;
  for (let i = 0; i < n; i++) {
    x[i] /= mean;
    y[i] /= mean;
  }
}
