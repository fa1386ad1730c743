import { useMemo } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { CitedReference, Publication, PublicationIds } from '../../domain/model';
import { FORMAT_IDS } from '../../domain/model';
import { referencesOf } from '../../domain/references/list';
import type { FormatId } from '../../domain/model';
import { useT } from '../../ui/i18n';
import type { Translate } from '../../ui/i18n';
import { AbstractSection, ChipList, DetailSection, FieldSection, OriginsSection, OtherFields } from './detail-parts';

const ID_KEYS: readonly (keyof PublicationIds)[] = ['doi', 'wos', 'eid', 'pmid', 'pmcid', 'lens', 'openalex', 'dimensions'];

/** Every top-level field this component shows; anything else lands in "Other fields". */
const SHOWN = new Set<string>([
  'kind', 'id', 'ids', 'title', 'authors', 'affiliations', 'institutions', 'countries', 'sourceTitle', 'sourceAbbrev', 'sourceIsoAbbrev',
  'issn', 'publisher', 'year', 'volume', 'issue', 'pageStart', 'pageEnd', 'articleNumber', 'documentType', 'documentTypeRaw', 'language',
  'authorKeywords', 'indexKeywords', 'abstract', 'subjectCategories', 'timesCited', 'citationsBySource', 'funding', 'openAccess', 'references', 'origins',
]);

const pages = (record: Publication): string | undefined =>
  record.pageStart && record.pageEnd ? `${record.pageStart}–${record.pageEnd}` : (record.pageStart ?? record.pageEnd);

const sourceLabel = (source: string, t: Translate): string =>
  (FORMAT_IDS as readonly string[]).includes(source) ? t(`format.${source as FormatId}`) : source;

function ReferenceItem({ reference }: { reference: CitedReference }) {
  const t = useT();
  const parsed: [string, string | number | undefined][] = [
    [t('field.ref.author'), reference.author],
    [t('field.ref.year'), reference.year === undefined ? undefined : String(reference.year)],
    [t('field.ref.source'), reference.source],
    [t('field.ref.title'), reference.title],
    [t('field.ref.volume'), reference.volume],
    [t('field.ref.issue'), reference.issue],
    [t('field.ref.page'), reference.page],
    [t('field.ref.dois'), reference.dois.join(', ') || undefined],
    [t('field.ref.sourceId'), reference.sourceId],
    [t('field.ref.workId'), reference.workId],
  ];
  const present = parsed.filter(([, value]) => value !== undefined && value !== '');
  return (
    <Box component="li" sx={{ mb: 1.25 }}>
      <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>{reference.raw}</Typography>
      <Typography variant="caption" sx={{ color: 'text.secondary', display: 'block' }}>
        {present.length === 0 ? t('details.empty') : present.map(([label, value]) => `${label}: ${value}`).join(' · ')}
      </Typography>
    </Box>
  );
}

