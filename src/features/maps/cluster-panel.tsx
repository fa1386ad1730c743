import { useState } from 'react';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { MapResult } from '../../services';
import { clusterColor } from '../../ui/charts/science-map-option';
import { ClusterLabel } from './cluster-label';
import { useT } from '../../ui/i18n';
import { SectionCard } from '../../ui/section-card';
import { DocumentsBehind } from './documents-behind';

export const ClusterDot = ({ cluster, size = 12 }: { cluster: number; size?: number }) => (
  <Box component="span" sx={{ display: 'inline-block', width: size, height: size, borderRadius: '50%', bgcolor: clusterColor(cluster), flexShrink: 0, verticalAlign: 'middle' }} />
);

/** Clusters: colour, number, label, size, silhouette and top items; a click lists the documents behind a cluster. */
export function ClusterPanel({ result, onSearch, onRename }: { result: MapResult; onSearch?: (label: string) => void; onRename?: (cluster: number, label: string) => void }) {
  const t = useT();
  const [chosen, setChosen] = useState<number>();
  const cluster = chosen === undefined ? undefined : result.clusters[chosen];
  // The cluster's items travel with the request, so a restarted worker can still answer.
  const members = cluster ? result.map.items.filter((item) => item.cluster === cluster.id).map((item) => item.id) : [];
  const format = (value: number) => value.toFixed(2);
  return (
    <SectionCard title={t('maps.clusters.title')} subtitle={t('maps.clusters.subtitle')} flush>
      <Box sx={{ maxHeight: 360, overflow: 'auto' }}>
        <Table size="small" stickyHeader data-testid="maps-clusters">
          <TableHead>
            <TableRow>
              <TableCell sx={{ pl: 2.5 }}>{t('maps.col.cluster')}</TableCell>
              <TableCell>{t('maps.col.label')}</TableCell>
              <TableCell align="right">{t('maps.col.size')}</TableCell>
              <TableCell align="right">{t('maps.col.silhouette')}</TableCell>
              <TableCell sx={{ pr: 2.5 }}>{t('maps.col.topItems')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {result.clusters.map((cluster) => (
              <TableRow key={cluster.id} hover selected={cluster.id === chosen} onClick={() => setChosen(cluster.id)} sx={{ cursor: 'pointer' }}>
                <TableCell sx={{ pl: 2.5, whiteSpace: 'nowrap' }}>
                  <ClusterDot cluster={cluster.id} /> <Typography component="span" variant="body2" sx={{ fontWeight: 600, ml: 0.75 }}>{cluster.id + 1}</Typography>
                </TableCell>
                <TableCell sx={{ maxWidth: 240 }}>
                  <ClusterLabel label={cluster.label} onRename={onRename ? (label) => onRename(cluster.id, label) : undefined} />
                </TableCell>
                <TableCell align="right">{cluster.size}</TableCell>
                <TableCell align="right" sx={{ color: cluster.silhouette < 0 ? 'warning.dark' : undefined }}>{format(cluster.silhouette)}</TableCell>
                <TableCell sx={{ pr: 2.5, color: 'text.secondary', maxWidth: 360 }}>
                  <Typography variant="body2" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical' }} title={cluster.topItems.join('; ')}>
                    {cluster.topItems.slice(0, 5).map((label, index) => (
                      <Box component="span" key={label} onClick={onSearch ? () => onSearch(label) : undefined} sx={{ cursor: onSearch ? 'pointer' : undefined }}>
                        {index > 0 ? '; ' : ''}{label}
                      </Box>
                    ))}
                  </Typography>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      <Divider />
      <Box sx={{ px: 2.5, py: 1.5 }}>
        {cluster ? (
          <>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5 }}>
              <ClusterDot cluster={cluster.id} />
              <Typography variant="subtitle2">{t('maps.col.cluster')} {cluster.id + 1} · {cluster.label}</Typography>
            </Stack>
            <DocumentsBehind key={cluster.id} result={result} target={{ kind: 'cluster', cluster: cluster.id, items: members }} fileName={`meridian-documents-cluster-${cluster.id + 1}`} />
          </>
        ) : (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>{t('maps.clusters.pick')}</Typography>
        )}
      </Box>
    </SectionCard>
  );
}
