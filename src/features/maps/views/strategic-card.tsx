import { useMemo } from 'react';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { ChartPanel } from '../../../ui/charts/chart-panel';
import { DEFAULT_CHART_THEME } from '../../../ui/charts/chart-theme';
import { buildStrategicOption } from '../../../ui/charts/strategic-option';
import { useT } from '../../../ui/i18n';
import type { FinishedMap } from '../use-maps';

/** The strategic diagram of the map's clusters (centrality x density, cut at the medians). */
export function StrategicCard({ map }: { map: FinishedMap }) {
  const t = useT();
  const { result } = map;
  const option = useMemo(
    () =>
      buildStrategicOption(
        {
          clusters: result.clusters,
          labels: {
            title: t('maps.strategic.title'),
            subtitle: t('maps.strategic.subtitle', { clusters: result.clusters.length }),
            centrality: t('maps.strategic.centrality'),
            density: t('maps.strategic.density'),
            size: t('maps.strategic.size'),
            quadrants: {
              motor: t('maps.strategic.motor'),
              niche: t('maps.strategic.niche'),
              'emerging-or-declining': t('maps.strategic.emerging-or-declining'),
              basic: t('maps.strategic.basic'),
            },
          },
        },
        DEFAULT_CHART_THEME,
      ),
    [result, t],
  );
  return (
    <Card data-testid="maps-strategic">
      <CardContent sx={{ px: 2.5, pt: 2, '&:last-child': { pb: 1.5 } }}>
        {result.clusters.length < 2 ? (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>{t('maps.strategic.tooFew')}</Typography>
        ) : (
          <ChartPanel option={option} height={560} fileName={`meridian-strategic-diagram-${map.options.unit}`} ariaLabel={t('maps.strategic.title')} note={t('maps.strategic.hint')} />
        )}
      </CardContent>
    </Card>
  );
}
