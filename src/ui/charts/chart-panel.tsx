import { useRef } from 'react';
// The ESM build: the CommonJS one (lib/) reaches Vite as a module object, not a component.
import EChartsReactCore from 'echarts-for-react/esm/core';
import type { EChartsOption } from 'echarts';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ImageOutlinedIcon from '@mui/icons-material/ImageOutlined';
import DownloadOutlinedIcon from '@mui/icons-material/DownloadOutlined';
import { useT } from '../i18n';
import { downloadText, downloadUrl } from '../download';
import { echarts, renderOptionToSvg } from './echarts-core';

/** Options come from memoised builders: compare them by identity, not deeply (large charts hold thousands of values). */
const optionChanged = (previous: { option: unknown }, next: { option: unknown }): boolean => previous.option !== next.option;

export interface ChartPanelProps {
  option: EChartsOption;
  /** File name without extension for exports, e.g. "records-per-year". */
  fileName: string;
  height?: number;
  /** Accessible description of what the chart shows. */
  ariaLabel: string;
  /** A short caption beside the export buttons (e.g. what the chart leaves out). */
  note?: string;
}

/** An ECharts chart with PNG and SVG export. The option comes from a pure builder in ui/charts. */
export function ChartPanel({ option, fileName, height = 320, ariaLabel, note }: ChartPanelProps) {
  const t = useT();
  const chartRef = useRef<EChartsReactCore>(null);

  const exportPng = () => {
    const instance = chartRef.current?.getEchartsInstance();
    if (!instance) return;
    downloadUrl(instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' }), `${fileName}.png`);
  };

  const exportSvg = () => {
    const instance = chartRef.current?.getEchartsInstance();
    const width = instance?.getWidth() ?? 900;
    downloadText(renderOptionToSvg(option, width, height), `${fileName}.svg`, 'image/svg+xml');
  };

  return (
    <Box>
      <Box role="img" aria-label={ariaLabel}>
        <EChartsReactCore ref={chartRef} echarts={echarts} option={option} notMerge shouldSetOption={optionChanged} style={{ height, width: '100%' }} />
      </Box>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mt: 1 }}>
        <Typography variant="caption" sx={{ color: 'text.secondary', flexGrow: 1 }}>{note}</Typography>
        <Button size="small" variant="text" startIcon={<ImageOutlinedIcon />} onClick={exportPng}>
          {t('chart.exportPng')}
        </Button>
        <Button size="small" variant="text" startIcon={<DownloadOutlinedIcon />} onClick={exportSvg}>
          {t('chart.exportSvg')}
        </Button>
      </Stack>
    </Box>
  );
}
