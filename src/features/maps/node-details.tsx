import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { MapResult } from '../../services';
import { useT } from '../../ui/i18n';
import type { MessageKey } from '../../ui/i18n';
import { SectionCard } from '../../ui/section-card';
import { ClusterDot } from './cluster-panel';
import { neighboursOf } from './map-helpers';

const SHOWN = 12;

const Row = ({ label, value }: { label: string; value: string }) => (
  <Stack direction="row" sx={{ justifyContent: 'space-between', gap: 2 }}>
    <Typography variant="body2" sx={{ color: 'text.secondary' }}>{label}</Typography>
    <Typography variant="body2" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>{value}</Typography>
  </Stack>
);

const formatScore = (value: number): string => (Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 1 ? value.toFixed(2) : value.toPrecision(3));

/** The selected item: label, cluster, weights, scores and its strongest links. */
export function NodeDetails({ result, selected, onSelect }: { result: MapResult; selected: number | undefined; onSelect: (id: number | undefined) => void }) {
  const t = useT();
  const item = selected === undefined ? undefined : result.map.items[selected];
  if (!item) {
    return (
      <SectionCard title={t('maps.details.title')}>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>{t('maps.details.none')}</Typography>
      </SectionCard>
    );
  }
  const cluster = result.clusters[item.cluster];
  const neighbours = neighboursOf(result.map.links, item.id);
  const weightLabel = (name: string): string =>
    name === 'Links' ? t('maps.col.links') : name === 'Total link strength' ? t('maps.col.tls') : t(`maps.weight.${name}` as MessageKey);
  const scoreLabel = (name: string): string => (name === 'PageRank' ? t('maps.col.pageRank') : name === 'Betweenness' ? t('maps.col.betweenness') : name === 'Silhouette' ? t('maps.col.silhouette') : name);
  return (
    <SectionCard title={t('maps.details.title')} action={<Button size="small" color="inherit" onClick={() => onSelect(undefined)}>{t('maps.details.clear')}</Button>}>
      <Stack spacing={1.25} data-testid="maps-details">
        <Typography variant="subtitle1" sx={{ lineHeight: 1.35, wordBreak: 'break-word' }}>{item.label}</Typography>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <ClusterDot cluster={item.cluster} />
          <Typography variant="body2">{t('maps.col.cluster')} {item.cluster + 1}{cluster ? ` · ${cluster.label}` : ''}</Typography>
        </Stack>
        <Divider />
        {Object.entries(item.weights).map(([name, value]) => <Row key={name} label={weightLabel(name)} value={String(value)} />)}
        {Object.entries(item.scores ?? {}).map(([name, value]) => <Row key={name} label={scoreLabel(name)} value={formatScore(value)} />)}
        <Divider />
        <Typography variant="overline" sx={{ color: 'text.secondary', lineHeight: 1.5 }}>{t('maps.details.neighbours', { count: neighbours.length })}</Typography>
        <Box component="ol" sx={{ m: 0, pl: 0, listStyle: 'none' }}>
          {neighbours.slice(0, SHOWN).map((n) => {
            const other = result.map.items[n.id];
            return (
              <Box component="li" key={n.id} sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 0.25 }}>
                <ClusterDot cluster={other.cluster} size={9} />
                <Typography variant="body2" onClick={() => onSelect(n.id)} sx={{ flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', cursor: 'pointer', '&:hover': { color: 'primary.main' } }} title={other.label}>
                  {other.label}
                </Typography>
                <Typography variant="body2" sx={{ color: 'text.secondary', fontVariantNumeric: 'tabular-nums' }}>{formatScore(n.strength)}</Typography>
              </Box>
            );
          })}
        </Box>
        {neighbours.length > SHOWN && <Typography variant="caption" sx={{ color: 'text.secondary' }}>{t('maps.details.more', { count: neighbours.length - SHOWN })}</Typography>}
      </Stack>
    </SectionCard>
  );
}
