import { useEffect, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { getAnalysisClient, isAborted, toWorkspaceError } from '../../../services';
import { ChartPanel } from '../../../ui/charts/chart-panel';
import { DEFAULT_CHART_THEME } from '../../../ui/charts/chart-theme';
import { buildHistoriographOption } from '../../../ui/charts/historiograph-option';
import { useT } from '../../../ui/i18n';
import type { Historiograph } from '../../../domain/history';
import type { FinishedMap } from '../use-maps';

const TOP_CHOICES = [10, 20, 30, 50, 80] as const;

/** Garfield's historiograph of the dataset's most locally cited documents. */
export function HistoriographCard({ map }: { map: FinishedMap }) {
  const t = useT();
  const [top, setTop] = useState(30);
  const [state, setState] = useState<{ graph?: Historiograph; error?: string; isLoading: boolean }>({ isLoading: true });

  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, isLoading: true }));
    getAnalysisClient()
      .historiograph(map.datasetId, { top })
      .then(
        (graph) => live && setState({ graph, isLoading: false }),
        (error: unknown) => live && !isAborted(error) && setState({ error: toWorkspaceError(error).message, isLoading: false }),
      );
    return () => {
      live = false;
    };
  }, [map.datasetId, top]);

  const graph = state.graph;
  const option = useMemo(
    () =>
      graph &&
      buildHistoriographOption(
        {
          nodes: graph.nodes,
          links: graph.links,
          years: graph.years,
          labels: {
            title: t('maps.history.title'),
            subtitle: t('maps.history.subtitle', { nodes: graph.nodes.length, links: graph.links.length, dataset: map.datasetName }),
            axisYear: t('maps.history.axisYear'),
            localCitations: t('maps.history.lcs'),
            globalCitations: t('maps.history.gcs'),
          },
        },
        DEFAULT_CHART_THEME,
      ),
    [graph, t, map.datasetName],
  );
  // Taller for crowded years: about 34 px per document in the fullest year.
  const height = useMemo(() => {
    if (!graph) return 520;
    const perYear = new Map<number, number>();
    for (const n of graph.nodes) perYear.set(n.year, (perYear.get(n.year) ?? 0) + 1);
    return Math.min(1100, Math.max(480, 160 + 34 * Math.max(0, ...perYear.values())));
  }, [graph]);

  return (
    <Card data-testid="maps-historiograph">
      <CardContent sx={{ px: 2.5, pt: 2, '&:last-child': { pb: 1.5 } }}>
        <TextField select size="small" label={t('maps.history.top')} value={top} onChange={(e) => setTop(Number(e.target.value))} sx={{ width: 140, mb: 1 }}>
          {TOP_CHOICES.map((n) => <MenuItem key={n} value={n}>{n}</MenuItem>)}
        </TextField>
        {state.isLoading && <LinearProgress aria-label={t('maps.history.loading')} sx={{ mb: 1 }} />}
        {state.error && <Alert severity="error">{t('maps.views.failed', { message: state.error })}</Alert>}
        {graph && graph.nodes.length === 0 && <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1 }}>{t('maps.history.none')}</Typography>}
        {option && graph && graph.nodes.length > 0 && (
          <Box sx={{ opacity: state.isLoading ? 0.6 : 1 }}>
            <ChartPanel option={option} height={height} fileName={`meridian-historiograph-top${top}`} ariaLabel={t('maps.history.title')} note={t('maps.history.hint')} />
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
