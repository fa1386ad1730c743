import { useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import Slider from '@mui/material/Slider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ChartPanel } from '../../../ui/charts/chart-panel';
import { DEFAULT_CHART_THEME } from '../../../ui/charts/chart-theme';
import { DEFAULT_DENSITY_GRID, buildDensityOption, densityChartGrid, densityPixels } from '../../../ui/charts/density-option';
import type { DensityGrid } from '../../../ui/charts/density-option';
import { useT } from '../../../ui/i18n';
import type { MessageKey } from '../../../ui/i18n';
import { defaultLabelCount } from '../map-helpers';
import type { FinishedMap } from '../use-maps';
import { useMeasuredWidth } from './use-element-width';
import { chartItems } from './view-helpers';

const HEIGHT = 620;

/** The colour-mapped grid on a canvas of one pixel per cell (ECharts scales it to the plot area). */
function densityCanvas(grid: DensityGrid): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = grid.columns;
  canvas.height = grid.rows;
  canvas.getContext('2d')?.putImageData(new ImageData(densityPixels(grid), grid.columns, grid.rows), 0, 0);
  return canvas;
}

/** VOSviewer's item density view of the current map, with kernel width and label count controls. */
export function DensityCard({ map }: { map: FinishedMap }) {
  const t = useT();
  const { result, options } = map;
  const [boxRef, measuredWidth] = useMeasuredWidth();
  const items = useMemo(() => chartItems(result), [result]);
  const [kernel, setKernel] = useState<number>(DEFAULT_DENSITY_GRID.kernelWidth);
  const [labelCount, setLabelCount] = useState(() => Math.min(40, defaultLabelCount(items.length)));
  const chartWidth = measuredWidth === undefined ? undefined : Math.max(320, measuredWidth - 16);
  // The grid and its image follow the items, size and kernel only (not the label count).
  const grid = useMemo(() => (chartWidth === undefined ? undefined : densityChartGrid({ items, width: chartWidth, height: HEIGHT, kernelWidth: kernel })), [items, chartWidth, kernel]);
  const image = useMemo(() => (grid ? densityCanvas(grid) : undefined), [grid]);
  const option = useMemo(
    () =>
      chartWidth === undefined || !grid
        ? undefined
        : buildDensityOption(
            {
              items,
              width: chartWidth,
              height: HEIGHT,
              labelCount,
              kernelWidth: kernel,
              grid,
              image,
              labels: {
                title: t('maps.density.title', { unit: t(`maps.unit.${options.unit}` as MessageKey) }),
                subtitle: t('maps.density.subtitle', { items: items.length, kernel: kernel.toFixed(2), dataset: map.datasetName }),
                density: t('maps.density.density'),
                low: t('maps.density.low'),
                high: t('maps.density.high'),
                weight: t(`maps.weight.${result.weightName}` as MessageKey),
              },
            },
            DEFAULT_CHART_THEME,
          ),
    [items, chartWidth, grid, image, labelCount, kernel, t, options.unit, map.datasetName, result.weightName],
  );
  return (
    <Card data-testid="maps-density">
      <Stack direction="row" spacing={3} sx={{ px: 2.5, pt: 1.5, pb: 1 }}>
        <Box sx={{ width: 220 }}>
          <Typography variant="caption" sx={{ color: 'text.secondary' }} id="density-kernel">{t('maps.density.kernel')}: {kernel.toFixed(2)}</Typography>
          <Slider size="small" min={0.1} max={2} step={0.05} defaultValue={DEFAULT_DENSITY_GRID.kernelWidth} onChangeCommitted={(_, v) => setKernel(v as number)} slotProps={{ input: { 'aria-labelledby': 'density-kernel' } }} />
        </Box>
        <Box sx={{ width: 220 }}>
          <Typography variant="caption" sx={{ color: 'text.secondary' }} id="density-labels">{t('maps.density.labels')}: {labelCount}</Typography>
          <Slider size="small" min={0} max={Math.min(200, items.length)} step={1} defaultValue={labelCount} onChangeCommitted={(_, v) => setLabelCount(v as number)} slotProps={{ input: { 'aria-labelledby': 'density-labels' } }} />
        </Box>
      </Stack>
      <Box ref={boxRef} sx={{ borderTop: 1, borderColor: 'divider', px: 1, pb: 1 }}>
        {option === undefined ? <Box sx={{ height: HEIGHT }} /> : <ChartPanel option={option} height={HEIGHT} fileName={`meridian-density-${options.unit}`} ariaLabel={t('maps.density.title', { unit: t(`maps.unit.${options.unit}` as MessageKey) })} note={t('maps.density.hint')} />}
      </Box>
    </Card>
  );
}
