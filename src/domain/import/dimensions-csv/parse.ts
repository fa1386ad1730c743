/** Reads a Dimensions publications CSV (both the standard and the bibliometric-mapping export). */
import { emptyPublication, type DocumentType, type Publication } from '../../model';
import { parseDimensionsReferences } from '../../references/parse-dimensions';
import { canonicalCountry } from '../../util/address';
import { decodeHtmlEntities, normalizeDoi, parseCount, parseYear, splitList, unique } from '../../util/text';
import { setDefined, tidy } from '../scopus-csv/tidy';
import { cleanHeaderCell, columnIndex, readCsv } from '../csv';
import { IssueCollector } from '../issues';
import type { Anchor } from '../scopus-csv/realign';
import { alignedRowCells } from '../scopus-csv/row-issues';
import type { ImportResult, ParseOptions } from '../types';
import { buildDimensionsAuthors } from './affiliations';

/** Column names, with the spellings of older exports after the current one. */
const COL = {
  id: ['Publication ID'],
  doi: ['DOI'],
  pmid: ['PMID'],
  pmcid: ['PMCID'],
  title: ['Title'],
  abstract: ['Abstract'],
  funding: ['Funder', 'Funding'],
  source: ['Source title', 'Source title/Anthology title'],
  anthology: ['Anthology title'],
  mesh: ['MeSH terms'],
  year: ['PubYear'],
  volume: ['Volume'],
  issue: ['Issue'],
  pagination: ['Pagination'],
  openAccess: ['Open Access'],
  type: ['Publication Type'],
  authors: ['Authors'],
  rawAffiliations: ['Authors (Raw Affiliation)'],
  standardAffiliations: ['Authors Affiliations', 'Authors Affiliations Name of Research organization', 'Authors Affiliations - Name of Research organization'],
  organisations: ['Research Organizations standardized', 'Research Organizations - standardized'],
  countries: ['Country of Research organization'],
  timesCited: ['Times cited'],
  categories: ['Fields of Research (ANZSRC 2020)', 'FOR (ANZSRC) Categories', 'FOR'],
  references: ['Cited references'],
} as const;

const DOCUMENT_TYPES: Record<string, DocumentType> = {
  article: 'article',
  chapter: 'book-chapter',
  proceeding: 'conference-paper',
  preprint: 'preprint',
  monograph: 'book',
  'edited book': 'book',
};

