/**
 * Lens.org scholarly works CSV (32 columns, UTF-8 with BOM; FORMATS.md section 6). Columns are
 * found by name; multi-values are separated by "; "; References hold Lens IDs.
 */
import type { CitedReference, Publication } from '../../model';
import { emptyPublication } from '../../model';
import { authorFromDisplayName } from '../../util/names';
import { normalizeDoi, parseCount, parseYear, splitList, squash, unique } from '../../util/text';
import { isExcelDate, isExcelNumber, openPublicationCsv, readRecordRows, setText } from '../csv-rows';
import type { IssueCollector } from '../issues';
import type { ImportResult, Importer, ParseOptions } from '../types';
import { isLensId, isPlaceholderName, lensDocumentType, lensIssns, meshHeading, repairGluedName, stripJats } from './fields';

const FORMAT = 'lens-scholarly-csv' as const;
const EXPORT_NAME = 'Lens.org (Scholarly Works, "Export > CSV")';

/** Every column read, with the header names it has been seen under (first present wins). */
const COLUMNS = {
  lensId: ['Lens ID'],
  title: ['Title'],
  date: ['Date Published'],
  year: ['Publication Year'],
  type: ['Publication Type'],
  source: ['Source Title'],
  issns: ['ISSNs', 'ISSN'],
  publisher: ['Publisher'],
  authors: ['Author/s', 'Authors'],
  abstract: ['Abstract'],
  volume: ['Volume'],
  issue: ['Issue Number', 'Issue'],
  startPage: ['Start Page'],
  endPage: ['End Page'],
  fields: ['Fields of Study'],
  keywords: ['Keywords'],
  mesh: ['MeSH Terms'],
  funding: ['Funding'],
  pmid: ['PMID'],
  doi: ['DOI'],
  pmcid: ['PMCID'],
  references: ['References'],
  citedBy: ['Citing Works Count', 'Scholarly Citation Count', 'Citation Count'],
  openAccess: ['Is Open Access'],
} as const;

type Column = keyof typeof COLUMNS;

/** Parses a Lens.org scholarly CSV export. Never throws on bad data; problems become issues. */
export function parseLensScholarly(text: string, file: string, options: ParseOptions = {}): ImportResult {
  const { issues, table, index, result } = openPublicationCsv(text, file, options, { format: FORMAT, exportName: EXPORT_NAME, phase: 'Reading Lens.org records', columns: COLUMNS });
  if (index.lensId < 0 && index.title < 0) {
    issues.add('missing-columns', 'error', `"${file}" has no "Lens ID" or "Title" column, so no record could be read. Expected the header of a ${EXPORT_NAME} export, starting "Lens ID,Title,Date Published".`, { line: table.headerLine });
    return result([], table.rows.length);
  }
  if (index.authors < 0) issues.add('missing-column', 'warning', `"${file}" has no "Author/s" column: co-authorship maps will be empty. Export again with all fields.`, { field: 'Author/s' });
  if (index.references < 0) issues.add('missing-column', 'warning', `"${file}" has no "References" column: co-citation and bibliographic coupling maps will be empty. Export again with all fields.`, { field: 'References' });

  const { records, skipped } = readRecordRows(table, index, issues, (row, cell) => readRecord(row.line, cell, file, issues));
  return result(records, skipped);
}

