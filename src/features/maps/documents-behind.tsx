import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import DownloadOutlinedIcon from '@mui/icons-material/DownloadOutlined';
import { getAnalysisClient, isAborted, toWorkspaceError } from '../../services';
import type { AnalysisClient, MapResult } from '../../services';
import { toCsv } from '../../ui/csv';
import { downloadCsv } from '../../ui/download';
import { useT } from '../../ui/i18n';
import type { MessageKey } from '../../ui/i18n';
import { RecordDrawer } from '../records/record-drawer';
import { mapSourceOf } from './use-maps';

export const DOCUMENTS_PAGE_SIZE = 10;

type Request = Parameters<AnalysisClient['documentsBehind']>;
export type DocumentsTarget = Request[0];
type Behind = Awaited<ReturnType<AnalysisClient['documentsBehind']>>;

const TITLES: Record<DocumentsTarget['kind'], MessageKey> = { item: 'maps.docs.item', link: 'maps.docs.link', cluster: 'maps.docs.cluster' };

/**
 * "Documents behind this item / link / cluster (N)": a page of 10 at a time from the analysis
 * worker, most cited first, a CSV of all of them, and the full record drawer on click.
 * Key it by the target so a new target starts on page one.
 */
export function DocumentsBehind({ result, target, fileName }: { result: MapResult; target: DocumentsTarget; fileName: string }) {
  const t = useT();
  const [offset, setOffset] = useState(0);
  const [loaded, setLoaded] = useState<{ offset: number; behind?: Behind; error?: string }>();
  const [recordId, setRecordId] = useState<string>();
  const request = JSON.stringify(target);

  useEffect(() => {
    let live = true;
    getAnalysisClient()
      .documentsBehind(JSON.parse(request) as DocumentsTarget, { offset, limit: DOCUMENTS_PAGE_SIZE }, mapSourceOf(result))
      .then(
        (behind) => live && setLoaded({ offset, behind }),
        (error: unknown) => live && !isAborted(error) && setLoaded({ offset, error: toWorkspaceError(error).message }),
      );
    return () => {
      live = false;
    };
  }, [request, offset, result]);

  const isLoading = loaded?.offset !== offset;
  const behind = loaded?.behind;
  const total = behind?.total;

  const downloadAll = async () => {
    try {
      const all = await getAnalysisClient().documentsBehind(target, { offset: 0, limit: Infinity }, mapSourceOf(result));
      const header = ['maps.docs.col.title', 'maps.docs.col.firstAuthor', 'maps.docs.col.year', 'maps.docs.col.source', 'maps.docs.col.timesCited', 'maps.docs.col.recordId'] as const;
      downloadCsv(toCsv(header.map((key) => t(key)), all.rows.map((r) => [r.title, r.firstAuthor, r.year, r.source, r.timesCited, r.recordId])), `${fileName}.csv`);
    } catch (error) {
      if (!isAborted(error)) setLoaded({ offset, error: toWorkspaceError(error).message });
    }
  };

  return (
    <Stack spacing={1} data-testid="maps-documents">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 1 }}>
        <Typography variant="overline" sx={{ color: 'text.secondary', lineHeight: 1.5 }} data-testid="maps-documents-title">
          {t(TITLES[target.kind], { count: total ?? '…' })}
        </Typography>
        <Tooltip title={t('maps.docs.csvHint')}>
          <span>
            <Button size="small" startIcon={<DownloadOutlinedIcon />} disabled={!total} onClick={() => void downloadAll()} data-testid="maps-documents-csv">{t('maps.docs.csv')}</Button>
          </span>
        </Tooltip>
      </Stack>
      {behind?.sharedReferences !== undefined && <Typography variant="body2" sx={{ color: 'secondary.dark' }}>{t('maps.docs.shared', { count: behind.sharedReferences })}</Typography>}
      {isLoading && <LinearProgress aria-label={t('maps.docs.loading')} />}
      {loaded?.error && <Alert severity="warning">{loaded.error}</Alert>}
      {behind && behind.total === 0 && <Typography variant="body2" sx={{ color: 'text.secondary' }}>{t('maps.docs.none')}</Typography>}
      {behind && behind.rows.length > 0 && (
        <Box component="ol" start={offset + 1} sx={{ m: 0, pl: 2.5, opacity: isLoading ? 0.5 : 1 }}>
          {behind.rows.map((row) => (
            <Box component="li" key={row.recordId} sx={{ py: 0.5, typography: 'body2', color: 'text.secondary' }}>
              <Typography
                component="button"
                variant="body2"
                onClick={() => setRecordId(row.recordId)}
                title={t('maps.docs.open')}
                data-testid="maps-document"
                sx={{ display: 'block', textAlign: 'left', p: 0, border: 0, bgcolor: 'transparent', cursor: 'pointer', color: 'text.primary', fontWeight: 600, lineHeight: 1.35, '&:hover': { color: 'primary.main', textDecoration: 'underline' } }}
              >
                {row.title || t('maps.docs.untitled')}
              </Typography>
              <Typography variant="caption" component="div" sx={{ color: 'text.secondary' }}>
                {[row.firstAuthor, row.year === undefined ? undefined : String(row.year), row.source].filter(Boolean).join(' · ')}
                {row.timesCited !== undefined ? ` · ${t('maps.docs.col.timesCited')} ${row.timesCited}` : ''}
              </Typography>
            </Box>
          ))}
        </Box>
      )}
      {total !== undefined && total > DOCUMENTS_PAGE_SIZE && (
        <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'flex-end', gap: 0.5 }}>
          <Typography variant="caption" sx={{ color: 'text.secondary', fontVariantNumeric: 'tabular-nums' }}>
            {t('maps.docs.page', { from: offset + 1, to: Math.min(offset + DOCUMENTS_PAGE_SIZE, total), total })}
          </Typography>
          <IconButton size="small" aria-label={t('maps.docs.prev')} disabled={offset === 0} onClick={() => setOffset((o) => Math.max(0, o - DOCUMENTS_PAGE_SIZE))}><ChevronLeftIcon fontSize="small" /></IconButton>
          <IconButton size="small" aria-label={t('maps.docs.next')} disabled={offset + DOCUMENTS_PAGE_SIZE >= total} onClick={() => setOffset((o) => o + DOCUMENTS_PAGE_SIZE)} data-testid="maps-documents-next"><ChevronRightIcon fontSize="small" /></IconButton>
        </Stack>
      )}
      <RecordDrawer recordId={recordId} onClose={() => setRecordId(undefined)} />
    </Stack>
  );
}
