import { useEffect, useMemo, useState } from 'react';
import type { EChartsOption } from 'echarts';

/**
 * The option to hand to a new chart: first without its series (the canvas, title, legend and axes),
 * then, one animation frame later, whole. Setting up a chart and drawing thousands of items in one
 * go blocked the page for 250-450 ms on a 5,000-item map (bench/map-smoothness.mjs --large); split,
 * each part stays well under the 200 ms budget. Starts counting once `isActive` (the chart mounted).
 */
export function useStagedOption(option: EChartsOption, isActive = true): EChartsOption {
  const [isStaged, setStaged] = useState(true);
  useEffect(() => {
    if (!isActive || !isStaged) return;
    const frame = requestAnimationFrame(() => setStaged(false));
    return () => cancelAnimationFrame(frame);
  }, [isActive, isStaged]);
  return useMemo(() => (isStaged ? { ...option, series: [] } : option), [isStaged, option]);
}
