/**
 * OpenAlex CSV: the older API-style dotted columns, the current 30-column web-UI export and the
 * readable-header variant (FORMATS.md section 9). Multi-values are joined with "|" (never split on
 * ";"), ids and DOIs are full URLs, booleans are True/False.
 */
import type { CitedReference, DocumentType, Publication } from '../../model';
import { emptyPublication } from '../../model';
import { normalizeDoi, parseCount, parseYear, squash, unique } from '../../util/text';
import { isExcelNumber, openPublicationCsv, readRecordRows, setText } from '../csv-rows';
import type { IssueCollector } from '../issues';
import type { ImportResult, Importer, ParseOptions } from '../types';
import { readAuthorships, splitPipes, stripOpenalexUrl } from './authorships';
import { languageFromIso639 } from './codes';
import { OPENALEX_COLUMNS, type OpenalexColumn, layoutOf } from './columns';

const FORMAT = 'openalex-csv' as const;
const EXPORT_NAME = 'OpenAlex ("Export > Spreadsheet (.csv)")';

const TYPES: Record<string, DocumentType> = {
  'article': 'article', 'journal-article': 'article', 'review': 'review', 'book-chapter': 'book-chapter', 'book': 'book',
  'monograph': 'book', 'edited-book': 'book', 'reference-book': 'book', 'proceedings-article': 'conference-paper',
  'proceedings': 'conference-paper', 'preprint': 'preprint', 'posted-content': 'preprint', 'editorial': 'editorial',
  'letter': 'letter', 'erratum': 'erratum', 'retraction': 'erratum', 'note': 'note',
};

/** OpenAlex work type ("article", "book-chapter" ...) as a normalised document type. */
export const openalexDocumentType = (value: string): DocumentType => TYPES[value.trim().toLowerCase()] ?? 'other';

/** Parses an OpenAlex CSV export. Never throws on bad data; problems become issues. */
export function parseOpenalex(text: string, file: string, options: ParseOptions = {}): ImportResult {
  const { issues, table, index, result } = openPublicationCsv(text, file, options, { format: FORMAT, exportName: EXPORT_NAME, phase: 'Reading OpenAlex records', columns: OPENALEX_COLUMNS });
  if (index.id < 0 && index.title < 0) {
    issues.add('missing-columns', 'error', `"${file}" has no "id" (or "Work ID") and no "display_name" / "title" column, so no record could be read. Expected the header of an ${EXPORT_NAME} export.`, { line: table.headerLine });
    return result([], table.rows.length);
  }
  const layout = layoutOf(new Set(table.header.map((name) => name.toLowerCase())));
  if (index.references < 0) {
    issues.add('no-cited-references', 'warning', `"${file}" has no "referenced_works" column (the ${layout === 'web-ui' ? 'current OpenAlex web export never includes it' : 'export did not include it'}). Co-authorship, country, institution and keyword maps work; co-citation and bibliographic coupling need the references, which Meridian can only get by enriching these works through the OpenAlex API.`, { field: 'referenced_works' });
  }
  if (index.authorNames < 0) issues.add('missing-column', 'warning', `"${file}" has no "authorships.author.display_name" column: co-authorship maps will be empty.`, { field: 'authorships.author.display_name' });

  const { records, skipped } = readRecordRows(table, index, issues, (row, cell) => readRecord(row.line, cell, file, issues));
  return result(records, skipped);
}

