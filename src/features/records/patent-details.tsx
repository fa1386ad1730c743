import Link from '@mui/material/Link';
import type { Patent } from '../../domain/model';
import { useT } from '../../ui/i18n';
import { AbstractSection, ChipList, DetailSection, FieldSection, OriginsSection, OtherFields, fieldRows } from './detail-parts';

const SHOWN = new Set<string>([
  'kind', 'id', 'publicationNumber', 'jurisdiction', 'kindCode', 'lensId', 'applicationNumber', 'priorityNumbers', 'simpleFamily', 'extendedFamily',
  'simpleFamilySize', 'extendedFamilySize', 'priorityDate', 'applicationDate', 'publicationDate', 'grantDate', 'publicationYear', 'title', 'abstract',
  'applicants', 'inventors', 'owners', 'cpc', 'ipc', 'citesPatentCount', 'citedByPatentCount', 'nplCount', 'legalStatus', 'documentType', 'citedDois', 'url', 'origins',
]);

const isWebLink = (url: string | undefined): url is string => Boolean(url && /^https?:\/\//i.test(url));

/** All fields of a patent: numbers, dates, parties, classes, family, citations, origins. */
export function PatentDetails({ record }: { record: Patent }) {
  const t = useT();
  return (
    <>
      <FieldSection
        title={t('details.section.patent')}
        fields={[
          ...fieldRows(t, record, ['id', 'publicationNumber', 'jurisdiction', 'kindCode', 'applicationNumber', 'lensId', 'documentType', 'legalStatus']),
          [t('field.url'), isWebLink(record.url) ? <Link href={record.url} target="_blank" rel="noopener noreferrer">{record.url}</Link> : record.url],
        ]}
      />
      <FieldSection
        title={t('details.section.dates')}
        fields={[
          ...fieldRows(t, record, ['priorityDate', 'applicationDate', 'publicationDate', 'grantDate']),
          [t('field.publicationYear'), record.publicationYear === undefined ? undefined : String(record.publicationYear)],
        ]}
      />
      <DetailSection title={t('details.section.parties')}>
        <ChipList label={t('field.applicants')} values={record.applicants} />
        <ChipList label={t('field.inventors')} values={record.inventors} />
        <ChipList label={t('field.owners')} values={record.owners} />
      </DetailSection>
      <DetailSection title={t('details.section.classification')}>
        <ChipList label={t('field.cpc')} values={record.cpc} />
        <ChipList label={t('field.ipc')} values={record.ipc} />
      </DetailSection>
      <FieldSection
        title={t('details.section.family')}
        fields={fieldRows(t, record, ['priorityNumbers', 'simpleFamilySize', 'simpleFamily', 'extendedFamilySize', 'extendedFamily'])}
      />
      <FieldSection title={t('details.section.citations')} fields={fieldRows(t, record, ['citesPatentCount', 'citedByPatentCount', 'nplCount', 'citedDois'])} />
      <AbstractSection abstract={record.abstract} />
      <OriginsSection origins={record.origins} />
      <OtherFields record={record} shown={SHOWN} />
    </>
  );
}
