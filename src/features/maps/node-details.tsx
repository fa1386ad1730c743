import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import ArticleOutlinedIcon from '@mui/icons-material/ArticleOutlined';
import CloseIcon from '@mui/icons-material/Close';
import { BETWEENNESS_MAX_LINKS, BETWEENNESS_MAX_NODES, type MapResult } from '../../services';
import { useT } from '../../ui/i18n';
import type { MessageKey } from '../../ui/i18n';
import { SectionCard } from '../../ui/section-card';
import { ClusterDot } from './cluster-panel';
import { DocumentsBehind } from './documents-behind';
import { formatBurst, neighboursOf } from './map-helpers';

const SHOWN = 12;

const Row = ({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId?: string }) => (
  <Stack direction="row" sx={{ justifyContent: 'space-between', gap: 2 }} data-testid={testId}>
    {hint ? (
      <Tooltip title={hint}>
        <Typography variant="body2" sx={{ color: 'text.secondary', textDecoration: 'underline dotted', textUnderlineOffset: 3, cursor: 'help' }}>{label}</Typography>
      </Tooltip>
    ) : (
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>{label}</Typography>
    )}
    <Typography variant="body2" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>{value}</Typography>
  </Stack>
);

const formatScore = (value: number): string => (Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 1 ? value.toFixed(2) : value.toPrecision(3));

/** The selected item: label, cluster, weights, scores, its strongest links and the documents behind it or one of its links. */
export function NodeDetails({ result, selected, onSelect, pickedLink }: { result: MapResult; selected: number | undefined; onSelect: (id: number | undefined) => void; pickedLink?: { item: number; other: number } }) {
  const t = useT();
  const item = selected === undefined ? undefined : result.map.items[selected];
  // The link whose documents are shown: the selected item and one of its neighbours.
  const [chosenLink, setChosenLink] = useState<{ item: number; other: number }>();
  // A link clicked on the map replaces the one chosen here.
  useEffect(() => {
    if (pickedLink) setChosenLink(pickedLink);
  }, [pickedLink]);
  const link = chosenLink && chosenLink.item === selected ? chosenLink : undefined;
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
        {item.burst && <Row label={t('maps.col.burst')} value={formatBurst(item.burst)} hint={t('maps.col.burstHint')} testId="maps-details-burst" />}
        {item.burst && (
          <Row
            label={t('maps.col.sigma')}
            value={item.sigma === undefined ? '—' : formatScore(item.sigma)}
            hint={item.sigma === undefined && !result.betweennessComputed ? `${t('maps.col.sigmaHint')} ${t('maps.sigmaSkipped', { max: BETWEENNESS_MAX_NODES, links: BETWEENNESS_MAX_LINKS })}` : t('maps.col.sigmaHint')}
            testId="maps-details-sigma"
          />
        )}
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
                <Tooltip title={t('maps.docs.showLink')}>
                  <IconButton size="small" aria-label={t('maps.docs.showLink')} color={link?.other === n.id ? 'primary' : 'default'} onClick={() => setChosenLink({ item: item.id, other: n.id })} data-testid="maps-link-documents" sx={{ p: 0.25 }}>
                    <ArticleOutlinedIcon sx={{ fontSize: 16 }} />
                  </IconButton>
                </Tooltip>
              </Box>
            );
          })}
        </Box>
        {neighbours.length > SHOWN && <Typography variant="caption" sx={{ color: 'text.secondary' }}>{t('maps.details.more', { count: neighbours.length - SHOWN })}</Typography>}
        <Divider />
        {link && (
          <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
            <Typography variant="body2" sx={{ flex: 1, minWidth: 0, fontWeight: 600, wordBreak: 'break-word' }} data-testid="maps-link-selected">
              {t('maps.docs.linkBetween', { source: item.label, target: result.map.items[link.other]?.label ?? '' })}
            </Typography>
            <IconButton size="small" aria-label={t('maps.details.clear')} onClick={() => setChosenLink(undefined)}><CloseIcon fontSize="small" /></IconButton>
          </Stack>
        )}
        {link ? (
          <DocumentsBehind key={`link-${item.id}-${link.other}`} result={result} target={{ kind: 'link', source: item.id, target: link.other }} fileName={`meridian-documents-link-${item.id + 1}-${link.other + 1}`} />
        ) : (
          <DocumentsBehind key={`item-${item.id}`} result={result} target={{ kind: 'item', item: item.id }} fileName={`meridian-documents-item-${item.id + 1}`} />
        )}
      </Stack>
    </SectionCard>
  );
}
