import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import Typography from '@mui/material/Typography';
import type { WorkspaceOverview } from '../../services';
import { useI18n } from '../../ui/i18n';

/** The dataset in four numbers: publications, patents, duplicates merged, files. */
export function TotalsStrip({ overview }: { overview: WorkspaceOverview }) {
  const { t, formatNumber } = useI18n();
  const { summary } = overview;
  const range = summary.yearRange;
  const tiles = [
    { key: 'publications', label: t('totals.publications'), value: summary.publications, note: range ? t('totals.yearRange', { from: String(range[0]), to: String(range[1]) }) : undefined },
    { key: 'patents', label: t('totals.patents'), value: summary.patents },
    { key: 'duplicates', label: t('totals.duplicates'), value: summary.duplicatesMerged },
    { key: 'files', label: t('totals.files'), value: summary.files },
  ];
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'repeat(2, 1fr)', md: 'repeat(4, 1fr)' } }}>
      {tiles.map((tile) => (
        <Card key={tile.key} sx={{ px: 2.5, py: 2 }}>
          <Typography variant="body2" sx={{ color: 'text.secondary', fontWeight: 600 }}>{tile.label}</Typography>
          <Typography sx={{ fontSize: '1.9rem', fontWeight: 650, lineHeight: 1.25, fontVariantNumeric: 'tabular-nums' }} data-testid={`total-${tile.key}`}>{formatNumber(tile.value)}</Typography>
          <Typography variant="caption" sx={{ color: 'text.secondary', minHeight: '1.25em', display: 'block' }}>{tile.note ?? '\u00a0'}</Typography>
        </Card>
      ))}
    </Box>
  );
}
