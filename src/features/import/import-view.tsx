import { useCallback, useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import InsertDriveFileOutlinedIcon from '@mui/icons-material/InsertDriveFileOutlined';
import { useWorkspace } from '../../services';
import { EmptyState } from '../../ui/empty-state';
import { useT } from '../../ui/i18n';
import { DatasetPanels } from './dataset-panels';
import type { ImportTab } from './dataset-panels';
import { DropZone } from './drop-zone';
import { ImportProgressCard } from './import-progress';
import { ImportResult } from './import-result';
import { useImport } from './use-import';
import { useOverview } from './use-overview';

/** Stops a file dropped outside the drop zone from replacing the app with the file. */
function usePreventWindowDrop(): void {
  useEffect(() => {
    const prevent = (event: DragEvent) => event.preventDefault();
    window.addEventListener('dragover', prevent);
    window.addEventListener('drop', prevent);
    return () => {
      window.removeEventListener('dragover', prevent);
      window.removeEventListener('drop', prevent);
    };
  }, []);
}

export function ImportView() {
  const t = useT();
  const { current } = useWorkspace();
  const { overview, isLoading } = useOverview();
  const importer = useImport();
  usePreventWindowDrop();

  // The tab belongs to a dataset: switching datasets starts again on the overview.
  const [chosenTab, setChosenTab] = useState<{ datasetId?: string; tab: ImportTab }>({ tab: 'overview' });
  const tab = chosenTab.datasetId === current?.id ? chosenTab.tab : 'overview';
  const datasetId = current?.id;
  const setTab = useCallback((next: ImportTab) => setChosenTab({ datasetId, tab: next }), [datasetId]);

  const newFiles = importer.run.state === 'finished' ? importer.run.newFiles : undefined;
  const hasData = Boolean(overview && overview.files.length > 0);

  if (!current) return null;
  return (
    <Stack spacing={3}>
      <Box>
        <Typography variant="h4" component="h1">{t('import.title')}</Typography>
        <Typography variant="body1" sx={{ color: 'text.secondary', mt: 0.75, maxWidth: 860 }}>{t('import.subtitle')}</Typography>
      </Box>
      <DropZone datasetName={current.name} disabled={importer.isRunning} compact={hasData} onFiles={(files) => void importer.start(files)} />
      {importer.run.state === 'running' && <ImportProgressCard files={importer.run.files} stage={importer.run.stage} onCancel={importer.cancel} />}
      <ImportResult run={importer.run} onDismiss={importer.dismiss} onShowFiles={() => setTab('files')} />
      {!overview ? (
        <LinearProgress aria-label={t('common.loading')} />
      ) : !hasData ? (
        <Card>
          <EmptyState icon={<InsertDriveFileOutlinedIcon />} title={t('import.emptyTitle')} body={t('import.emptyBody')} dense />
        </Card>
      ) : (
        <DatasetPanels overview={overview} isLoading={isLoading} tab={tab} onTab={setTab} newFiles={newFiles} />
      )}
    </Stack>
  );
}
