import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { ECharts } from 'echarts';
import EChartsReactCore from 'echarts-for-react/esm/core';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Slider from '@mui/material/Slider';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import CenterFocusStrongOutlinedIcon from '@mui/icons-material/CenterFocusStrongOutlined';
import DownloadOutlinedIcon from '@mui/icons-material/DownloadOutlined';
import ImageOutlinedIcon from '@mui/icons-material/ImageOutlined';
import SearchIcon from '@mui/icons-material/Search';
import { DEFAULT_CHART_THEME } from '../../ui/charts/chart-theme';
import { echarts, renderOptionToSvg } from '../../ui/charts/echarts-core';
import { buildScienceMapOption } from '../../ui/charts/science-map-option';
import type { MapChartItem } from '../../ui/charts/science-map-option';
import { useStagedOption } from '../../ui/charts/use-staged-option';
import { downloadText, downloadUrl } from '../../ui/download';
import { useT } from '../../ui/i18n';
import type { MessageKey } from '../../ui/i18n';
import { defaultLabelCount, defaultLinkLimit, linksByStrengthOf, nearestLink, neighboursOf, searchItems } from './map-helpers';
import type { FinishedMap } from './use-maps';
import { useMeasuredWidth } from './views/use-element-width';

const HEIGHT = 620;
const CHART_STYLE = { height: HEIGHT, width: '100%' } as const;
/** Options are rebuilt only when their inputs change: compare by identity, not deeply (tens of thousands of coordinates). */
const optionChanged = (previous: { option: unknown }, next: { option: unknown }): boolean => previous.option !== next.option;

export interface MapCardProps {
  map: FinishedMap;
  selected: number | undefined;
  onSelect: (id: number | undefined) => void;
  /** A click on (or next to) a drawn link, away from any item. */
  onSelectLink?: (source: number, target: number) => void;
}

/** How close to a link, in pixels, a click still picks it. */
const LINK_PICK_PIXELS = 6;

