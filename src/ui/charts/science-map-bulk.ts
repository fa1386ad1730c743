/**
 * The items of a crowded science map (thousands of items) drawn in bulk. ECharts draws a scatter
 * series in large mode as one path instead of one element per item: zooming, panning or restyling
 * a 5,000-item map then redraws a few dozen paths, not 5,000 elements with their own styles (which
 * blocked the page for half a second per wheel step). A large series has one symbol size and one
 * colour, so items are grouped by colour (their cluster, or a step of the overlay scale), by size
 * step and by whether they are faded. Hover and clicks still reach each item (ECharts hit-tests
 * the points of a large series); labels, hover emphasis and the selection need an element per
 * item, so the few items that carry them are left out here and drawn on top by the caller.
 */
import type { ScatterSeriesOption } from 'echarts';

/** Beyond this many items a map draws its items in bulk (the demo maps, hundreds of items, are drawn one by one). */
export const BULK_ITEM_THRESHOLD = 1500;

/** Symbol sizes are rounded to this many steps between the smallest and the largest (a step is ~2 px). */
export const BULK_SIZE_STEPS = 8;

export interface BulkItem {
  id: number;
  x: number;
  y: number;
  weight: number;
}

export interface BulkGroup {
  /** Series name: the cluster's legend entry (so the legend hides its items), or the score's name. */
  name: string;
  color: string;
}

export interface BulkPoints<T extends BulkItem> {
  items: readonly T[];
  /** Symbol diameter in pixels, indexed by item id. */
  sizes: ArrayLike<number>;
  /** Items drawn one by one by the caller, left out here. */
  skip: ReadonlySet<number>;
  /** The colour group of an item (a key of `groups`). */
  groupOf: (item: T) => number;
  groups: ReadonlyMap<number, BulkGroup>;
  isFaded: (item: T) => boolean;
  /** Values stored after [x, y, size, id, weight] (the overlay's score). */
  extra?: (item: T) => number[];
  style: { opacity: number; fadedOpacity: number; borderColor: string; borderWidth: number };
  z: number;
  zlevel: number;
}

/** The size step of each size: [step per item id, drawn size per step]. */
export function sizeSteps(sizes: ArrayLike<number>, steps = BULK_SIZE_STEPS): { stepOf: Uint8Array; sizeOf: number[] } {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < sizes.length; i++) {
    if (sizes[i] < min) min = sizes[i];
    if (sizes[i] > max) max = sizes[i];
  }
  const width = max > min ? (max - min) / steps : 0;
  const stepOf = new Uint8Array(sizes.length);
  for (let i = 0; i < sizes.length; i++) stepOf[i] = width > 0 ? Math.round((sizes[i] - min) / width) : 0;
  const sizeOf = Array.from({ length: steps + 1 }, (_, s) => (Number.isFinite(min) ? min + s * width : 0));
  return { stepOf, sizeOf };
}

/**
 * Large-mode scatter series holding every item not in `skip`: faded ones first, then by size step
 * from small to large (heavy items on top), by group within a step. Each item's value is
 * [x, y, size, id, weight, ...extra], as in the item-by-item series, so tooltips and clicks read it alike.
 */
export function bulkPointSeries<T extends BulkItem>(input: BulkPoints<T>): ScatterSeriesOption[] {
  const { stepOf, sizeOf } = sizeSteps(input.sizes);
  const buckets = new Map<string, { faded: boolean; step: number; group: number; rows: number[][] }>();
  for (const item of input.items) {
    if (input.skip.has(item.id)) continue;
    const faded = input.isFaded(item);
    const step = stepOf[item.id];
    const group = input.groupOf(item);
    const key = `${faded ? 0 : 1}:${step}:${group}`;
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = { faded, step, group, rows: [] }));
    bucket.rows.push([item.x, item.y, input.sizes[item.id], item.id, item.weight, ...(input.extra?.(item) ?? [])]);
  }
  const ordered = [...buckets.values()].sort((a, b) => Number(a.faded ? 0 : 1) - Number(b.faded ? 0 : 1) || a.step - b.step || a.group - b.group);
  const { style } = input;
  return ordered.map((bucket) => {
    const group = input.groups.get(bucket.group) ?? { name: String(bucket.group), color: '#999999' };
    return {
      type: 'scatter',
      name: group.name,
      coordinateSystem: 'cartesian2d',
      z: input.z,
      zlevel: input.zlevel,
      // One path per series, whatever the number of items.
      large: true,
      largeThreshold: 0,
      animation: false,
      symbolSize: sizeOf[bucket.step],
      itemStyle: { color: group.color, opacity: bucket.faded ? style.fadedOpacity : style.opacity, borderColor: style.borderColor, borderWidth: style.borderWidth },
      data: bucket.rows,
    };
  });
}
