/** Colours of the science maps: cluster hues and the viridis scale of scores and densities. */

/**
 * Cluster colours: Tableau 10 then a second set of distinct hues, so neighbouring cluster numbers
 * never share a hue; beyond 20 clusters the colours repeat (the legend still names each cluster).
 */
export const CLUSTER_PALETTE = [
  '#4e79a7', '#e15759', '#59a14f', '#f28e2b', '#b07aa1', '#76b7b2', '#edc948', '#ff9da7', '#9c755f', '#7f8c99',
  '#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d', '#1f78b4', '#b2df8a', '#fb9a99',
] as const;

/** Viridis (matplotlib), 9 stops from low to high: readable in grey and by colour-blind readers. */
export const VIRIDIS = ['#440154', '#472d7b', '#3b528b', '#2c728e', '#21918c', '#28ae80', '#5ec962', '#addc30', '#fde725'] as const;

export const clusterColor = (cluster: number): string => CLUSTER_PALETTE[((cluster % CLUSTER_PALETTE.length) + CLUSTER_PALETTE.length) % CLUSTER_PALETTE.length];

export const hexToRgb = (hex: string): [number, number, number] => {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

/**
 * The colour at `t` in [0, 1] (clamped) of a scale through `stops`, interpolated linearly in RGB
 * between neighbouring stops, as ECharts' continuous visualMap does: "#rrggbb".
 */
export function scaleColor(t: number, stops: readonly string[] = VIRIDIS): string {
  const at = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (stops.length - 1);
  const low = Math.min(stops.length - 1, Math.floor(at));
  const high = Math.min(stops.length - 1, low + 1);
  const a = hexToRgb(stops[low]);
  const b = hexToRgb(stops[high]);
  const f = at - low;
  return `#${a.map((c, k) => Math.round(c + (b[k] - c) * f).toString(16).padStart(2, '0')).join('')}`;
}
