import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import DownloadOutlinedIcon from '@mui/icons-material/DownloadOutlined';
import LinearProgress from '@mui/material/LinearProgress';
import type { DatasetSummary } from '../../domain/dataset';
import { toCsv } from '../../ui/csv';
import { downloadCsv } from '../../ui/download';
import { useI18n } from '../../ui/i18n';
import { SectionCard } from '../../ui/section-card';
import { useCitedWorks } from './use-cited-works';

/**
 * The 20 most cited works (after cross-database reference matching; count = citing records) and
 * the 20 most frequent author keywords (case-folded, once per record), each downloadable as CSV.
 */
export function TopListsCard({ summary, datasetId, version }: { summary: DatasetSummary; datasetId: string; version: string }) {
  const { t, formatNumber } = useI18n();
  const cited = useCitedWorks(datasetId, version);
  const works = cited?.top ?? [];
  const keywords = summary.topAuthorKeywords;
  if (cited && works.length === 0 && keywords.length === 0) return null;
  const csvButton = (onClick: () => void, testId: string) => (
    <Button size="small" variant="outlined" startIcon={<DownloadOutlinedIcon />} onClick={onClick} data-testid={testId}>
      {t('common.downloadCsv')}
    </Button>
  );
  return (
    <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', lg: '7fr 5fr' }, alignItems: 'start' }}>
      <SectionCard
        flush
        title={t('top.cited.title')}
        subtitle={cited ? t('top.cited.subtitle', { works: formatNumber(cited.works), references: formatNumber(cited.references) }) : t('top.cited.matching')}
        action={csvButton(() => downloadCsv(toCsv([t('top.cited.work'), 'DOI', t('top.cited.count')], works.map((w) => [w.label, w.doi, w.count])), t('top.cited.fileName')), 'top-cited-csv')}
      >
        {!cited && <LinearProgress sx={{ mx: 2.5, mb: 2 }} aria-label={t('top.cited.matching')} />}
        <Table size="small" data-testid="top-cited">
          <TableHead>
            <TableRow>
              <TableCell>{t('top.cited.work')}</TableCell>
              <TableCell align="right" sx={{ width: 110 }}>{t('top.cited.count')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {works.map((w) => (
              <TableRow key={`${w.label}|${w.doi ?? ''}`}>
                <TableCell sx={{ wordBreak: 'break-word' }}>
                  <Typography variant="body2">{w.label}</Typography>
                  {w.doi && (
                    <Link variant="caption" href={`https://doi.org/${w.doi}`} target="_blank" rel="noopener noreferrer" underline="hover">
                      {w.doi}
                    </Link>
                  )}
                </TableCell>
                <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>{formatNumber(w.count)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </SectionCard>
      <SectionCard
        flush
        title={t('top.keywords.title')}
        subtitle={t('top.keywords.subtitle')}
        action={csvButton(() => downloadCsv(toCsv([t('top.keywords.keyword'), t('top.keywords.count')], keywords.map((k) => [k.label, k.count])), t('top.keywords.fileName')), 'top-keywords-csv')}
      >
        <Table size="small" data-testid="top-keywords">
          <TableHead>
            <TableRow>
              <TableCell>{t('top.keywords.keyword')}</TableCell>
              <TableCell align="right" sx={{ width: 110 }}>{t('top.keywords.count')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {keywords.map((k) => (
              <TableRow key={k.label}>
                <TableCell>{k.label}</TableCell>
                <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>{formatNumber(k.count)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </SectionCard>
    </Box>
  );
}
