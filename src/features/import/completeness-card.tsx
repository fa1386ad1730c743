import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Completeness } from '../../domain/dataset';
import { useI18n } from '../../ui/i18n';
import { SectionCard } from '../../ui/section-card';

const FIELDS = ['doi', 'references', 'authorKeywords', 'abstract', 'affiliations', 'year'] as const;

/** Share of publications carrying each field, with the analyses that field enables. */
export function CompletenessCard({ completeness }: { completeness: Completeness }) {
  const { t, formatPercent } = useI18n();
  return (
    <SectionCard title={t('completeness.title')} subtitle={t('completeness.subtitle', { count: completeness.publications })}>
      {completeness.publications === 0 ? (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>{t('completeness.none')}</Typography>
      ) : (
        <Stack spacing={2}>
          {FIELDS.map((field) => {
            const share = completeness[field];
            return (
              <Box key={field} data-testid={`completeness-${field}`}>
                <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'baseline' }}>
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>{t(`completeness.${field}`)}</Typography>
                  <Typography variant="body2" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>{formatPercent(share)}</Typography>
                </Stack>
                <LinearProgress
                  variant="determinate"
                  value={share * 100}
                  color={share >= 0.8 ? 'secondary' : share >= 0.4 ? 'warning' : 'error'}
                  sx={{ my: 0.6, bgcolor: '#e8edf2' }}
                  aria-label={t(`completeness.${field}`)}
                />
                <Typography variant="caption" sx={{ color: 'text.secondary' }}>{t(`completeness.${field}.hint`)}</Typography>
              </Box>
            );
          })}
        </Stack>
      )}
    </SectionCard>
  );
}
