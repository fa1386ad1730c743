import { useState } from 'react';
import type { ReactNode } from 'react';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import LibraryBooksOutlinedIcon from '@mui/icons-material/LibraryBooksOutlined';
import { useWorkspace } from '../services';
import { EmptyState } from '../ui/empty-state';
import { useT } from '../ui/i18n';
import { NewDatasetDialog } from './dataset-dialogs';

/** Shows startup progress, or the "no dataset yet" choice, before a screen that needs a dataset. */
export function WorkspaceGate({ children }: { children: ReactNode }) {
  const t = useT();
  const workspace = useWorkspace();
  const [isNaming, setNaming] = useState(false);

  if (workspace.status !== 'ready') {
    return (
      <Stack spacing={2} sx={{ alignItems: 'center', py: 10 }} data-testid="workspace-starting">
        <CircularProgress size={32} />
        <Typography sx={{ color: 'text.secondary' }}>
          {workspace.status === 'creating-demo' ? t('startup.demo') : t('startup.opening')}
        </Typography>
      </Stack>
    );
  }
  if (workspace.current) return <>{children}</>;
  return (
    <Card sx={{ maxWidth: 720 }}>
      <EmptyState
        icon={<LibraryBooksOutlinedIcon />}
        title={t('dataset.emptyTitle')}
        body={workspace.isDemoMissing ? `${t('dataset.emptyBody')} ${t('dataset.demoMissing')}` : t('dataset.emptyBody')}
        action={
          <Stack direction="row" spacing={1.5}>
            <Button variant="contained" onClick={() => setNaming(true)} data-testid="empty-new-dataset">{t('dataset.new')}</Button>
            {!workspace.isDemoMissing && <Button variant="outlined" onClick={() => void workspace.loadDemo()}>{t('dataset.loadDemo')}</Button>}
          </Stack>
        }
      />
      {isNaming && <NewDatasetDialog onClose={() => setNaming(false)} />}
    </Card>
  );
}
