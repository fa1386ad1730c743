import { useState } from 'react';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import type { RecordKind } from '../../services';
import { useT } from '../../ui/i18n';
import { RecordDrawer } from './record-drawer';
import { RecordsTable } from './records-table';

export interface RecordsViewProps {
  publicationCount: number;
  patentCount: number;
}

/** Publications (and patents, when the dataset has some) in paged tables, with a details drawer. */
export function RecordsView({ publicationCount, patentCount }: RecordsViewProps) {
  const t = useT();
  const [chosen, setKind] = useState<RecordKind>(publicationCount === 0 && patentCount > 0 ? 'patent' : 'publication');
  const [openId, setOpenId] = useState<string>();
  const kind: RecordKind = patentCount === 0 ? 'publication' : publicationCount === 0 ? 'patent' : chosen;

  const header = patentCount > 0 && (
    <Box sx={{ borderBottom: 1, borderColor: 'divider', px: 1.5 }}>
      <Tabs value={kind} onChange={(_event, next: RecordKind) => setKind(next)}>
        <Tab value="publication" label={t('records.publications', { count: publicationCount })} data-testid="records-tab-publications" />
        <Tab value="patent" label={t('records.patents', { count: patentCount })} data-testid="records-tab-patents" />
      </Tabs>
    </Box>
  );

  return (
    <>
      <RecordsTable
        key={kind}
        kind={kind}
        datasetCount={kind === 'patent' ? patentCount : publicationCount}
        header={header}
        onOpen={(row) => setOpenId(row.id)}
      />
      <RecordDrawer recordId={openId} onClose={() => setOpenId(undefined)} />
    </>
  );
}
