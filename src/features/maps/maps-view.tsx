import { memo, useCallback, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import HubOutlinedIcon from '@mui/icons-material/HubOutlined';
import { EmptyState } from '../../ui/empty-state';
import { useT } from '../../ui/i18n';
import { AnalysisPanel } from './analysis-panel';
import { ClusterPanel } from './cluster-panel';
import { ItemsTable } from './items-table';
import { MapCard } from './map-card';
import { MapDownloads, QualityLine } from './map-downloads';
import { NodeDetails } from './node-details';
import { useMaps } from './use-maps';
import { MapViews } from './views/map-views';
import type { FinishedMap, MapsState } from './use-maps';

// The settings and the cluster table do not change with the selection: not re-rendered when an item is picked.
const SettingsPanel = memo(AnalysisPanel);
const ClustersCard = memo(ClusterPanel);

const COLUMNS = { display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '330px minmax(0, 1fr)' }, gap: 3, alignItems: 'start' } as const;

/** A finished map: settings and item details on the left, the map and clusters on the right, then the tables. */
function MapResults({ maps, map }: { maps: MapsState; map: FinishedMap }) {
  const [selected, setSelected] = useState<number>();
  // A link picked on the map: its first end is selected and the details panel lists its documents.
  const [pickedLink, setPickedLink] = useState<{ item: number; other: number }>();
  const selectLink = useCallback((source: number, target: number) => {
    setSelected(source);
    setPickedLink({ item: source, other: target });
  }, []);
  return (
    <>
      <Box sx={COLUMNS}>
        <Stack spacing={3}>
          <SettingsPanel maps={maps} />
          <NodeDetails result={map.result} selected={selected} onSelect={setSelected} pickedLink={pickedLink} />
        </Stack>
        <Stack spacing={3} sx={{ minWidth: 0 }}>
          <MapViews map={map} network={<MapCard map={map} selected={selected} onSelect={setSelected} onSelectLink={selectLink} />} />
          <Card sx={{ px: 2.5, py: 1.75 }}>
            <QualityLine result={map.result} />
          </Card>
          <ClustersCard result={map.result} onRename={maps.renameCluster} />
        </Stack>
      </Box>
      <ItemsTable result={map.result} selected={selected} onSelect={setSelected} fileName={`meridian-map-${map.options.type}-${map.options.unit}`} />
      <MapDownloads result={map.result} onDownload={(format) => void maps.download(format)} />
    </>
  );
}

/** The Maps screen (shown inside the app's WorkspaceGate, so a dataset is selected). */
export function MapsView() {
  const t = useT();
  const maps = useMaps();
  return (
    <Stack spacing={3}>
      <Box>
        <Typography variant="h4" component="h1">{t('maps.title')}</Typography>
        <Typography variant="body1" sx={{ color: 'text.secondary', mt: 0.75, maxWidth: 860 }}>{t('maps.subtitle')}</Typography>
      </Box>
      {maps.crash && (
        <Alert severity="error" action={<Button color="inherit" size="small" onClick={maps.restart}>{t('maps.crash.restart')}</Button>}>
          <strong>{t('maps.crash.title')}</strong> {t('maps.crash.body')}
        </Alert>
      )}
      {maps.run.state === 'failed' && !maps.crash && (
        <Alert severity="error"><strong>{t('maps.error.title')}</strong> {maps.run.message}</Alert>
      )}
      {maps.map ? (
        // Keyed by the run, so a new map starts with a fresh view, link count and selection.
        <MapResults key={maps.map.runId} maps={maps} map={maps.map} />
      ) : (
        <Box sx={COLUMNS}>
          <AnalysisPanel maps={maps} />
          <Card>
            <EmptyState icon={<HubOutlinedIcon />} title={t('maps.empty.title')} body={t('maps.empty.body')} />
          </Card>
        </Box>
      )}
    </Stack>
  );
}
