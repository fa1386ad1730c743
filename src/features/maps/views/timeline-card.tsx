import { useMemo, useState } from 'react';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { ChartPanel } from '../../../ui/charts/chart-panel';
import { DEFAULT_CHART_THEME } from '../../../ui/charts/chart-theme';
import { buildClusterTimelineOption, timelineYears } from '../../../ui/charts/cluster-timeline-option';
import { useT } from '../../../ui/i18n';
import type { FinishedMap } from '../use-maps';

/** Documents per year behind each cluster, in the cluster colours. */
export function TimelineCard({ map }: { map: FinishedMap }) {
  const t = useT();
  const { result } = map;
  const [stacked, setStacked] = useState(false);
  const option = useMemo(
    () =>
      buildClusterTimelineOption(
        {
          clusters: result.clusters,
          stacked,
          labels: {
            title: t('maps.timeline.title'),
            subtitle: t('maps.timeline.subtitle', { clusters: result.clusters.length, dataset: map.datasetName }),
            axisYear: t('maps.timeline.axisYear'),
            axisDocuments: t('maps.timeline.axisDocuments'),
          },
        },
        DEFAULT_CHART_THEME,
      ),
    [result, stacked, t, map.datasetName],
  );
  const isEmpty = timelineYears(result.clusters).length === 0;
  return (
    <Card data-testid="maps-timeline">
      <CardContent sx={{ px: 2.5, pt: 1.5, '&:last-child': { pb: 1.5 } }}>
        <FormControlLabel control={<Switch size="small" checked={stacked} onChange={(e) => setStacked(e.target.checked)} />} label={t('maps.timeline.stacked')} />
        {isEmpty ? (
          <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1 }}>{t('maps.timeline.empty')}</Typography>
        ) : (
          <ChartPanel option={option} height={460} fileName={`meridian-cluster-timeline-${map.options.unit}`} ariaLabel={t('maps.timeline.title')} note={t('maps.timeline.hint')} />
        )}
      </CardContent>
    </Card>
  );
}
