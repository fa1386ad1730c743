import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { Origin } from '../../domain/model';
import { useT } from '../../ui/i18n';
import type { MessageKey, Translate } from '../../ui/i18n';

/** One titled block of the details drawer. */
export function DetailSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section" sx={{ py: 2, borderTop: 1, borderColor: 'divider' }}>
      <Typography variant="overline" component="h3" sx={{ color: 'primary.main', display: 'block', mb: 1 }}>{title}</Typography>
      {children}
    </Box>
  );
}

export type FieldValue = string | number | boolean | undefined | null | readonly string[];

/** Label/value rows of a `FieldGrid`. */
export type FieldRows = readonly (readonly [string, FieldValue | ReactNode])[];

/** Record fields that have a `field.<name>` label. */
type LabelledField = { [K in MessageKey]: K extends `field.${infer F}` ? F : never }[MessageKey];

/** Rows for fields shown as stored, in the order given, each labelled by its `field.<name>` message. */
export function fieldRows<K extends LabelledField>(t: Translate, record: NoInfer<Partial<Record<K, FieldValue>>>, names: readonly K[]): FieldRows {
  return names.map((name) => [t(`field.${name}`), record[name]] as const);
}

/** Label/value pairs in two columns; empty values show a dash so nothing is silently hidden. */
export function FieldGrid({ fields }: { fields: FieldRows }) {
  const t = useT();
  const show = (value: FieldValue | ReactNode): ReactNode => {
    if (value === undefined || value === null || value === '') return <Box component="span" sx={{ color: 'text.disabled' }}>{t('common.notGiven')}</Box>;
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (Array.isArray(value)) return value.length === 0 ? <Box component="span" sx={{ color: 'text.disabled' }}>{t('common.notGiven')}</Box> : value.join('; ');
    return value as ReactNode;
  };
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'minmax(130px, 34%) 1fr', columnGap: 2, rowGap: 0.75, m: 0 }}>
      {fields.map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" sx={{ color: 'text.secondary' }}>{label}</Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>{show(value)}</Typography>
        </Box>
      ))}
    </Box>
  );
}

/** A titled block of label/value pairs. */
export function FieldSection({ title, fields }: { title: string; fields: FieldRows }) {
  return (
    <DetailSection title={title}>
      <FieldGrid fields={fields} />
    </DetailSection>
  );
}

/** The abstract as written (line breaks kept), or a note that the record has none. */
export function AbstractSection({ abstract }: { abstract: string | undefined }) {
  const t = useT();
  return (
    <DetailSection title={t('details.section.abstract')}>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-line', lineHeight: 1.65, color: abstract ? 'text.primary' : 'text.disabled' }}>
        {abstract || t('details.empty')}
      </Typography>
    </DetailSection>
  );
}

/** A list of short values (keywords, classes) as chips. */
export function ChipList({ label, values }: { label: string; values: readonly string[] }) {
  const t = useT();
  return (
    <Box sx={{ mb: 1.5 }}>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 0.5 }}>{label}</Typography>
      {values.length === 0 ? (
        <Typography variant="body2" sx={{ color: 'text.disabled' }}>{t('details.empty')}</Typography>
      ) : (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75 }}>
          {values.map((value, index) => <Chip key={`${index}-${value}`} size="small" label={value} variant="outlined" />)}
        </Box>
      )}
    </Box>
  );
}

/** Fields the known sections did not show (new model fields appear here rather than vanish). */
export function OtherFields({ record, shown }: { record: object; shown: ReadonlySet<string> }) {
  const t = useT();
  const rest = Object.entries(record).filter(([key, value]) => !shown.has(key) && value !== undefined);
  if (rest.length === 0) return null;
  return <FieldSection title={t('details.section.other')} fields={rest.map(([key, value]) => [key, typeof value === 'object' ? JSON.stringify(value) : String(value)] as const)} />;
}

/** Every file row the record was read from (several after a merge). */
export function OriginsSection({ origins }: { origins: readonly Origin[] }) {
  const t = useT();
  return (
    <DetailSection title={t('details.section.origins')}>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {origins.map((origin, index) => (
          <Typography component="li" variant="body2" key={`${index}-${origin.file}-${origin.line}`} data-testid="record-origin">
            {t('details.origin', { format: t(`format.${origin.format}`), file: origin.file, line: String(origin.line) })}
          </Typography>
        ))}
      </Box>
    </DetailSection>
  );
}
