import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import PlayArrowRoundedIcon from '@mui/icons-material/PlayArrowRounded';
import { NETWORK_UNITS } from '../../services';
import type { AnalysisProgress, MapOptions } from '../../services';
import { SectionCard } from '../../ui/section-card';
import { useT } from '../../ui/i18n';
import type { MessageKey, Translate } from '../../ui/i18n';
import { isLargeMap, NETWORK_TYPES, NORMALIZATIONS, SUGGESTED_TOP_ITEMS } from './map-form';
import { unsupportedReason, weightNameOf } from './map-helpers';
import { SaveMapButton, SavedMapsList } from './saved-maps-card';
import { ThesaurusField } from './thesaurus-field';
import type { MapsState } from './use-maps';

const small = { size: 'small', fullWidth: true } as const;

function progressText(t: Translate, progress: AnalysisProgress | undefined): string {
  if (!progress) return t('maps.phase.loading');
  const phase = t(`maps.phase.${progress.phase}` as MessageKey);
  return progress.phase === 'clustering' && progress.total > 1 ? `${phase} · ${t('maps.progress.step', { done: Math.min(progress.done + 1, progress.total), total: progress.total })}` : phase;
}

/** The left-hand form: what to map, thresholds with a live item count, clustering, Run / Cancel. */
export function AnalysisPanel({ maps }: { maps: MapsState }) {
  const t = useT();
  const { form, update, errors, caps, threshold, run } = maps;
  const isRunning = run.state === 'running';
  const typeReason = unsupportedReason(caps, form.type);
  const unitReason = unsupportedReason(caps, form.type, form.unit);
  const reason = typeReason ?? unitReason;
  const weightName = weightNameOf(form.unit);
  const tooFew = threshold.count !== undefined && threshold.count < 2;
  const tooMany = !threshold.isLoading && !reason && isLargeMap(form, threshold.count);
  const canRun = Boolean(maps.datasetId) && maps.isValid && !reason && !tooFew && !isRunning && !threshold.isLoading && !maps.isThesaurusReading;
  const progress = run.state === 'running' ? run.progress : undefined;
  const percent = progress && progress.phase === 'clustering' && progress.total > 0 ? (100 * progress.done) / progress.total : undefined;

  return (
    <SectionCard title={t('maps.settings')}>
      <Stack spacing={2} data-testid="maps-panel">
        <TextField {...small} select label={t('maps.type')} value={form.type} onChange={(event) => update({ type: event.target.value as MapOptions['type'] })} data-testid="maps-type">
          {NETWORK_TYPES.map((type) => (
            <MenuItem key={type} value={type}>
              {t(`maps.type.${type}` as MessageKey)}
            </MenuItem>
          ))}
        </TextField>
        <TextField {...small} select label={t('maps.unit')} value={form.unit} onChange={(event) => update({ unit: event.target.value as MapOptions['unit'] })} data-testid="maps-unit">
          {NETWORK_UNITS[form.type].map((unit) => (
            <MenuItem key={unit} value={unit} disabled={Boolean(unsupportedReason(caps, form.type, unit))}>
              {t(`maps.unit.${unit}` as MessageKey)}
            </MenuItem>
          ))}
        </TextField>
        {reason && <Alert severity="info" data-testid="maps-unsupported">{t(reason)}</Alert>}
        {!reason && <ThesaurusField maps={maps} />}
        <Box>
          <Typography variant="caption" component="div" sx={{ color: 'text.secondary', mb: 0.5 }}>{t('maps.counting')}</Typography>
          <ToggleButtonGroup exclusive fullWidth size="small" color="primary" value={form.counting} onChange={(_, value: MapOptions['counting'] | null) => value && update({ counting: value })}>
            <ToggleButton value="full">{t('maps.counting.full')}</ToggleButton>
            <ToggleButton value="fractional">{t('maps.counting.fractional')}</ToggleButton>
          </ToggleButtonGroup>
        </Box>
        <Box>
          <TextField
            {...small}
            type="number"
            label={t(`maps.min.${weightName}` as MessageKey)}
            value={form.minOccurrences}
            error={Boolean(errors.minOccurrences)}
            onChange={(event) => update({ minOccurrences: event.target.value })}
            slotProps={{ htmlInput: { min: 0, 'data-testid': 'maps-min' } }}
          />
          <Typography variant="body2" sx={{ mt: 0.75, fontWeight: 600, color: tooFew ? 'warning.dark' : 'secondary.dark' }} data-testid="maps-threshold-line" aria-live="polite">
            {threshold.isLoading || reason ? (reason ? '' : t('maps.threshold.loading')) : t('maps.threshold.line', { count: threshold.count, total: threshold.total })}
          </Typography>
          {threshold.ignoredDocuments > 0 && !threshold.isLoading && (
            <Typography variant="caption" sx={{ color: 'text.secondary' }}>{t('maps.threshold.ignored', { count: threshold.ignoredDocuments })}</Typography>
          )}
          {tooFew && !reason && <Typography variant="caption" component="div" sx={{ color: 'warning.dark' }}>{t('maps.tooFew')}</Typography>}
          {tooMany && (
            <Box data-testid="maps-too-many">
              <Typography variant="caption" component="div" sx={{ color: 'warning.dark' }}>{t('maps.tooMany', { count: threshold.count })}</Typography>
              <Button size="small" sx={{ mt: 0.5, px: 0 }} onClick={() => update({ topN: String(SUGGESTED_TOP_ITEMS) })}>
                {t('maps.tooMany.action', { count: SUGGESTED_TOP_ITEMS })}
              </Button>
            </Box>
          )}
        </Box>
        <TextField {...small} type="number" label={t('maps.topN')} value={form.topN} error={Boolean(errors.topN)} helperText={t('maps.topN.hint')} onChange={(event) => update({ topN: event.target.value })} slotProps={{ htmlInput: { min: 1 } }} />
        <TextField {...small} type="number" label={t('maps.maxAuthors')} value={form.maxAuthors} error={Boolean(errors.maxAuthors)} helperText={t('maps.maxAuthors.hint')} onChange={(event) => update({ maxAuthors: event.target.value })} slotProps={{ htmlInput: { min: 1 } }} />
        <TextField {...small} select label={t('maps.normalization')} value={form.normalization} onChange={(event) => update({ normalization: event.target.value as MapOptions['normalization'] })}>
          {NORMALIZATIONS.map((method) => (
            <MenuItem key={method} value={method}>{t(`maps.norm.${method}` as MessageKey)}</MenuItem>
          ))}
        </TextField>
        <Divider textAlign="left"><Typography variant="overline" sx={{ color: 'text.secondary' }}>{t('maps.advanced')}</Typography></Divider>
        <TextField {...small} select label={t('maps.quality')} value={form.quality} onChange={(event) => update({ quality: event.target.value as MapOptions['quality'] })}>
          <MenuItem value="cpm">{t('maps.quality.cpm')}</MenuItem>
          <MenuItem value="modularity">{t('maps.quality.modularity')}</MenuItem>
        </TextField>
        <Stack direction="row" spacing={1.5}>
          <TextField {...small} type="number" label={t('maps.resolution')} value={form.resolution} error={Boolean(errors.resolution)} onChange={(event) => update({ resolution: event.target.value })} slotProps={{ htmlInput: { min: 0, step: 0.1 } }} />
          <TextField {...small} type="number" label={t('maps.minClusterSize')} value={form.minClusterSize} error={Boolean(errors.minClusterSize)} onChange={(event) => update({ minClusterSize: event.target.value })} slotProps={{ htmlInput: { min: 1 } }} />
        </Stack>
        <Stack direction="row" spacing={1.5}>
          <TextField {...small} type="number" label={t('maps.randomStarts')} value={form.randomStarts} error={Boolean(errors.randomStarts)} onChange={(event) => update({ randomStarts: event.target.value })} slotProps={{ htmlInput: { min: 1, max: 100 } }} />
          <TextField {...small} type="number" label={t('maps.seed')} value={form.seed} error={Boolean(errors.seed)} onChange={(event) => update({ seed: event.target.value })} slotProps={{ htmlInput: { min: 0 } }} />
        </Stack>
        {isRunning ? (
          <Stack spacing={1} data-testid="maps-progress">
            <LinearProgress variant={percent === undefined ? 'indeterminate' : 'determinate'} value={percent} />
            <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>{progressText(t, progress)}</Typography>
              <Button size="small" color="inherit" onClick={maps.cancel} data-testid="maps-cancel">{t('common.cancel')}</Button>
            </Stack>
          </Stack>
        ) : (
          <Button variant="contained" size="large" startIcon={<PlayArrowRoundedIcon />} disabled={!canRun} onClick={() => void maps.start()} data-testid="maps-run">
            {maps.map ? t('maps.rerun') : t('maps.run')}
          </Button>
        )}
        <SaveMapButton maps={maps} />
        <SavedMapsList maps={maps} />
      </Stack>
    </SectionCard>
  );
}
