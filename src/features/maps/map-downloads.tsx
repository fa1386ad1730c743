import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import DownloadOutlinedIcon from '@mui/icons-material/DownloadOutlined';
import { vosviewerCaveats, type VosviewerCaveat } from '../../domain/export';
import { MAP_EXPORT_FORMATS } from '../../services';
import type { MapExportFormat, MapResult } from '../../services';
import { useT } from '../../ui/i18n';
import type { MessageKey } from '../../ui/i18n';
import { SectionCard } from '../../ui/section-card';

const fixed = (value: number) => value.toFixed(3);

/** The quality of the map in one line, and how long each phase took. */
export function QualityLine({ result }: { result: MapResult }) {
  const t = useT();
  const { quality, layout, timings } = result;
  return (
    <Stack spacing={0.25} data-testid="maps-quality">
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {t('maps.qualityLine', { modularity: fixed(quality.modularity), silhouette: fixed(quality.silhouette), method: layout.method, stress: fixed(layout.stress), documents: result.documentCount })}
      </Typography>
      <Typography variant="caption" sx={{ color: 'text.secondary' }}>
        {t('maps.timings', { total: timings.total, network: timings.network, clustering: timings.clustering, layout: timings.layout, statistics: timings.statistics })}
      </Typography>
      {result.stopped && <Typography variant="caption" sx={{ color: 'warning.dark' }}>{t('maps.stopped')}</Typography>}
    </Stack>
  );
}

function caveatText(t: ReturnType<typeof useT>, caveat: VosviewerCaveat): string {
  switch (caveat.code) {
    case 'too-few-items':
      return t('maps.downloads.tooFewItems', { items: caveat.items });
    case 'no-links':
      return t('maps.downloads.noLinks');
    case 'clusters-cut':
      return t('maps.downloads.clustersCut', { clusters: caveat.clusters, items: caveat.items });
  }
}

/**
 * The map as files for VOSviewer, Gephi, Pajek and spreadsheets (written in the worker), with a
 * note when VOSviewer will refuse the map or show part of it.
 */
export function MapDownloads({ result, onDownload }: { result: MapResult; onDownload: (format: MapExportFormat) => void }) {
  const t = useT();
  const caveats = vosviewerCaveats(result.map);
  return (
    <SectionCard title={t('maps.downloads.title')} subtitle={t('maps.downloads.subtitle')}>
      {caveats.length > 0 && (
        <Alert severity="info" sx={{ mb: 1.5 }} data-testid="maps-downloads-caveats">
          {caveats.map((caveat) => (
            <div key={caveat.code}>{caveatText(t, caveat)}</div>
          ))}
        </Alert>
      )}
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }} data-testid="maps-downloads">
        {MAP_EXPORT_FORMATS.map((format) => (
          <Button key={format} variant="outlined" size="small" startIcon={<DownloadOutlinedIcon />} onClick={() => onDownload(format)}>
            {t(`maps.export.${format}` as MessageKey)}
          </Button>
        ))}
      </Stack>
    </SectionCard>
  );
}