/** One row as a publication, or undefined when it has neither an OpenAlex id nor a title (reported). */
function readRecord(line: number, cell: (key: OpenalexColumn) => string, file: string, issues: IssueCollector): Publication | undefined {
  const workId = stripOpenalexUrl(cell('id'));
  const title = squash(cell('title'));
  if (!workId && !title) {
    issues.add('row-without-id', 'error', `Line ${line}: this row has neither an OpenAlex id nor a title, so it was skipped. Check that the file is an unedited OpenAlex export.`, { line });
    return undefined;
  }
  const p = emptyPublication({ file, format: FORMAT, line });
  if (workId) p.ids.openalex = workId;
  p.title = title;
  readIdentifiers(p, cell, line, issues);
  const year = parseCount(cell('year'));
  const publicationYear = year !== undefined && year >= 1500 && year <= 2100 ? year : parseYear(cell('date'));
  if (publicationYear !== undefined) p.year = publicationYear;
  const type = cell('type') || cell('typeCrossref');
  if (type) {
    p.documentTypeRaw = type;
    p.documentType = openalexDocumentType(type);
  }
  const language = cell('language');
  if (language) p.language = languageFromIso639(language);
  setText(p, 'abstract', cell('abstract'));
  const citedBy = parseCount(cell('citedBy'));
  if (citedBy !== undefined) {
    p.timesCited = citedBy;
    p.citationsBySource[FORMAT] = citedBy;
  }

  const authorships = readAuthorships({
    names: cell('authorNames'), authorIds: cell('authorIds'), orcids: cell('orcids'), countries: cell('countries'),
    institutionNames: cell('institutionNames'), institutionIds: cell('institutionIds'),
    rawAffiliations: cell('rawAffiliations') || cell('rawAffiliationStrings'),
    correspondingFlags: cell('corresponding'), correspondingInstitutions: cell('correspondingInstitutions'),
  });
  p.authors = authorships.authors;
  p.affiliations = authorships.affiliations;
  p.institutions = authorships.institutions;
  p.countries = authorships.countries;
  if (authorships.isUnlinked) {
    issues.add('affiliations-not-linked', 'info', `Line ${line}: the institutions of this work could not be tied to its authors, because OpenAlex joins every author's institutions into one list and this list can be split in more than one way. Institution and country counts are still right; only the author-to-institution links are missing.`, { line });
  }
  for (const column of authorships.mismatched) {
    issues.add('author-count-mismatch', 'warning', `Line ${line}: "${column}" has a different number of items than the author list, so its values could not be matched to authors and were left out.`, { line, field: column });
  }
  if (authorships.unknownCodes.length) {
    issues.add('unknown-country-code', 'warning', `Line ${line}: "${authorships.unknownCodes.join(', ')}" in "authorships.countries" is not a two-letter ISO country code, so it was left out of the countries.`, { line, field: 'authorships.countries' });
  }

  setText(p, 'sourceTitle', cell('source'));
  p.issn = unique([...splitPipes(cell('issnL')), ...splitPipes(cell('issn'))].map((v) => v.toUpperCase()).filter((v) => /^\d{4}-\d{3}[\dX]$/.test(v)));
  setText(p, 'publisher', cell('publisher'));
  setText(p, 'volume', cell('volume'));
  setText(p, 'issue', cell('issue'));
  setText(p, 'pageStart', cell('firstPage'));
  setText(p, 'pageEnd', cell('lastPage'));
  p.authorKeywords = unique(splitPipes(cell('keywords')).filter(Boolean));
  p.indexKeywords = unique([...splitPipes(cell('concepts')), ...splitPipes(cell('mesh'))].filter(Boolean));
  const subjects = cell('topicField') || cell('primaryTopic') || cell('topics');
  p.subjectCategories = unique(splitPipes(subjects).filter(Boolean));
  p.funding = unique(splitPipes(cell('funders')).filter(Boolean));
  const openAccess = cell('isOa').toLowerCase();
  if (openAccess === 'true' || openAccess === 'false') p.openAccess = openAccess === 'true';
  p.references = readReferences(cell('references'));
  return p;
}

function readIdentifiers(p: Publication, cell: (key: OpenalexColumn) => string, line: number, issues: IssueCollector): void {
  const doiCell = cell('doi');
  if (doiCell && doiCell.toLowerCase() !== 'null') {
    const doi = normalizeDoi(doiCell);
    if (doi) p.ids.doi = doi;
    else issues.add('invalid-doi', 'warning', `Line ${line}: "${doiCell.slice(0, 60)}" in the doi column is not a DOI, so it was ignored.`, { line, field: 'doi' });
  }
  const pmid = cell('pmid');
  if (isExcelNumber(pmid)) {
    issues.add('excel-number', 'warning', `Line ${line}: the PMID "${pmid}" was turned into scientific notation by a spreadsheet and its digits are lost, so it was ignored. Use the original OpenAlex download.`, { line, field: 'ids.pmid' });
  } else {
    const digits = /(\d+)\/?$/.exec(pmid);
    if (digits) p.ids.pmid = digits[1];
  }
  const pmcid = /PMC\d+/i.exec(cell('pmcid'));
  if (pmcid) p.ids.pmcid = pmcid[0].toUpperCase();
}

/** `referenced_works`: W-ids as URLs joined with "|". Older works have short ids, so no length filter. */
function readReferences(value: string): CitedReference[] {
  const references: CitedReference[] = [];
  const seen = new Set<string>();
  for (const item of splitPipes(value)) {
    const id = stripOpenalexUrl(item);
    if (!id || seen.has(id)) continue;
    seen.add(id);
    references.push({ raw: id, sourceId: id, dois: [] });
  }
  return references;
}

/** True when the first line of `head` is an OpenAlex CSV header (dotted names or "Work ID"). */
function isOpenalexHeader(head: string): boolean {
  const newline = head.search(/\r|\n/);
  const firstLine = newline < 0 ? head : head.slice(0, newline);
  const names = firstLine.split(',').map((name) => name.trim().replace(/^"(.*)"$/, '$1').toLowerCase());
  if (names.includes('authorships.author.display_name')) return true;
  if (names[0] === 'id' && (names.includes('display_name') || names.includes('title')) && /https:\/\/openalex\.org\/W/.test(head)) return true;
  return names[0] === 'work id' && names.includes('title');
}

/** OpenAlex CSV importer (all three header layouts). */
export const openalexImporter: Importer = {
  format: FORMAT,
  priority: 40,
  detect: isOpenalexHeader,
  parse: parseOpenalex,
};
