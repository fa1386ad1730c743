import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ImportPhase } from '../../services';
import { useT } from '../../ui/i18n';
import type { FileProgress } from './use-import';

const ACTIVE: ReadonlySet<ImportPhase> = new Set(['reading', 'parsing']);

/** Percentage for a determinate bar, or undefined while the size of the work is unknown. */
function percentOf(file: FileProgress): number | undefined {
  if (file.phase === 'done' || file.phase === 'rejected') return 100;
  if (file.phase === 'queued') return 0;
  return file.phase === 'parsing' && file.done > 0 && file.total > 0 ? Math.min(100, (100 * file.done) / file.total) : undefined;
}

/** One progress bar per file, the whole-import stage (merging, saving) and Cancel. */
export function ImportProgressCard({ files, stage, onCancel }: { files: FileProgress[]; stage: ImportPhase | undefined; onCancel: () => void }) {
  const t = useT();
  return (
    <Card data-testid="import-progress">
      <CardContent sx={{ p: 3 }}>
        <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 2 }}>
          <Box>
            <Typography variant="h6" component="h2">{t('import.progressTitle')}</Typography>
            {stage && stage !== 'done' && (
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>{t(`import.phase.${stage}`)}</Typography>
            )}
          </Box>
          <Button variant="outlined" color="inherit" onClick={onCancel} data-testid="import-cancel">{t('import.cancel')}</Button>
        </Stack>
        <Stack spacing={1.75}>
          {files.map((file, index) => {
            const percent = percentOf(file);
            return (
              <Box key={`${index}-${file.file}`}>
                <Stack direction="row" spacing={2} sx={{ justifyContent: 'space-between', mb: 0.5 }}>
                  <Typography variant="body2" noWrap sx={{ fontWeight: 600, minWidth: 0 }}>{file.file}</Typography>
                  <Typography variant="body2" sx={{ color: file.phase === 'rejected' ? 'error.main' : 'text.secondary', flexShrink: 0 }}>
                    {t(`import.phase.${file.phase}`)}
                    {file.phase === 'done' && ` · ${t('import.recordsRead', { count: file.done })}`}
                  </Typography>
                </Stack>
                <LinearProgress
                  variant={percent === undefined && ACTIVE.has(file.phase) ? 'indeterminate' : 'determinate'}
                  value={percent ?? 0}
                  color={file.phase === 'rejected' ? 'error' : file.phase === 'done' ? 'success' : 'primary'}
                  aria-label={file.file}
                />
              </Box>
            );
          })}
        </Stack>
      </CardContent>
    </Card>
  );
}
