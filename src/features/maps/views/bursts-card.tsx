import { useEffect, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import DownloadOutlinedIcon from '@mui/icons-material/DownloadOutlined';
import { getAnalysisClient, isAborted, toWorkspaceError } from '../../../services';
import { toCsv } from '../../../ui/csv';
import { downloadCsv } from '../../../ui/download';
import { useT } from '../../../ui/i18n';
import type { MessageKey } from '../../../ui/i18n';
import { SectionCard } from '../../../ui/section-card';
import type { BurstViewUnit } from '../../../../workers/lib/analysis-views';
import type { BurstTable } from '../../../domain/bursts';
import type { FinishedMap } from '../use-maps';
import { BURST_UNITS_SHOWN, DEFAULT_BURST_CONTROLS, burstCsv, burstYears } from './view-helpers';

const CELL = 9;
const BURST_RED = '#d62728';
const QUIET = '#c9d6e8';

/** One row of year boxes: red in burst years, pale blue elsewhere (CiteSpace's burst bar). */
function BurstBar({ years, bursts, label }: { years: readonly number[]; bursts: readonly { start: number; end: number }[]; label: string }) {
  const flags = burstYears(years, bursts);
  return (
    <svg width={years.length * CELL} height={12} role="img" aria-label={label} style={{ display: 'block' }}>
      {flags.map((isBurst, i) => (
        <rect key={years[i]} x={i * CELL} y={isBurst ? 1 : 4} width={CELL - 1} height={isBurst ? 10 : 4} fill={isBurst ? BURST_RED : QUIET}>
          <title>{years[i]}</title>
        </rect>
      ))}
    </svg>
  );
}

const initialUnit = (unit: string): BurstViewUnit => ((BURST_UNITS_SHOWN as readonly string[]).includes(unit) ? (unit as BurstViewUnit) : 'author-keywords');

/** CiteSpace-style table of the strongest bursts of keywords or cited references in the dataset. */
export function BurstsCard({ map }: { map: FinishedMap }) {
  const t = useT();
  const [unit, setUnit] = useState<BurstViewUnit>(() => initialUnit(map.options.unit));
  const [gammaText, setGammaText] = useState<string>(String(DEFAULT_BURST_CONTROLS.gamma));
  const [minDuration, setMinDuration] = useState<number>(DEFAULT_BURST_CONTROLS.minDuration);
  const [state, setState] = useState<{ table?: BurstTable; error?: string; isLoading: boolean }>({ isLoading: true });
  const gamma = Number(gammaText);
  const isGammaValid = gammaText.trim() !== '' && Number.isFinite(gamma) && gamma >= 0;

  useEffect(() => {
    if (!isGammaValid) return;
    let live = true;
    const timer = setTimeout(() => {
      setState((s) => ({ ...s, isLoading: true }));
      getAnalysisClient()
        .bursts(map.datasetId, { unit, gamma, minDuration })
        .then(
          (table) => live && setState({ table, isLoading: false }),
          (error: unknown) => live && !isAborted(error) && setState({ error: toWorkspaceError(error).message, isLoading: false }),
        );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [map.datasetId, unit, gamma, minDuration, isGammaValid]);

  const table = state.table;
  const years = useMemo(() => table?.years ?? [], [table]);
  const download = () => {
    if (!table) return;
    const csv = burstCsv(table.years, table.rows, {
      item: t('maps.bursts.col.item'),
      documents: t('maps.bursts.col.occurrences'),
      strength: t('maps.bursts.col.strength'),
      begin: t('maps.bursts.col.begin'),
      end: t('maps.bursts.col.end'),
      bursts: t('maps.views.bursts'),
    });
    downloadCsv(toCsv(csv.header, csv.rows), `meridian-bursts-${table.unit}.csv`);
  };

  return (
    <SectionCard
      title={t('maps.bursts.title')}
      subtitle={t('maps.bursts.subtitle')}
      action={<Button size="small" startIcon={<DownloadOutlinedIcon />} disabled={!table || table.rows.length === 0} onClick={download} data-testid="maps-bursts-csv">{t('maps.bursts.csv')}</Button>}
      flush
    >
      <Stack direction="row" spacing={2} sx={{ px: 2.5, pb: 1.5, flexWrap: 'wrap', rowGap: 1.5 }}>
        <TextField select size="small" label={t('maps.bursts.unit')} value={unit} onChange={(e) => setUnit(e.target.value as BurstViewUnit)} sx={{ minWidth: 200 }}>
          {BURST_UNITS_SHOWN.map((u) => <MenuItem key={u} value={u}>{t(`maps.unit.${u}` as MessageKey)}</MenuItem>)}
        </TextField>
        <TextField size="small" label={t('maps.bursts.gamma')} value={gammaText} onChange={(e) => setGammaText(e.target.value)} error={!isGammaValid} sx={{ width: 110 }} slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': 'maps-bursts-gamma' } }} />
        <TextField select size="small" label={t('maps.bursts.minDuration')} value={minDuration} onChange={(e) => setMinDuration(Number(e.target.value))} sx={{ width: 170 }}>
          {[1, 2, 3, 4, 5].map((d) => <MenuItem key={d} value={d}>{d}</MenuItem>)}
        </TextField>
      </Stack>
      {state.isLoading && <LinearProgress aria-label={t('maps.bursts.loading')} />}
      {state.error && <Alert severity="error" sx={{ mx: 2.5, mb: 2 }}>{t('maps.views.failed', { message: state.error })}</Alert>}
      {table && (
        <>
          <Typography variant="caption" component="p" sx={{ color: 'text.secondary', px: 2.5, pb: 1 }}>
            {t('maps.bursts.summary', { rows: table.rows.length, bursting: table.burstingCount, candidates: table.candidateCount })}
            {table.undatedDocuments > 0 ? ` · ${t('maps.bursts.undated', { count: table.undatedDocuments })}` : ''}
          </Typography>
          {table.rows.length === 0 ? (
            <Typography variant="body2" sx={{ color: 'text.secondary', px: 2.5, pb: 2.5 }}>{t('maps.bursts.none')}</Typography>
          ) : (
            <Box sx={{ maxHeight: 620, overflow: 'auto', opacity: state.isLoading ? 0.6 : 1 }}>
              <Table size="small" stickyHeader data-testid="maps-bursts">
                <TableHead>
                  <TableRow>
                    <TableCell sx={{ pl: 2.5 }}>{t('maps.bursts.col.item')}</TableCell>
                    <TableCell align="right">{t('maps.bursts.col.occurrences')}</TableCell>
                    <TableCell align="right">{t('maps.bursts.col.strength')}</TableCell>
                    <TableCell align="right">{t('maps.bursts.col.begin')}</TableCell>
                    <TableCell align="right">{t('maps.bursts.col.end')}</TableCell>
                    <TableCell sx={{ pr: 2.5, whiteSpace: 'nowrap' }}>{years.length > 0 ? t('maps.bursts.col.years', { first: String(years[0]), last: String(years[years.length - 1]) }) : ''}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {table.rows.map((row) => (
                    <TableRow key={row.key} hover>
                      <TableCell sx={{ pl: 2.5, maxWidth: 320, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={row.label}>{row.label}</TableCell>
                      <TableCell align="right">{row.occurrences}</TableCell>
                      <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>{row.strongest.strength.toFixed(2)}</TableCell>
                      <TableCell align="right">{row.strongest.start}</TableCell>
                      <TableCell align="right">{row.strongest.end}</TableCell>
                      <TableCell sx={{ pr: 2.5 }}>
                        <BurstBar years={years} bursts={row.bursts} label={t('maps.bursts.aria', { item: row.label, begin: String(row.strongest.start), end: String(row.strongest.end) })} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
          )}
        </>
      )}
    </SectionCard>
  );
}