/** One row as a publication, or undefined when it has neither a Lens ID nor a title (reported). */
function readRecord(line: number, cell: (key: Column) => string, file: string, issues: IssueCollector): Publication | undefined {
  const lensId = cell('lensId').toUpperCase();
  const title = squash(cell('title'));
  if (!lensId && !title) {
    issues.add('row-without-id', 'error', `Line ${line}: this row has neither a Lens ID nor a title, so it was skipped. Check that the file is an unedited Lens.org export.`, { line });
    return undefined;
  }
  const p = emptyPublication({ file, format: FORMAT, line });
  if (lensId) {
    p.ids.lens = lensId;
    if (!isLensId(lensId)) issues.add('odd-lens-id', 'warning', `Line ${line}: the Lens ID "${lensId}" does not have the usual form 000-000-000-000-000. The record was kept; check that the column was not reformatted by a spreadsheet.`, { line, field: 'Lens ID' });
  }
  p.title = title;
  readIdentifiers(p, cell, line, issues);

  const date = cell('date');
  if (date && isExcelDate(date)) issues.add('excel-date', 'warning', `Line ${line}: "Date Published" is "${date}" instead of an ISO date (2020-03-31): a spreadsheet rewrote it. The year was taken from "Publication Year"; export again from Lens.org to keep exact dates.`, { line, field: 'Date Published' });
  const year = parseCount(cell('year'));
  const publicationYear = year !== undefined && year >= 1500 && year <= 2100 ? year : parseYear(date);
  if (publicationYear !== undefined) p.year = publicationYear;

  const type = cell('type');
  if (type) {
    p.documentTypeRaw = type;
    p.documentType = lensDocumentType(type);
  }
  setText(p, 'sourceTitle', cell('source'));
  const { issns, invalid } = lensIssns(cell('issns'));
  p.issn = issns;
  if (invalid.length) issues.add('odd-issn', 'warning', `Line ${line}: "${invalid.join('; ')}" is not an ISSN (eight digits, the last possibly X), so it was ignored.`, { line, field: 'ISSNs' });
  setText(p, 'publisher', cell('publisher'));
  p.authors = readAuthors(cell('authors'), line, issues);
  setText(p, 'abstract', stripJats(cell('abstract')));
  setText(p, 'volume', cell('volume'));
  setText(p, 'issue', cell('issue'));
  setText(p, 'pageStart', cell('startPage'));
  setText(p, 'pageEnd', cell('endPage'));
  p.subjectCategories = unique(splitList(cell('fields'), ';'));
  p.authorKeywords = unique(splitList(cell('keywords'), ';'));
  p.indexKeywords = unique(splitList(cell('mesh'), ';').map(meshHeading).filter(Boolean));
  p.funding = unique(splitList(cell('funding'), ';'));
  const citedBy = parseCount(cell('citedBy'));
  if (citedBy !== undefined) {
    p.timesCited = citedBy;
    p.citationsBySource[FORMAT] = citedBy;
  }
  const openAccess = cell('openAccess').toLowerCase();
  if (openAccess === 'true' || openAccess === 'false') p.openAccess = openAccess === 'true';
  p.references = readReferences(cell('references'));
  return p;
}

function readIdentifiers(p: Publication, cell: (key: Column) => string, line: number, issues: IssueCollector): void {
  const doiCell = cell('doi');
  if (doiCell) {
    const doi = normalizeDoi(doiCell);
    if (doi) p.ids.doi = doi;
    else issues.add('invalid-doi', 'warning', `Line ${line}: "${doiCell.slice(0, 60)}" in the DOI column is not a DOI (a DOI starts with "10."), so it was ignored.`, { line, field: 'DOI' });
  }
  const pmid = cell('pmid');
  if (isExcelNumber(pmid)) {
    issues.add('excel-number', 'warning', `Line ${line}: the PMID "${pmid}" was turned into scientific notation by a spreadsheet and its digits are lost, so it was ignored. Use the original Lens.org download.`, { line, field: 'PMID' });
  } else if (/^\d+$/.test(pmid)) {
    p.ids.pmid = pmid;
  }
  const pmcid = cell('pmcid').toUpperCase();
  if (/^PMC\d+$/.test(pmcid)) p.ids.pmcid = pmcid;
}

function readAuthors(value: string, line: number, issues: IssueCollector): Publication['authors'] {
  const authors: Publication['authors'] = [];
  const repairs: string[] = [];
  for (const entry of splitList(value, ';')) {
    if (isPlaceholderName(entry)) {
      issues.add('placeholder-author', 'info', `Line ${line}: the author list contains "${entry}", a placeholder Lens writes for a group or unknown author. It was left out of the author list.`, { line, field: 'Author/s' });
      continue;
    }
    const { name, repaired } = repairGluedName(entry);
    if (repaired) repairs.push(`"${entry}" as "${name}"`);
    const author = authorFromDisplayName(name);
    if (author.given === undefined) delete author.given;
    authors.push(author);
  }
  if (repairs.length) {
    issues.add('author-name-repaired', 'info', `Line ${line}: Lens glued the initials to the end of ${repairs.length === 1 ? 'one author name' : `${repairs.length} author names`}; read ${repairs.join(', ')}.`, { line, field: 'Author/s' });
  }
  return authors;
}

function readReferences(value: string): CitedReference[] {
  const references: CitedReference[] = [];
  if (!value) return references;
  // Hot path (tens of references per row). Lens lists them sorted, so a repeat is the previous
  // id; a Set is only built if the list turns out not to be sorted.
  let previous = '';
  let seen: Set<string> | undefined;
  for (const part of value.split(';')) {
    let id = part.charCodeAt(0) === 32 || part.charCodeAt(part.length - 1) === 32 ? part.trim() : part;
    if (!id) continue;
    if (id.includes('x')) id = id.toUpperCase();
    if (!seen && id <= previous) seen = new Set(references.map((r) => r.raw));
    if (seen) {
      if (seen.has(id)) continue;
      seen.add(id);
    }
    previous = id;
    references.push({ raw: id, sourceId: id, dois: [] });
  }
  return references;
}

/** Lens.org scholarly CSV importer: detected by a header starting "Lens ID,Title". */
export const lensScholarlyImporter: Importer = {
  format: FORMAT,
  priority: 60,
  detect: (head) => /^"?Lens ID"?\s*,\s*"?Title"?\s*,/.test(head),
  parse: parseLensScholarly,
};