/** All fields of a publication: ids, bibliographic data, authors with affiliations, keywords, references raw and parsed, origins. */
export function PublicationDetails({ record }: { record: Publication }) {
  const t = useT();
  const references = useMemo(() => referencesOf(record.references), [record.references]);
  return (
    <>
      <FieldSection title={t('details.section.identifiers')} fields={[[t('field.id'), record.id], ...ID_KEYS.map((key) => [t(`field.ids.${key}`), record.ids[key]] as const)]} />
      <FieldSection
        title={t('details.section.publication')}
        fields={[
          [t('field.sourceTitle'), record.sourceTitle],
          [t('field.sourceAbbrev'), record.sourceAbbrev],
          [t('field.sourceIsoAbbrev'), record.sourceIsoAbbrev],
          [t('field.issn'), record.issn],
          [t('field.publisher'), record.publisher],
          [t('field.year'), record.year === undefined ? undefined : String(record.year)],
          [t('field.volume'), record.volume],
          [t('field.issue'), record.issue],
          [t('field.pages'), pages(record)],
          [t('field.articleNumber'), record.articleNumber],
          [t('field.documentType'), t(`doctype.${record.documentType}`)],
          [t('field.documentTypeRaw'), record.documentTypeRaw],
          [t('field.language'), record.language],
          [t('field.openAccess'), record.openAccess],
        ]}
      />
      <DetailSection title={t('details.section.authors')}>
        <Box component="ol" sx={{ m: 0, pl: 2.5 }}>
          {record.authors.map((author, index) => (
            <Box component="li" key={`${index}-${author.shortName}`} sx={{ mb: 1 }}>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {author.fullName}
                {author.shortName && author.shortName !== author.fullName && <Box component="span" sx={{ color: 'text.secondary', fontWeight: 400 }}> ({author.shortName})</Box>}
              </Typography>
              {(author.orcid || author.sourceId) && (
                <Typography variant="caption" sx={{ color: 'text.secondary', display: 'block' }}>
                  {[author.orcid && `${t('details.author.orcid')}: ${author.orcid}`, author.sourceId && `${t('details.author.sourceId')}: ${author.sourceId}`].filter(Boolean).join(' · ')}
                </Typography>
              )}
              {author.affiliationIndices.map((affIndex) => (
                <Typography key={affIndex} variant="caption" sx={{ display: 'block', color: 'text.secondary' }}>
                  [{affIndex + 1}] {record.affiliations[affIndex]?.institution ?? record.affiliations[affIndex]?.raw}
                </Typography>
              ))}
            </Box>
          ))}
        </Box>
        {record.authors.length === 0 && <Typography variant="body2" sx={{ color: 'text.disabled' }}>{t('details.empty')}</Typography>}
      </DetailSection>
      <DetailSection title={t('details.section.affiliations')}>
        {record.affiliations.length === 0 && <Typography variant="body2" sx={{ color: 'text.disabled' }}>{t('details.empty')}</Typography>}
        <Box component="ol" sx={{ m: 0, pl: 2.5, mb: 1.5 }}>
          {record.affiliations.map((affiliation, index) => (
            <Box component="li" key={`${index}-${affiliation.raw}`} sx={{ mb: 0.75 }}>
              <Typography variant="body2">{affiliation.raw}</Typography>
              <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                {[affiliation.institution, affiliation.country].filter(Boolean).join(' · ') || t('common.notGiven')}
              </Typography>
            </Box>
          ))}
        </Box>
        <ChipList label={t('field.institutions')} values={record.institutions} />
        <ChipList label={t('field.countries')} values={record.countries} />
      </DetailSection>
      <DetailSection title={t('details.section.keywords')}>
        <ChipList label={t('field.authorKeywords')} values={record.authorKeywords} />
        <ChipList label={t('field.indexKeywords')} values={record.indexKeywords} />
        <ChipList label={t('field.subjectCategories')} values={record.subjectCategories} />
      </DetailSection>
      <AbstractSection abstract={record.abstract} />
      <FieldSection
        title={t('details.section.citations')}
        fields={[
          [t('field.timesCited'), record.timesCited],
          [t('field.citationsBySource'), Object.entries(record.citationsBySource).map(([source, count]) => `${sourceLabel(source, t)}: ${count}`)],
          [t('field.funding'), record.funding],
        ]}
      />
      <DetailSection title={t('details.section.references', { count: references.length })}>
        {references.length === 0 ? (
          <Typography variant="body2" sx={{ color: 'text.disabled' }}>{t('details.ref.none')}</Typography>
        ) : (
          <Box component="ol" sx={{ m: 0, pl: 3 }}>
            {references.map((reference, index) => <ReferenceItem key={index} reference={reference} />)}
          </Box>
        )}
      </DetailSection>
      <OriginsSection origins={record.origins} />
      <OtherFields record={record} shown={SHOWN} />
    </>
  );
}
