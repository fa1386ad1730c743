/**
 * Reads a Google Patents "Download (CSV)" export (FORMATS.md section 12) into patents. The file
 * starts with a `search URL:` line (absent when a user removed it), then the header
 * `id,title,assignee,inventor/author,priority date,filing/creation date,publication date,grant date,result link,representative figure link`.
 */
import { emptyPatent, type Patent } from '../../model';
import { parseYear, squash } from '../../util/text';
import { columnIndex } from '../csv';
import { IssueCollector } from '../issues';
import { PatentDateReader, delimiterAfter, observeDates, parsePublicationNumber, patentImportResult, readPatentRows, readPatentTable, reportMissingNumberColumn, splitParties } from '../patent-common';
import type { ImportResult, ParseOptions } from '../types';

const FORMAT = 'google-patents-csv' as const;
/** "Inventor not disclosed" (CNIPA): not a person. */
const NOT_DISCLOSED = '不公告发明人';
const SEARCH_LINE = /^"?search URL:/i;
const DATE_COLUMNS = ['priority date', 'filing/creation date', 'publication date', 'grant date'] as const;
type DateColumn = (typeof DATE_COLUMNS)[number];
const COLUMN_NAMES = ['id', 'title', 'assignee', 'inventor/author', ...DATE_COLUMNS, 'result link'] as const;
type ColumnName = (typeof COLUMN_NAMES)[number];

/**
 * Parses the decoded text of a Google Patents CSV export. Never throws on bad data: rows that
 * cannot be read are skipped, counted in `stats.skipped` and explained in `issues`.
 */
export function parseGooglePatentsCsv(text: string, file: string, options: ParseOptions = {}): ImportResult {
  const issues = new IssueCollector(file);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const blank = /^(?:[ \t]*(?:\r\n|\n|\r))*/.exec(body)?.[0] ?? '';
  const blankLines = blank.split(/\r\n|\n|\r/).length - 1;
  const rest = body.slice(blank.length);
  const hasSearchLine = SEARCH_LINE.test(rest);
  const headerText = hasSearchLine ? rest.slice(rest.search(/\r\n|\n|\r|$/)).replace(/^(?:\r\n|\n|\r)+/, '') : rest;
  const delimiter = delimiterAfter(headerText, /^"?id"?/i);
  const table = readPatentTable(body, issues, { ...options, delimiter, skipLines: blankLines + (hasSearchLine ? 1 : 0), sourceName: 'Google Patents' });
  const columns = columnIndex(table.header);
  const at = Object.fromEntries(COLUMN_NAMES.map((name) => [name, columns.index(name)])) as Record<ColumnName, number>;
  if (at.id < 0) {
    reportMissingNumberColumn(table, issues, '"id"', 'Make sure this is a Google Patents "Download (CSV)" file and that its first two lines were not edited.');
    return patentImportResult(FORMAT, table, [], issues);
  }
  issues.add(
    'no-classification',
    'info',
    'Google Patents CSV exports contain no CPC or IPC classes, no patent families and no citations, so those stay empty for these patents. For technology maps, family counts or citation analyses, run the same search on lens.org and add its patent CSV export.',
  );

  const dates = new PatentDateReader(issues, { defaultOrder: 'mdy', checkSite: 'patents.google.com', sourceName: 'Google Patents' });
  observeDates(table, DATE_COLUMNS.map((name) => at[name]), dates);
  const patents = readPatentRows(
    table,
    issues,
    {
      index: at,
      numberColumn: 'id',
      numberLabel: 'id (publication number such as US-2017123456-A1)',
      fetchAgain: 'download the CSV again from patents.google.com',
    },
    (get, id, line) => readPatent(get, id, line, file, dates, issues),
  );
  dates.report();
  return patentImportResult(FORMAT, table, patents, issues);
}

/** The patent of one row kept by `readPatentRows`; odd ids and undisclosed inventors are reported. */
function readPatent(get: (name: ColumnName) => string, id: string, line: number, file: string, dates: PatentDateReader, issues: IssueCollector): Patent {
  const patent = emptyPatent({ file, format: FORMAT, line }, id);
  const parts = parsePublicationNumber(id);
  if (parts) {
    patent.jurisdiction = parts.jurisdiction;
    if (parts.kind) patent.kindCode = parts.kind;
  } else {
    issues.add(
      'odd-publication-number',
      'warning',
      `Line ${line}: the id "${id.slice(0, 40)}" does not look like a publication number such as US-2017123456-A1, so its office and kind code are unknown. The record was kept.`,
      { line, field: 'id' },
    );
  }
  patent.title = squash(get('title'));
  patent.applicants = splitParties(get('assignee'));
  const inventors = splitParties(get('inventor/author'));
  patent.inventors = inventors.filter((name) => name !== NOT_DISCLOSED);
  if (patent.inventors.length < inventors.length) {
    issues.add(
      'inventor-not-disclosed',
      'info',
      `Line ${line}: the inventor is given as "${NOT_DISCLOSED}" ("inventor not disclosed", used by the Chinese patent office). It is not a person and was left out of the inventors.`,
      { line, field: 'inventor/author' },
    );
  }
  const date = (name: DateColumn): string | undefined => {
    const value = get(name);
    return value ? dates.read(name, value, line) : undefined;
  };
  const priorityDate = date('priority date');
  if (priorityDate) patent.priorityDate = priorityDate;
  const applicationDate = date('filing/creation date');
  if (applicationDate) patent.applicationDate = applicationDate;
  const publicationDate = date('publication date');
  if (publicationDate) {
    patent.publicationDate = publicationDate;
    patent.publicationYear = parseYear(publicationDate);
  }
  const grantDate = date('grant date');
  if (grantDate) patent.grantDate = grantDate;
  const url = get('result link');
  if (url) patent.url = url;
  return patent;
}
