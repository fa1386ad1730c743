import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { Patent } from '../../domain/model';
import { useT } from '../../ui/i18n';
import { ChipList, DetailSection, FieldGrid, OriginsSection, OtherFields } from './detail-parts';

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
      <DetailSection title={t('details.section.patent')}>
        <FieldGrid
          fields={[
            [t('field.id'), record.id],
            [t('field.publicationNumber'), record.publicationNumber],
            [t('field.jurisdiction'), record.jurisdiction],
            [t('field.kindCode'), record.kindCode],
            [t('field.applicationNumber'), record.applicationNumber],
            [t('field.lensId'), record.lensId],
            [t('field.documentType'), record.documentType],
            [t('field.legalStatus'), record.legalStatus],
            [t('field.url'), isWebLink(record.url) ? <Link href={record.url} target="_blank" rel="noopener noreferrer">{record.url}</Link> : record.url],
          ]}
        />
      </DetailSection>
      <DetailSection title={t('details.section.dates')}>
        <FieldGrid
          fields={[
            [t('field.priorityDate'), record.priorityDate],
            [t('field.applicationDate'), record.applicationDate],
            [t('field.publicationDate'), record.publicationDate],
            [t('field.grantDate'), record.grantDate],
            [t('field.publicationYear'), record.publicationYear === undefined ? undefined : String(record.publicationYear)],
          ]}
        />
      </DetailSection>
      <DetailSection title={t('details.section.parties')}>
        <ChipList label={t('field.applicants')} values={record.applicants} />
        <ChipList label={t('field.inventors')} values={record.inventors} />
        <ChipList label={t('field.owners')} values={record.owners} />
      </DetailSection>
      <DetailSection title={t('details.section.classification')}>
        <ChipList label={t('field.cpc')} values={record.cpc} />
        <ChipList label={t('field.ipc')} values={record.ipc} />
      </DetailSection>
      <DetailSection title={t('details.section.family')}>
        <FieldGrid
          fields={[
            [t('field.priorityNumbers'), record.priorityNumbers],
            [t('field.simpleFamilySize'), record.simpleFamilySize],
            [t('field.simpleFamily'), record.simpleFamily],
            [t('field.extendedFamilySize'), record.extendedFamilySize],
            [t('field.extendedFamily'), record.extendedFamily],
          ]}
        />
      </DetailSection>
      <DetailSection title={t('details.section.citations')}>
        <FieldGrid
          fields={[
            [t('field.citesPatentCount'), record.citesPatentCount],
            [t('field.citedByPatentCount'), record.citedByPatentCount],
            [t('field.nplCount'), record.nplCount],
            [t('field.citedDois'), record.citedDois],
          ]}
        />
      </DetailSection>
      <DetailSection title={t('details.section.abstract')}>
        <Typography variant="body2" sx={{ whiteSpace: 'pre-line', lineHeight: 1.65, color: record.abstract ? 'text.primary' : 'text.disabled' }}>
          {record.abstract || t('details.empty')}
        </Typography>
      </DetailSection>
      <OriginsSection origins={record.origins} />
      <OtherFields record={record} shown={SHOWN} />
    </>
  );
}
