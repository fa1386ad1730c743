import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { useWorkspace } from '../services';
import { describeError } from '../ui/error-message';
import { useT } from '../ui/i18n';

/** A crashed worker (with Restart) and the last failed action, shown above every screen. */
export function WorkspaceNotices() {
  const t = useT();
  const { crash, error, restart, dismissError } = useWorkspace();
  return (
    <>
      {crash && (
        <Alert
          severity="error"
          sx={{ mb: 3 }}
          data-testid="crash-alert"
          action={<Button color="inherit" variant="outlined" size="small" onClick={restart}>{t('error.restart')}</Button>}
        >
          <AlertTitle>{t('error.crashedTitle')}</AlertTitle>
          {t('error.crashedBody', { detail: crash.message || t('common.notGiven') })}
        </Alert>
      )}
      <Snackbar open={Boolean(error)} onClose={dismissError} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        <Alert severity="error" variant="filled" onClose={dismissError} sx={{ maxWidth: 640 }}>
          {error ? describeError(error, t) : ''}
        </Alert>
      </Snackbar>
    </>
  );
}