const ANCHORS: Anchor[] = [
  { column: 'Rank', test: (v) => /^\d+$/.test(v) },
  { column: 'Publication ID', test: (v) => /^pub\.\d+$/.test(v) },
  { column: 'DOI', test: (v) => /^10\.\d{3,9}\//.test(v) },
  { column: 'PMID', test: (v) => /^\d+$/.test(v) },
  { column: 'PMCID', test: (v) => /^PMC\d+$/.test(v) },
  { column: 'Publication date', test: (v) => /^\d{4}(?:-\d\d){0,2}$/.test(v) },
  { column: 'PubYear', test: (v) => /^(?:1[5-9]|20)\d\d$/.test(v) },
  { column: 'Publication date (online)', test: (v) => /^\d{4}(?:-\d\d){0,2}$/.test(v) },
  { column: 'Publication date (print)', test: (v) => /^\d{4}(?:-\d\d){0,2}$/.test(v) },
  { column: 'Open Access', test: (v) => /^(?:closed|all oa\b.*)$/i.test(v) },
  { column: 'Publication Type', test: (v) => v.toLowerCase() in DOCUMENT_TYPES },
  { column: 'Times cited', test: (v) => /^\d+$/.test(v) },
  { column: 'Recent citations', test: (v) => /^\d+$/.test(v) },
  { column: 'RCR', test: (v) => /^\d+(?:\.\d+)?$/.test(v) },
  { column: 'FCR', test: (v) => /^\d+(?:\.\d+)?$/.test(v) },
  { column: 'Dimensions URL', test: (v) => /^https:\/\/app\.dimensions\.ai\//.test(v) },
];

/** How many lines before the header: 1 when the "About the data: Exported on …" preamble is there. */
export function dimensionsPreambleLines(text: string): number {
  const lines = text.slice(0, 65536).split(/\r\n|\n|\r/, 5);
  for (let line = 0; line < lines.length; line++) {
    const cells = lines[line].split(',').map((c) => cleanHeaderCell(c).toLowerCase());
    if (cells.includes('publication id') && cells.includes('pubyear')) return line;
  }
  return 0;
}

/**
 * Parses the decoded text of a Dimensions CSV export: with or without the preamble line, rows
 * ending CRLF with bare LF inside quoted cells, HTML entities decoded in every cell. Never throws
 * on bad data.
 */
export function parseDimensionsCsv(text: string, file: string, options: ParseOptions = {}): ImportResult {
  const issues = new IssueCollector(file);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const table = readCsv(body, { skipLines: dimensionsPreambleLines(body), onRow: (done) => options.onProgress?.({ phase: 'reading', done, total: body.length }) });
  const result: ImportResult = { format: 'dimensions-csv', publications: [], patents: [], issues: [], stats: { rows: table.rows.length, records: 0, skipped: 0 } };
  const header = [...table.header];
  while (header.length > 0 && header[header.length - 1] === '') header.pop();
  const col = columnIndex(header);
  const get = (cells: string[], names: readonly string[]): string => {
    for (const name of names) if (col.has(name)) return decodeHtmlEntities(col.get(cells, name));
    return '';
  };
  const has = (names: readonly string[]): boolean => names.some((n) => col.has(n));

  if (!has(COL.id) && !has(COL.title)) {
    issues.add('missing-columns', 'error', `"${file}" has no "Publication ID" or "Title" column, so it cannot be read as a Dimensions export. Export the publications from Dimensions again as CSV.`, { line: table.headerLine });
    result.stats.skipped = table.rows.length;
    result.issues = issues.list();
    return result;
  }
  if (table.newline === '\r') {
    issues.add('cr-line-endings', 'warning', `"${file}" uses old Mac line endings (CR only), which Excel for Mac writes when it re-saves a CSV. The file was read, but it has been edited in a spreadsheet: check that IDs and long cells are intact, or export it again from Dimensions.`, { line: 1 });
  }
  for (const error of table.quoteErrors) {
    issues.add('csv-quotes', 'warning', `Line ${error.line} of "${file}" has a quoted value that is not closed properly, usually because the file was cut off or edited by hand. The record on that line may be incomplete; export the file again if it matters.`, { line: error.line });
  }
  if (!has(COL.references)) {
    issues.add('no-cited-references', 'warning', `"${file}" has no "Cited references" column: it is a standard Dimensions export. Only the "Export for bibliometric mapping" option of Dimensions includes the cited references, so citation and co-citation analyses will have no data from this file. Export the results again with that option if you need them.`, { field: 'Cited references' });
  }

  table.rows.forEach((row, r) => {
    if (options.onProgress && r % 2000 === 1999) options.onProgress({ phase: 'records', done: r + 1, total: table.rows.length });
    const cells = alignedRowCells(row, header, ANCHORS, file, issues);
    if (!cells) {
      result.stats.skipped++;
      return;
    }
    const title = tidy(get(cells, COL.title));
    const id = get(cells, COL.id);
    const doi = normalizeDoi(get(cells, COL.doi));
    if (!title && !/^pub\.\d+$/.test(id) && !doi) {
      issues.add('row-unreadable', 'error', `Line ${row.line} of "${file}" has no title, Publication ID or DOI, so it cannot be read as a Dimensions record. It was skipped; check that line in the file, or export the records again.`, { line: row.line });
      result.stats.skipped++;
      return;
    }
    const pub = emptyPublication({ file, format: 'dimensions-csv', line: row.line });
    pub.title = title;
    if (id) pub.ids.dimensions = id;
    if (doi) pub.ids.doi = doi;
    fillPublication(pub, cells, get);
    result.publications.push(pub);
  });
  result.stats.records = result.publications.length;
  result.issues = issues.list();
  return result;
}

type Getter = (cells: string[], names: readonly string[]) => string;

function fillPublication(pub: Publication, cells: string[], get: Getter): void {
  const optional = (names: readonly string[]): string | undefined => tidy(get(cells, names)) || undefined;
  const pmid = get(cells, COL.pmid);
  if (/^\d+$/.test(pmid)) pub.ids.pmid = pmid;
  const pmcid = get(cells, COL.pmcid);
  if (/^PMC\d+$/i.test(pmcid)) pub.ids.pmcid = pmcid.toUpperCase();

  const organisations = splitList(get(cells, COL.organisations), ';');
  const { authors, affiliations } = buildDimensionsAuthors({
    authors: get(cells, COL.authors),
    raw: get(cells, COL.rawAffiliations),
    standardised: get(cells, COL.standardAffiliations),
    organisations,
  });
  pub.authors = authors;
  pub.affiliations = affiliations;
  pub.institutions = unique([...affiliations.map((a) => a.institution).filter((v): v is string => !!v), ...organisations]);
  const listedCountries = splitList(get(cells, COL.countries), ';').map((c) => canonicalCountry(c) ?? c);
  pub.countries = unique([...affiliations.map((a) => a.country).filter((v): v is string => !!v), ...listedCountries]);

  setDefined(pub, 'abstract', optional(COL.abstract));
  setDefined(pub, 'sourceTitle', optional(COL.source) ?? optional(COL.anthology));
  setDefined(pub, 'year', parseYear(get(cells, COL.year)));
  setDefined(pub, 'volume', optional(COL.volume));
  setDefined(pub, 'issue', optional(COL.issue));
  const pagination = tidy(get(cells, COL.pagination));
  const range = /^([^\s-–]+)\s*[-–]\s*([^\s-–]+)$/.exec(pagination);
  if (range) {
    pub.pageStart = range[1];
    pub.pageEnd = range[2];
  } else if (pagination) {
    pub.pageStart = pagination;
  }
  const typeRaw = optional(COL.type);
  if (typeRaw) {
    pub.documentTypeRaw = typeRaw;
    pub.documentType = DOCUMENT_TYPES[typeRaw.toLowerCase()] ?? 'other';
  }
  const timesCited = parseCount(get(cells, COL.timesCited));
  if (timesCited !== undefined) {
    pub.timesCited = timesCited;
    pub.citationsBySource['dimensions-csv'] = timesCited;
  }
  const openAccess = tidy(get(cells, COL.openAccess));
  if (openAccess) pub.openAccess = !/^closed$/i.test(openAccess);
  pub.indexKeywords = splitList(get(cells, COL.mesh), ';');
  pub.subjectCategories = splitList(get(cells, COL.categories), ';');
  const funder = get(cells, ['Funder']);
  const fundingText = tidy(get(cells, ['Funding']));
  pub.funding = funder ? splitList(funder, ';') : fundingText ? [fundingText] : [];
  pub.references = parseDimensionsReferences(get(cells, COL.references));
}
