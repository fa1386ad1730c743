/** Reads a whole Scopus CSV export into publications (FORMATS.md sections 1, 2 and 5). */
import { emptyPublication, type Publication } from '../../model';
import { referenceCount as countReferences } from '../../references/list';
import { parseScopusReferences } from '../../references/parse-scopus';
import { normalizeDoi, parseCount, parseYear, splitList, unique } from '../../util/text';
import { setDefined, tidy } from './tidy';
import { columnIndex, readCsv } from '../csv';
import { IssueCollector } from '../issues';
import type { ImportResult, ParseOptions } from '../types';
import { buildScopusAuthors } from './authors';
import { COL, SCOPUS_ANCHORS, formatIssn, scopusDocumentType } from './columns';
import { alignedRowCells } from './row-issues';

const SCIENTIFIC = /\d(?:\.\d+)?E\+?\d+/i;
const NO_ABSTRACT = /^\[no abstract available\]$/i;
const EID_IN_LINK = /eid=(2-s2\.0-\d+)/;

/**
 * Parses the decoded text of a Scopus CSV export (any 2018-2025 column layout, matched by
 * header name). Rows with the wrong number of cells are repaired around anchor columns;
 * Excel damage is reported. Never throws on bad data.
 */
export function parseScopusCsv(text: string, file: string, options: ParseOptions = {}): ImportResult {
  const issues = new IssueCollector(file);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const total = body.length;
  const table = readCsv(body, { onRow: (done) => options.onProgress?.({ phase: 'reading', done, total }) });
  const result: ImportResult = { format: 'scopus-csv', publications: [], patents: [], issues: [], stats: { rows: table.rows.length, records: 0, skipped: 0 } };

  // Excel may append hundreds of empty header cells; they name nothing.
  const header = [...table.header];
  while (header.length > 0 && header[header.length - 1] === '') header.pop();
  const col = columnIndex(header);
  if (!col.has(COL.title) && !col.has(COL.eid)) {
    issues.add('missing-columns', 'error', `"${file}" has no "Title" or "EID" column, so it cannot be read as a Scopus export. Export the records from Scopus again as CSV with at least the citation information.`, { line: table.headerLine });
    result.issues = issues.list();
    result.stats.skipped = table.rows.length;
    return result;
  }
  if (table.newline === '\r') {
    issues.add('cr-line-endings', 'warning', `"${file}" uses old Mac line endings (CR only), which Excel for Mac writes when it re-saves a CSV. The file was read, but it has been edited in a spreadsheet: check that IDs and long cells are intact, or export it again from Scopus.`, { line: 1 });
  }
  for (const error of table.quoteErrors) {
    issues.add('csv-quotes', 'warning', `Line ${error.line} of "${file}" has a quoted value that is not closed properly, usually because the file was cut off or edited by hand. The record on that line may be incomplete; export the file again if it matters.`, { line: error.line });
  }
  if (!col.has(COL.references)) {
    issues.add('no-cited-references', 'warning', `"${file}" has no "References" column, so citation and co-citation analyses will have no data from it. In Scopus, tick "Include references" (under "Bibliographical information") when exporting.`, { field: COL.references });
  }

  const get = (cells: string[], name: string | readonly string[]): string => {
    if (typeof name === 'string') return col.get(cells, name);
    for (const alias of name) if (col.has(alias)) return col.get(cells, alias);
    return '';
  };
  const hasCitedBy = col.has(COL.citedBy);
  const hasOpenAccess = col.has(COL.openAccess);
  let referenceCount = 0;

  table.rows.forEach((row, r) => {
    if (options.onProgress && r % 2000 === 1999) options.onProgress({ phase: 'records', done: r + 1, total: table.rows.length });
    const cells = alignedRowCells(row, header, SCOPUS_ANCHORS, file, issues);
    if (!cells) {
      result.stats.skipped++;
      return;
    }
    const title = tidy(get(cells, COL.title));
    const link = get(cells, COL.link);
    const eid = get(cells, COL.eid) || EID_IN_LINK.exec(link)?.[1] || '';
    const doi = normalizeDoi(get(cells, COL.doi));
    if (!title && !eid && !doi) {
      issues.add('row-unreadable', 'error', `Line ${row.line} of "${file}" has no title, EID or DOI, so it cannot be read as a Scopus record. It was skipped; check that line in the file, or export the records again.`, { line: row.line });
      result.stats.skipped++;
      return;
    }
    const pub = emptyPublication({ file, format: 'scopus-csv', line: row.line });
    fillPublication(pub, cells, get, { title, eid, doi, hasCitedBy, hasOpenAccess });
    checkExcelIds(issues, file, row.line, cells, get, pub);
    referenceCount += countReferences(pub.references);
    result.publications.push(pub);
  });

  if (col.has(COL.references) && result.publications.length > 0 && referenceCount === 0) {
    issues.add('no-cited-references', 'warning', `The "References" column of "${file}" is empty in every row, so citation analyses will have no data from it. In Scopus, tick "Include references" when exporting.`, { field: COL.references });
  }
  result.stats.records = result.publications.length;
  result.issues = issues.list();
  return result;
}

