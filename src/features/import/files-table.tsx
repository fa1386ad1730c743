import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { FileSummary } from '../../domain/dataset';
import { useI18n } from '../../ui/i18n';
import { SectionCard } from '../../ui/section-card';

const reasonOf = (file: FileSummary): string | undefined => (file.ok ? undefined : (file.issues.find((issue) => issue.severity === 'error') ?? file.issues[0])?.message);

/** Every file of the dataset: detected format, what was read, and why a file was rejected. */
export const fileKey = (file: Pick<FileSummary, 'file' | 'bytes'>): string => `${file.file}\u0000${file.bytes}`;

export function FilesTable({ files, newFileKeys }: { files: FileSummary[]; newFileKeys: ReadonlySet<string> }) {
  const { t, formatNumber } = useI18n();
  const numeric = { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } as const;
  return (
    <SectionCard title={t('files.title')} subtitle={files.length === 0 ? t('files.none') : t('files.subtitle')} flush>
      {files.length > 0 && (
        <TableContainer>
          <Table size="small" data-testid="files-table">
            <TableHead>
              <TableRow>
                <TableCell>{t('files.col.file')}</TableCell>
                <TableCell>{t('files.col.format')}</TableCell>
                <TableCell sx={numeric}>{t('files.col.records')}</TableCell>
                <TableCell sx={numeric}>{t('files.col.rows')}</TableCell>
                <TableCell sx={numeric}>{t('files.col.skipped')}</TableCell>
                <TableCell sx={numeric}>{t('files.col.issues')}</TableCell>
                <TableCell>{t('files.col.status')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {files.map((file, index) => {
                const reason = reasonOf(file);
                return (
                  <TableRow key={`${index}-${file.file}`} sx={file.ok ? undefined : { bgcolor: '#fdf3f3' }}>
                    <TableCell sx={{ maxWidth: 460 }}>
                      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                        <Typography variant="body2" sx={{ fontWeight: 600, wordBreak: 'break-all' }}>{file.file}</Typography>
                        {newFileKeys.has(fileKey(file)) && <Chip label={t('files.new')} size="small" color="primary" variant="outlined" sx={{ height: 20 }} />}
                      </Stack>
                      {reason && <Typography variant="caption" component="p" sx={{ color: 'error.main', mt: 0.5 }}>{reason}</Typography>}
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{file.format ? t(`format.${file.format}`) : t('files.unknownFormat')}</TableCell>
                    <TableCell sx={numeric}>{formatNumber(file.records)}</TableCell>
                    <TableCell sx={numeric}>{formatNumber(file.rows)}</TableCell>
                    <TableCell sx={numeric}>{formatNumber(file.skipped)}</TableCell>
                    <TableCell sx={numeric}>{formatNumber(file.issues.length)}</TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        label={file.ok ? t('files.status.ok') : t('files.status.rejected')}
                        color={file.ok ? 'success' : 'error'}
                        variant={file.ok ? 'outlined' : 'filled'}
                      />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </SectionCard>
  );
}
