import { memo, useMemo } from 'react';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import type { FileSummary } from '../../domain/dataset';
import type { WorkspaceOverview } from '../../services';
import { useT } from '../../ui/i18n';
import { RecordsView } from '../records/records-view';
import { CompletenessCard } from './completeness-card';
import { FilesTable, fileKey } from './files-table';
import { IssuesTable } from './issues-table';
import { collectIssues } from './issues-csv';
import { MergesCard } from './merges-card';
import { PerYearCard } from './per-year-card';
import { TopListsCard } from './top-lists-card';
import { TotalsStrip } from './totals-strip';

export type ImportTab = 'overview' | 'files' | 'records';

export interface DatasetPanelsProps {
  overview: WorkspaceOverview;
  isLoading: boolean;
  tab: ImportTab;
  onTab: (tab: ImportTab) => void;
  /** Files of the last finished import, marked "new" in the files table. */
  newFiles: readonly FileSummary[] | undefined;
}

/**
 * The dataset's tabs (overview, files and issues, records). Memoised: import progress re-renders
 * the screen up to ten times a second and must not re-render these tables each time.
 */
export const DatasetPanels = memo(function DatasetPanels({ overview, isLoading, tab, onTab, newFiles }: DatasetPanelsProps) {
  const t = useT();
  const issues = useMemo(() => collectIssues(overview.files), [overview]);
  const newFileKeys = useMemo(() => new Set((newFiles ?? []).map(fileKey)), [newFiles]);
  return (
    <>
      <Box sx={{ borderBottom: 1, borderColor: 'divider' }}>
        <Tabs value={tab} onChange={(_event, next: ImportTab) => onTab(next)}>
          <Tab value="overview" label={t('import.tab.overview')} data-testid="tab-overview" />
          <Tab value="files" label={t('import.tab.files')} data-testid="tab-files" />
          <Tab value="records" label={t('import.tab.records')} data-testid="tab-records" />
        </Tabs>
      </Box>
      {isLoading && <LinearProgress sx={{ mt: -3, height: 2 }} aria-label={t('common.loading')} />}
      {tab === 'overview' && (
        <Stack spacing={3}>
          <TotalsStrip overview={overview} />
          <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', lg: '7fr 5fr' }, alignItems: 'start' }}>
            <PerYearCard years={overview.recordsPerYear} withoutYear={overview.recordsWithoutYear} />
            <CompletenessCard completeness={overview.summary.completeness} />
          </Box>
          <TopListsCard summary={overview.summary} datasetId={overview.dataset.id} version={overview.dataset.updatedAt} />
          <MergesCard merges={overview.merges} mergeCount={overview.mergeCount} />
        </Stack>
      )}
      {tab === 'files' && (
        <Stack spacing={3}>
          <FilesTable files={overview.files} newFileKeys={newFileKeys} />
          <IssuesTable key={`${overview.dataset.id}:${overview.dataset.updatedAt}`} issues={issues} />
        </Stack>
      )}
      {tab === 'records' && <RecordsView publicationCount={overview.summary.publications} patentCount={overview.summary.patents} />}
    </>
  );
});
