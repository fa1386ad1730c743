import { useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { ChartPanel } from '../../../ui/charts/chart-panel';
import { DEFAULT_CHART_THEME } from '../../../ui/charts/chart-theme';
import { buildScienceMapOption, scoreRange } from '../../../ui/charts/science-map-option';
import { useT } from '../../../ui/i18n';
import type { MessageKey, Translate } from '../../../ui/i18n';
import { defaultLabelCount, defaultLinkLimit, linksByStrengthOf } from '../map-helpers';
import type { FinishedMap } from '../use-maps';
import { useMeasuredWidth } from './use-element-width';
import { OVERLAY_CHOICES, chartItems, hasOverlay, overlayDecimals, overlayScoreName, overlayValues } from './view-helpers';
import type { OverlayChoice } from './view-helpers';

const HEIGHT = 620;

const labelOf = (t: Translate, choice: OverlayChoice, isCited: boolean): string => t(choice === 'avgYear' && isCited ? 'maps.overlay.avgCitingYear' : (`maps.overlay.${choice}` as MessageKey));

/** The network map coloured by cluster or by a score of its items (VOSviewer's overlay view). */
export function OverlayMapCard({ map }: { map: FinishedMap }) {
  const t = useT();
  const { result, options } = map;
  const [boxRef, measuredWidth] = useMeasuredWidth();
  const width = measuredWidth ?? 800;
  const [choice, setChoice] = useState<OverlayChoice>(() => (hasOverlay(result, 'avgYear') ? 'avgYear' : 'cluster'));
  const items = useMemo(() => chartItems(result), [result]);
  const linksByStrength = useMemo(() => linksByStrengthOf(result), [result]);
  const isCited = overlayScoreName('avgYear', result) === 'Avg. citing year';
  const choiceLabel = (c: OverlayChoice): string => labelOf(t, c, isCited);

  const option = useMemo(() => {
    if (measuredWidth === undefined) return undefined;
    const typeLabel = t(`maps.type.${options.type}` as MessageKey);
    const unitLabel = t(`maps.unit.${options.unit}` as MessageKey);
    const colorBy = (() => {
      if (choice === 'cluster') return undefined;
      const values = overlayValues(result, overlayScoreName(choice, result));
      return { name: labelOf(t, choice, isCited), values, range: scoreRange(values), decimals: overlayDecimals(choice), unknownLabel: t('maps.overlay.unknown') };
    })();
    return buildScienceMapOption(
      {
        items,
        linksByStrength,
        clusters: result.clusters,
        maxLinks: defaultLinkLimit(result.map.links.length),
        labelCount: defaultLabelCount(items.length),
        colorBy,
        width,
        height: HEIGHT,
        labels: {
          title: t('maps.overlay.title', { type: typeLabel, unit: unitLabel, score: labelOf(t, choice, isCited) }),
          subtitle: t('maps.chart.subtitle', { items: items.length, links: result.map.links.length, clusters: result.clusters.length, dataset: map.datasetName }),
          weight: t(`maps.weight.${result.weightName}` as MessageKey),
          cluster: t('maps.chart.cluster'),
          betweenClusters: t('maps.chart.betweenClusters'),
        },
      },
      DEFAULT_CHART_THEME,
    );
  }, [items, linksByStrength, result, choice, measuredWidth, width, t, isCited, options.type, options.unit, map.datasetName]);

  return (
    <Card data-testid="maps-overlay">
      <Box sx={{ px: 2, pt: 1.5, pb: 1 }}>
        <TextField
          select
          size="small"
          label={t('maps.overlay.colorBy')}
          value={choice}
          onChange={(event) => setChoice(event.target.value as OverlayChoice)}
          sx={{ minWidth: 280 }}
          slotProps={{ htmlInput: { 'data-testid': 'maps-overlay-select' } }}
        >
          {OVERLAY_CHOICES.map((c) => (
            <MenuItem key={c} value={c} disabled={!hasOverlay(result, c)}>
              {choiceLabel(c)}{hasOverlay(result, c) ? '' : ` (${t('maps.overlay.notAvailable')})`}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      <Box ref={boxRef} sx={{ borderTop: 1, borderColor: 'divider', px: 1, pb: 1 }}>
        {option === undefined ? <Box sx={{ height: HEIGHT }} /> : <ChartPanel option={option} height={HEIGHT} fileName={`meridian-overlay-${options.unit}-${choice}`} ariaLabel={t('maps.chart.aria')} note={choice === 'cluster' ? t('maps.hint') : t('maps.overlay.hint')} />}
      </Box>
    </Card>
  );
}
