import { useCallback, useEffect, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ThematicEvolutionResult } from '../../../domain/maps/evolution';
import type { EvolutionIndex } from '../../../domain/themes';
import { getAnalysisClient, isAborted, toWorkspaceError } from '../../../services';
import { ChartPanel } from '../../../ui/charts/chart-panel';
import { DEFAULT_CHART_THEME } from '../../../ui/charts/chart-theme';
import { buildEvolutionOption } from '../../../ui/charts/evolution-option';
import { useT } from '../../../ui/i18n';
import type { MessageKey } from '../../../ui/i18n';
import type { FinishedMap } from '../use-maps';
import { defaultCuts, periodsFromCuts } from './evolution-periods';

const INDICES: EvolutionIndex[] = ['inclusion', 'weighted-inclusion', 'stability', 'equivalence'];

/** Thematic evolution (Sankey): one map per user-chosen period with the current settings. */
export function EvolutionCard({ map }: { map: FinishedMap }) {
  const t = useT();
  const range = useMemo(() => {
    const years = map.result.clusters.flatMap((c) => c.timeline.map((p) => p.year));
    return years.length ? { from: Math.min(...years), to: Math.max(...years) } : undefined;
  }, [map.result]);
  const [cuts, setCuts] = useState(() => (range ? defaultCuts(range.from, range.to).join(', ') : ''));
  const [index, setIndex] = useState<EvolutionIndex>('inclusion');
  const [request, setRequest] = useState(() => ({ cuts, index }));
  const [state, setState] = useState<{ result?: ThematicEvolutionResult; error?: string; isLoading: boolean }>({ isLoading: false });
  const periods = range ? periodsFromCuts(request.cuts, range.from, range.to) : undefined;

  useEffect(() => {
    if (!periods) return;
    let live = true;
    setState((s) => ({ ...s, isLoading: true, error: undefined }));
    getAnalysisClient()
      .evolution(map.datasetId, { options: map.options, periods, index: request.index })
      .then(
        (result) => live && setState({ result, isLoading: false }),
        (error: unknown) => live && !isAborted(error) && setState({ error: toWorkspaceError(error).message, isLoading: false }),
      );
    return () => {
      live = false;
    };
    // `periods` is derived from the request: re-run only when the request changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map.datasetId, map.options, request]);

  const apply = useCallback(() => setRequest({ cuts, index }), [cuts, index]);
  const result = state.result;
  const option = useMemo(
    () =>
      result &&
      buildEvolutionOption(
        {
          periods: result.periods,
          links: result.links,
          labels: { title: t('maps.evolution.title'), subtitle: t('maps.evolution.subtitle', { periods: `${result.periods.length} (${result.periods.map((p) => p.label).join(', ')})`, links: result.links.length, dataset: map.datasetName }) },
        },
        DEFAULT_CHART_THEME,
      ),
    [result, t, map.datasetName],
  );
  const invalid = range !== undefined && periodsFromCuts(cuts, range.from, range.to) === undefined;

  return (
    <Card data-testid="maps-evolution">
      <CardContent sx={{ px: 2.5, pt: 2, '&:last-child': { pb: 1.5 } }}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ mb: 1.5, alignItems: { sm: 'flex-start' } }}>
          <TextField
            size="small"
            label={t('maps.evolution.cuts')}
            value={cuts}
            onChange={(e) => setCuts(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && !invalid && apply()}
            error={invalid}
            helperText={range ? (invalid ? t('maps.evolution.invalid', { from: String(range.from + 1), to: String(range.to) }) : t('maps.evolution.cutsHint', { from: String(range.from), to: String(range.to) })) : undefined}
            sx={{ minWidth: 260 }}
            slotProps={{ htmlInput: { 'data-testid': 'maps-evolution-cuts' } }}
          />
          <TextField select size="small" label={t('maps.evolution.index')} value={index} onChange={(e) => setIndex(e.target.value as EvolutionIndex)} sx={{ minWidth: 200 }}>
            {INDICES.map((i) => <MenuItem key={i} value={i}>{t(`maps.evolution.index.${i}` as MessageKey)}</MenuItem>)}
          </TextField>
          <Button variant="outlined" onClick={apply} disabled={invalid} sx={{ height: 40 }} data-testid="maps-evolution-apply">{t('maps.evolution.apply')}</Button>
        </Stack>
        {state.isLoading && <LinearProgress aria-label={t('maps.evolution.loading')} sx={{ mb: 1 }} />}
        {state.error && <Alert severity="error">{t('maps.views.failed', { message: state.error })}</Alert>}
        {result && result.links.length === 0 && <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1 }}>{t('maps.evolution.none')}</Typography>}
        {option && (
          <Box sx={{ opacity: state.isLoading ? 0.6 : 1 }}>
            <ChartPanel option={option} height={520} fileName="meridian-thematic-evolution" ariaLabel={t('maps.evolution.title')} note={t('maps.evolution.hint')} />
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