/** The science map: zoom and pan, search, how many links to draw, PNG and SVG export. */
export function MapCard({ map, selected, onSelect, onSelectLink }: MapCardProps) {
  const t = useT();
  const { result, options } = map;
  const chartRef = useRef<EChartsReactCore>(null);
  const [boxRef, measuredWidth] = useMeasuredWidth();
  const width = measuredWidth ?? 800;
  const [query, setQuery] = useState('');
  const linksByStrength = useMemo(() => linksByStrengthOf(result), [result]);
  const [linkLimit, setLinkLimit] = useState(() => defaultLinkLimit(result.map.links.length));
  const [sliderValue, setSliderValue] = useState(linkLimit);
  const items = useMemo<MapChartItem[]>(
    () => result.map.items.map((item) => ({ id: item.id, label: item.label, x: item.x, y: item.y, cluster: item.cluster, weight: item.weights[result.weightName] ?? 0 })),
    [result],
  );
  // The map follows the search box and the selection in a background render: the keystroke (or the
  // details panel) is answered first, and restyling thousands of items comes after, in its own task.
  const shownQuery = useDeferredValue(query);
  const shownSelected = useDeferredValue(selected);
  const matches = useMemo(() => searchItems(items, shownQuery), [items, shownQuery]);
  const highlight = useMemo(() => {
    if (shownQuery.trim()) return matches;
    if (shownSelected === undefined) return undefined;
    return new Set([shownSelected, ...neighboursOf(result.map.links, shownSelected).map((n) => n.id)]);
  }, [shownQuery, matches, shownSelected, result]);

  const typeLabel = t(`maps.type.${options.type}` as MessageKey);
  const unitLabel = t(`maps.unit.${options.unit}` as MessageKey);
  // The summary line names the thesaurus, so the map (and its PNG and SVG) says how terms were merged.
  const thesaurusNote = options.thesaurus ? ` · ${t('maps.chart.thesaurus', { file: options.thesaurus.fileName })}` : '';
  const option = useMemo(
    () =>
      buildScienceMapOption(
        {
          items,
          linksByStrength,
          clusters: result.clusters,
          maxLinks: linkLimit,
          labelCount: defaultLabelCount(items.length),
          highlight,
          selected: shownSelected,
          width,
          height: HEIGHT,
          labels: {
            title: t('maps.chart.title', { type: typeLabel, unit: unitLabel }),
            subtitle: t('maps.chart.subtitle', { items: items.length, links: result.map.links.length, clusters: result.clusters.length, dataset: map.datasetName }) + thesaurusNote,
            weight: t(`maps.weight.${result.weightName}` as MessageKey),
            cluster: t('maps.chart.cluster'),
            betweenClusters: t('maps.chart.betweenClusters'),
          },
        },
        DEFAULT_CHART_THEME,
      ),
    [items, linksByStrength, result, linkLimit, highlight, shownSelected, width, t, typeLabel, unitLabel, map.datasetName, thesaurusNote],
  );

  const shownOption = useStagedOption(option, measuredWidth !== undefined);

  // The click handler reads the latest callback through a ref, so the chart never rebinds events.
  const selectRef = useRef(onSelect);
  useEffect(() => {
    selectRef.current = onSelect;
  }, [onSelect]);
  const onEvents = useMemo(
    () => ({
      click: (params: { seriesType?: string; value?: unknown }) => {
        if (params.seriesType === 'scatter' && Array.isArray(params.value)) selectRef.current(Number(params.value[3]));
      },
    }),
    [],
  );

  // Links are drawn as a few large paths that ECharts cannot hit-test one by one: a click on the
  // empty canvas picks the drawn link that passes within a few pixels of it.
  const linkPick = useRef({ items, links: linksByStrength.slice(0, linkLimit), onSelectLink });
  useEffect(() => {
    linkPick.current = { items, links: linksByStrength.slice(0, linkLimit), onSelectLink };
  }, [items, linksByStrength, linkLimit, onSelectLink]);
  const onChartReady = useCallback((instance: ECharts) => {
    instance.getZr().on('click', (event: { target?: unknown; offsetX: number; offsetY: number }) => {
      const pick = linkPick.current;
      if (event.target || !pick.onSelectLink) return;
      const at = instance.convertFromPixel({ gridIndex: 0 }, [event.offsetX, event.offsetY]) as number[] | undefined;
      const beside = instance.convertFromPixel({ gridIndex: 0 }, [event.offsetX + LINK_PICK_PIXELS, event.offsetY]) as number[] | undefined;
      if (!at || !beside) return;
      const hit = nearestLink({ x: at[0], y: at[1] }, pick.items, pick.links, Math.abs(beside[0] - at[0]));
      if (hit) pick.onSelectLink(hit.source, hit.target);
    });
  }, []);

  const fileName = `meridian-map-${options.type}-${options.unit}`;
  const exportPng = () => {
    const instance = chartRef.current?.getEchartsInstance();
    if (instance) downloadUrl(instance.getDataURL({ type: 'png', pixelRatio: 3, backgroundColor: '#ffffff' }), `${fileName}.png`);
  };
  const exportSvg = () => downloadText(renderOptionToSvg(option, width, HEIGHT), `${fileName}.svg`, 'image/svg+xml');
  const resetView = () => {
    const instance = chartRef.current?.getEchartsInstance();
    instance?.dispatchAction({ type: 'dataZoom', dataZoomIndex: 0, start: 0, end: 100 });
    instance?.dispatchAction({ type: 'dataZoom', dataZoomIndex: 1, start: 0, end: 100 });
  };
  const totalLinks = result.map.links.length;

  return (
    <Card data-testid="maps-chart-card">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', px: 2, pt: 1.5, pb: 1 }}>
        <TextField
          size="small"
          placeholder={t('maps.search')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          sx={{ width: 240, flexShrink: 0 }}
          slotProps={{
            htmlInput: { 'aria-label': t('maps.search'), 'data-testid': 'maps-search' },
            input: {
              startAdornment: <InputAdornment position="start"><SearchIcon fontSize="small" /></InputAdornment>,
              endAdornment: query.trim() && shownQuery === query ? <InputAdornment position="end"><Typography variant="caption" sx={{ color: matches.size ? 'secondary.dark' : 'warning.dark', whiteSpace: 'nowrap' }}>{t('maps.search.matches', { count: matches.size })}</Typography></InputAdornment> : undefined,
            },
          }}
        />
        <Box sx={{ flex: 1, minWidth: 140 }}>
          <Typography variant="caption" sx={{ color: 'text.secondary' }} id="maps-links-label">
            {t('maps.links')}: {t('maps.links.value', { shown: Math.min(sliderValue, totalLinks), total: totalLinks })}
          </Typography>
          <Slider
            size="small"
            min={0}
            max={Math.max(1, totalLinks)}
            step={Math.max(1, Math.round(totalLinks / 200))}
            value={Math.min(sliderValue, totalLinks)}
            disabled={totalLinks === 0}
            onChange={(_, value) => setSliderValue(value as number)}
            onChangeCommitted={(_, value) => setLinkLimit(value as number)}
            slotProps={{ input: { 'aria-labelledby': 'maps-links-label' } }}
            sx={{ py: 0.75 }}
          />
        </Box>
        <Stack direction="row" spacing={0.25} sx={{ flexShrink: 0 }}>
          <Tooltip title={t('maps.resetView')}>
            <IconButton size="small" onClick={resetView} aria-label={t('maps.resetView')}>
              <CenterFocusStrongOutlinedIcon fontSize="small" />
            </IconButton>
          </Tooltip>
          <Tooltip title={t('chart.exportPng')}>
            <Button size="small" startIcon={<ImageOutlinedIcon />} onClick={exportPng} aria-label={t('chart.exportPng')}>{t('maps.png')}</Button>
          </Tooltip>
          <Tooltip title={t('chart.exportSvg')}>
            <Button size="small" startIcon={<DownloadOutlinedIcon />} onClick={exportSvg} aria-label={t('chart.exportSvg')}>{t('maps.svg')}</Button>
          </Tooltip>
        </Stack>
      </Stack>
      <Box ref={boxRef} role="img" aria-label={t('maps.chart.aria')} sx={{ borderTop: 1, borderColor: 'divider' }}>
        {measuredWidth === undefined ? (
          // The chart waits for its width, so it is drawn once, at the right size.
          <Box sx={{ height: HEIGHT }} />
        ) : (
          <EChartsReactCore ref={chartRef} echarts={echarts} option={shownOption} replaceMerge={['series']} shouldSetOption={optionChanged} onEvents={onEvents} onChartReady={onChartReady} style={CHART_STYLE} data-testid="maps-chart" />
        )}
      </Box>
      <Typography variant="caption" component="p" sx={{ color: 'text.secondary', px: 2, py: 1, borderTop: 1, borderColor: 'divider' }}>{t('maps.hint')}</Typography>
    </Card>
  );
}