type Getter = (cells: string[], name: string | readonly string[]) => string;

function fillPublication(pub: Publication, cells: string[], get: Getter, known: { title: string; eid: string; doi?: string; hasCitedBy: boolean; hasOpenAccess: boolean }): void {
  pub.title = known.title;
  if (known.eid) pub.ids.eid = known.eid;
  if (known.doi) pub.ids.doi = known.doi;
  const pmid = get(cells, COL.pubmed);
  if (/^\d+$/.test(pmid)) pub.ids.pmid = pmid;

  const idsCell = get(cells, COL.authorIds);
  const { authors, affiliations } = buildScopusAuthors({
    authors: get(cells, COL.authors),
    fullNames: get(cells, COL.fullNames),
    ids: SCIENTIFIC.test(idsCell) ? '' : idsCell,
    withAffiliations: get(cells, COL.authorsWithAffiliations),
    affiliations: get(cells, COL.affiliations),
  });
  pub.authors = authors;
  pub.affiliations = affiliations;
  pub.institutions = unique(affiliations.map((a) => a.institution).filter((v): v is string => !!v));
  pub.countries = unique(affiliations.map((a) => a.country).filter((v): v is string => !!v));

  const optional = (name: string): string | undefined => tidy(get(cells, name)) || undefined;
  setDefined(pub, 'sourceTitle', optional(COL.source));
  setDefined(pub, 'sourceAbbrev', optional(COL.abbrevSource));
  setDefined(pub, 'year', parseYear(get(cells, COL.year)));
  setDefined(pub, 'volume', optional(COL.volume));
  setDefined(pub, 'issue', optional(COL.issue));
  setDefined(pub, 'articleNumber', optional(COL.articleNumber));
  setDefined(pub, 'pageStart', optional(COL.pageStart));
  setDefined(pub, 'pageEnd', optional(COL.pageEnd));
  setDefined(pub, 'publisher', optional(COL.publisher));
  setDefined(pub, 'language', optional(COL.language));
  pub.issn = splitList(get(cells, COL.issn), ';').map(formatIssn);

  const typeRaw = optional(COL.documentType);
  if (typeRaw) {
    pub.documentTypeRaw = typeRaw;
    pub.documentType = scopusDocumentType(typeRaw);
  }
  const citedBy = get(cells, COL.citedBy);
  // Older Scopus exports leave "Cited by" empty for uncited documents; newer ones write 0.
  const timesCited = citedBy ? parseCount(citedBy) : known.hasCitedBy ? 0 : undefined;
  if (timesCited !== undefined) {
    pub.timesCited = timesCited;
    pub.citationsBySource['scopus-csv'] = timesCited;
  }
  // Scopus writes the open-access routes ("All Open Access; Gold Open Access") and nothing for closed access.
  if (known.hasOpenAccess) pub.openAccess = get(cells, COL.openAccess) !== '';

  pub.authorKeywords = splitList(get(cells, COL.authorKeywords), ';');
  pub.indexKeywords = splitList(get(cells, COL.indexKeywords), ';');
  const abstract = tidy(get(cells, COL.abstract));
  if (abstract && !NO_ABSTRACT.test(abstract)) pub.abstract = abstract;

  const details = splitList(get(cells, COL.fundingDetails), ';');
  const texts = get(cells, COL.fundingTexts);
  pub.funding = details.length > 0 ? details : texts ? [tidy(texts)] : [];
  pub.references = parseScopusReferences(get(cells, COL.references));
}

/** Excel turns long numeric ids into "5.7E+10" and drops leading zeros: say so, per line. */
function checkExcelIds(issues: IssueCollector, file: string, line: number, cells: string[], get: Getter, pub: Publication): void {
  for (const name of [COL.authorIds, COL.pubmed, COL.eid] as const) {
    const value = get(cells, name);
    if (value && SCIENTIFIC.test(value) && !/^2-s2\.0-\d+$/.test(value)) {
      const field = typeof name === 'string' ? name : name[0];
      issues.add('excel-scientific-notation', 'warning', `Line ${line} of "${file}": the "${field}" value "${value}" is in scientific notation, which happens when the CSV is opened and saved in Excel. The original number is lost, so it was ignored. Export the records from Scopus again and import the file without opening it in Excel.`, { line, field });
    }
  }
  const issnCell = get(cells, COL.issn);
  if (/^\d{7}$/.test(issnCell.trim())) {
    pub.issn = [formatIssn(`0${issnCell.trim()}`)];
    issues.add('excel-leading-zeros', 'info', `Line ${line} of "${file}": the ISSN "${issnCell.trim()}" has 7 digits; a spreadsheet probably removed a leading zero. It was read as ${pub.issn[0]}.`, { line, field: COL.issn });
  }
}
