import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { MapResult } from '../../services';
import { clusterColor } from '../../ui/charts/science-map-option';
import { useT } from '../../ui/i18n';
import { SectionCard } from '../../ui/section-card';

export const ClusterDot = ({ cluster, size = 12 }: { cluster: number; size?: number }) => (
  <Box component="span" sx={{ display: 'inline-block', width: size, height: size, borderRadius: '50%', bgcolor: clusterColor(cluster), flexShrink: 0, verticalAlign: 'middle' }} />
);

/** Clusters: colour, number, label, size, silhouette and top items. */
export function ClusterPanel({ result, onSearch }: { result: MapResult; onSearch?: (label: string) => void }) {
  const t = useT();
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
              <TableRow key={cluster.id} hover>
                <TableCell sx={{ pl: 2.5, whiteSpace: 'nowrap' }}>
                  <ClusterDot cluster={cluster.id} /> <Typography component="span" variant="body2" sx={{ fontWeight: 600, ml: 0.75 }}>{cluster.id + 1}</Typography>
                </TableCell>
                <TableCell sx={{ maxWidth: 220, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={cluster.label}>
                  {cluster.label}
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
    </SectionCard>
  );
}
