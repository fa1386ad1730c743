import { useMemo } from 'react';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import type { YearCount } from '../../services';
import { ChartPanel } from '../../ui/charts/chart-panel';
import { DEFAULT_CHART_THEME } from '../../ui/charts/chart-theme';
import { buildRecordsPerYearOption } from '../../ui/charts/records-per-year-option';
import { useT } from '../../ui/i18n';

/** Records per year as bars, with PNG/SVG export and a note on undated records. */
export function PerYearCard({ years, withoutYear }: { years: YearCount[]; withoutYear: number }) {
  const t = useT();
  const option = useMemo(
    () =>
      buildRecordsPerYearOption(
        {
          years,
          labels: {
            title: t('chart.perYear.title'),
            axisYear: t('chart.perYear.axisYear'),
            axisCount: t('chart.perYear.axisCount'),
            publications: t('chart.perYear.publications'),
            patents: t('chart.perYear.patents'),
          },
        },
        DEFAULT_CHART_THEME,
      ),
    [years, t],
  );
  return (
    <Card data-testid="chart-per-year">
      <CardContent sx={{ px: 2.5, pt: 2, '&:last-child': { pb: 1.5 } }}>
        {years.length === 0 ? (
          <>
            <Typography variant="h6" component="h2">{t('chart.perYear.title')}</Typography>
            <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1 }}>{t('chart.perYear.empty')}</Typography>
          </>
        ) : (
          // The title is drawn inside the chart so that exported PNG/SVG files carry it.
          <ChartPanel
            option={option}
            fileName="meridian-records-per-year"
            ariaLabel={t('chart.perYear.title')}
            height={340}
            note={withoutYear > 0 ? t('chart.perYear.withoutYear', { count: withoutYear }) : undefined}
          />
        )}
      </CardContent>
    </Card>
  );
}
