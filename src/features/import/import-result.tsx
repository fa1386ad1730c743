import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { FileSummary } from '../../domain/dataset';
import { describeError } from '../../ui/error-message';
import { useT } from '../../ui/i18n';
import type { ImportRun } from './use-import';

export interface ImportResultProps {
  run: ImportRun;
  onDismiss: () => void;
  onShowFiles: () => void;
}

/** What the last import did: counts, and each rejected file with its reason. */
export function ImportResult({ run, onDismiss, onShowFiles }: ImportResultProps) {
  const t = useT();
  if (run.state === 'cancelled') {
    return <Alert severity="info" onClose={onDismiss} data-testid="import-cancelled">{t('import.cancelled')}</Alert>;
  }
  if (run.state === 'failed') {
    return (
      <Alert severity="error" onClose={onDismiss} data-testid="import-failed">
        <AlertTitle>{t('import.failed')}</AlertTitle>
        {describeError(run.error, t)}
      </Alert>
    );
  }
  if (run.state !== 'finished') return null;
  const rejected: FileSummary[] = run.newFiles.filter((file) => !file.ok);
  const accepted = run.newFiles.length - rejected.length;
  return (
    <Alert
      severity={rejected.length === 0 ? 'success' : accepted === 0 ? 'error' : 'warning'}
      onClose={onDismiss}
      data-testid="import-result"
      action={<Button color="inherit" size="small" onClick={onShowFiles} sx={{ whiteSpace: 'nowrap' }}>{t('import.tab.files')}</Button>}
    >
      <AlertTitle>{t('import.resultTitle')}</AlertTitle>
      {t('import.resultBody', { accepted, rejected: rejected.length })}
      {rejected.map((file) => (
        <Box key={file.file} component="p" sx={{ m: 0, mt: 0.75 }}>
          <strong>{file.file}</strong>: {file.issues.find((issue) => issue.severity === 'error')?.message ?? file.issues[0]?.message}
        </Box>
      ))}
    </Alert>
  );
}
