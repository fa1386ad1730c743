/**
 * The columns the OpenAlex importer reads, with every header name they appear under: the older
 * API-style dotted names, the current 30-column web-UI export, and the readable-header variant
 * ("Work ID, Title, Author, ...", unverified: its names here are plausible guesses).
 * FORMATS.md section 9. Header names are compared case-insensitively; the first present wins.
 */
export const OPENALEX_COLUMNS = {
  id: ['id', 'Work ID', 'OpenAlex ID', 'work_id'],
  title: ['display_name', 'title', 'Work Title'],
  doi: ['doi', 'ids.doi'],
  year: ['publication_year', 'Year', 'Publication Year'],
  date: ['publication_date', 'Publication Date'],
  type: ['type', 'Work Type', 'Document Type'],
  typeCrossref: ['type_crossref'],
  language: ['language'],
  abstract: ['abstract'],
  citedBy: ['cited_by_count', 'Cited By', 'Cited By Count', 'Citations', 'Times Cited'],
  authorNames: ['authorships.author.display_name', 'Author', 'Authors', 'author_names', 'Author Names'],
  authorIds: ['authorships.author.id', 'Author IDs', 'Author ID', 'author_ids'],
  orcids: ['authorships.author.orcid', 'ORCID', 'ORCIDs', 'Author ORCIDs'],
  countries: ['authorships.countries', 'Country', 'Countries', 'Country Codes', 'Author Countries'],
  institutionNames: ['authorships.institutions.display_name', 'Institution', 'Institutions', 'Institution Names', 'author_institution_names'],
  institutionIds: ['authorships.institutions.id', 'Institution IDs', 'Institution ID'],
  rawAffiliations: ['authorships.affiliations'],
  rawAffiliationStrings: ['authorships.raw_affiliation_strings', 'authorships.raw_affiliation_string', 'Raw Affiliation Strings'],
  corresponding: ['authorships.is_corresponding'],
  correspondingInstitutions: ['corresponding_institution_ids'],
  source: ['primary_location.source.display_name', 'Source', 'Source Name', 'Source Title', 'host_venue.display_name'],
  issnL: ['primary_location.source.issn_l', 'ISSN-L', 'host_venue.issn_l'],
  issn: ['primary_location.source.issn', 'ISSN', 'host_venue.issn'],
  publisher: ['primary_location.source.host_organization_name', 'Publisher', 'host_venue.publisher'],
  volume: ['biblio.volume', 'Volume'],
  issue: ['biblio.issue', 'Issue'],
  firstPage: ['biblio.first_page', 'First Page'],
  lastPage: ['biblio.last_page', 'Last Page'],
  references: ['referenced_works', 'Referenced Works', 'References'],
  keywords: ['keywords.display_name', 'Keywords'],
  concepts: ['concepts.display_name', 'Concepts'],
  mesh: ['mesh.descriptor_name', 'MeSH'],
  topicField: ['topics.field.display_name', 'primary_topic.field.display_name', 'Field', 'Fields'],
  primaryTopic: ['primary_topic.display_name', 'Primary Topic', 'Topic'],
  topics: ['topics.display_name', 'Topics'],
  funders: ['funders.display_name', 'grants.funder_display_name', 'Funders'],
  isOa: ['open_access.is_oa', 'is_oa', 'Open Access', 'Is OA'],
  pmid: ['ids.pmid', 'PMID'],
  pmcid: ['ids.pmcid', 'PMCID'],
} as const;

export type OpenalexColumn = keyof typeof OPENALEX_COLUMNS;

/** Which of the three header layouts a header is, for messages and tests. */
export type OpenalexLayout = 'api-dotted' | 'web-ui' | 'readable';

/** Tells the layout from the header names (case-folded). */
export function layoutOf(headerKeys: ReadonlySet<string>): OpenalexLayout {
  if (headerKeys.has('work id')) return 'readable';
  if (headerKeys.has('display_name') && headerKeys.has('authorships.institutions.display_name')) return 'web-ui';
  return 'api-dotted';
}
