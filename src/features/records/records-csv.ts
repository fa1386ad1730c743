import type { PatentRow, PublicationRow } from '../../services';
import { toCsv } from '../../ui/csv';
import type { Translate } from '../../ui/i18n';

/** The filtered publications table as CSV, in the order shown, with translated headers. */
export function publicationRowsToCsv(rows: readonly PublicationRow[], t: Translate): string {
  const header = [
    t('records.col.year'), t('records.col.title'), t('records.col.firstAuthor'), t('records.col.source'),
    t('records.col.timesCited'), t('records.col.format'), t('records.col.doi'), t('field.id'),
  ];
  return toCsv(header, rows.map((row) => [row.year, row.title, row.firstAuthor, row.source, row.timesCited, row.formats.map((format) => t(`format.${format}`)).join('; '), row.doi, row.id]));
}

/** The filtered patents table as CSV. */
export function patentRowsToCsv(rows: readonly PatentRow[], t: Translate): string {
  const header = [
    t('records.col.publicationNumber'), t('records.col.title'), t('records.col.applicants'), t('records.col.publicationDate'),
    t('records.col.priorityDate'), t('records.col.cpc'), t('records.col.format'), t('field.id'),
  ];
  return toCsv(header, rows.map((row) => [row.publicationNumber, row.title, row.applicants, row.publicationDate, row.priorityDate, row.cpc, row.formats.map((format) => t(`format.${format}`)).join('; '), row.id]));
}
