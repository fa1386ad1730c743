/**
 * Reading the rows of a publication CSV export (Lens.org scholarly works, OpenAlex): checks for
 * damage from spreadsheets and truncated downloads (FORMATS.md section 1), reported once per kind
 * with the first line, the row loop both importers share, and a setter that leaves absent fields
 * absent.
 */
import type { FormatId, Publication } from '../model';
import { readCsv, resolveColumns, type CsvRow, type CsvTable } from './csv';
import { IssueCollector } from './issues';
import type { ImportResult, ParseOptions } from './types';

/** What `openPublicationCsv` needs to know about one export format. */
export interface PublicationCsvFormat<K extends string> {
  format: FormatId;
  /** The export's name in messages, e.g. `Lens.org (Scholarly Works, "Export > CSV")`. */
  exportName: string;
  /** The progress phase shown while rows are read, e.g. "Reading Lens.org records". */
  phase: string;
  /** Every column read, with the header names it has been seen under (see `resolveColumns`). */
  columns: Record<K, readonly string[]>;
}

/** A publication CSV export read into a table, with its columns resolved. */
export interface PublicationCsv<K extends string> {
  issues: IssueCollector;
  table: CsvTable;
  /** Cell index of every column, -1 when the file has no such column. */
  index: Record<K, number>;
  /** The importer's answer; call it last, once every issue has been added. */
  result(publications: Publication[], skipped: number): ImportResult;
}

/**
 * Reads the decoded text of a publication CSV export (a BOM is removed), reports its file-level
 * problems (`reportTableShape`) and resolves its columns by header name. Never throws.
 */
export function openPublicationCsv<K extends string>(text: string, file: string, options: ParseOptions, spec: PublicationCsvFormat<K>): PublicationCsv<K> {
  const issues = new IssueCollector(file);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { onProgress } = options;
  const table = readCsv(body, {
    onRow: onProgress ? (done) => onProgress({ phase: spec.phase, done, total: body.length }) : undefined,
  });
  reportTableShape(table, issues, spec.exportName);
  return {
    issues,
    table,
    index: resolveColumns(table.header, spec.columns),
    result: (publications, skipped) => ({
      format: spec.format, publications, patents: [], issues: issues.list(), stats: { rows: table.rows.length, records: publications.length, skipped },
    }),
  };
}

/**
 * Reads the data rows of a table into records. A row whose cells are all blank is skipped and
 * counted (`empty-row`); a row with fewer or more cells than the header is reported
 * (`checkRowWidth`) and still read. `read` gets every other row with a getter of its trimmed cells
 * by column key ('' when the file has no such column) and returns the record, or undefined when
 * it skipped the row, having explained why in `issues`. `skipped` counts the rows of both kinds.
 */
export function readRecordRows<K extends string, R>(
  table: CsvTable,
  index: Record<K, number>,
  issues: IssueCollector,
  read: (row: CsvRow, cell: (key: K) => string) => R | undefined,
): { records: R[]; skipped: number } {
  const records: R[] = [];
  let skipped = 0;
  for (const row of table.rows) {
    const cells = row.cells;
    if (isBlankRow(cells)) {
      skipped++;
      issues.add('empty-row', 'info', `Line ${row.line}: an empty row was skipped.`, { line: row.line });
      continue;
    }
    checkRowWidth(row, table.header.length, issues);
    const record = read(row, (key) => {
      const i = index[key];
      return i < 0 ? '' : (cells[i] ?? '').trim();
    });
    if (record === undefined) skipped++;
    else records.push(record);
  }
  return { records, skipped };
}

/** Reports file-level problems of a CSV table: broken quoting, CR-only line ends, padding columns. */
export function reportTableShape(table: CsvTable, issues: IssueCollector, exportName: string): void {
  for (const error of table.quoteErrors) {
    issues.add('csv-quotes', 'warning', `Line ${error.line}: a quoted cell is not closed, so the rest of the row may have been read into one cell. The file was probably cut off during download or edited in a spreadsheet; export it again from ${exportName}.`, { line: error.line });
  }
  if (table.newline === '\r') {
    issues.add('cr-line-endings', 'info', `The lines of this file end with a lone carriage return, which happens when a CSV is re-saved by Excel for Mac. It was read anyway; if numbers or dates look wrong, use the original download from ${exportName}.`);
  }
  let trailing = 0;
  for (let i = table.header.length - 1; i >= 0 && table.header[i] === ''; i--) trailing++;
  if (trailing > 0) {
    issues.add('trailing-empty-columns', 'info', `The header ends with ${trailing} unnamed column(s), a sign that the file was saved again by a spreadsheet. They were ignored.`, { line: table.headerLine });
  }
}

/**
 * Warns about a row with fewer or more cells than the header (a truncated last row or an
 * unescaped delimiter). The row is still read: cells are looked up by column name.
 */
export function checkRowWidth(row: CsvRow, headerWidth: number, issues: IssueCollector): void {
  const cells = row.cells;
  if (cells.length < headerWidth) {
    issues.add('short-row', 'warning', `Line ${row.line}: this row has ${cells.length} cells but the header has ${headerWidth} columns. It was read, but the missing cells are empty; if this is the last row, the file was probably cut off during download.`, { line: row.line });
  } else if (cells.length > headerWidth) {
    let extra = false;
    for (let i = headerWidth; i < cells.length; i++) if (cells[i].trim() !== '') extra = true;
    if (extra) issues.add('long-row', 'warning', `Line ${row.line}: this row has more cells than the header has columns (${cells.length} instead of ${headerWidth}), usually because a value contains an unquoted comma. The extra cells were ignored; check this record.`, { line: row.line });
  }
}

/** True for a row whose cells are all blank (",,,," rows left by spreadsheets). */
export const isBlankRow = (cells: string[]): boolean => cells.every((cell) => cell.trim() === '');

/** A number a spreadsheet turned into scientific notation ("3.01E+09"): its digits are lost. */
export const isExcelNumber = (value: string): boolean => /^\d(?:[.,]\d+)?E\+?\d+$/i.test(value);

/** A date a spreadsheet rewrote as dd/mm/yy or mm/dd/yyyy instead of the ISO form. */
export const isExcelDate = (value: string): boolean => /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(value);

type TextField = 'sourceTitle' | 'publisher' | 'abstract' | 'volume' | 'issue' | 'pageStart' | 'pageEnd';

/**
 * Sets an optional text field only when the cell has a value, so records carry only the fields
 * their row had (no `undefined` keys in snapshots or structured clones).
 */
export function setText(p: Publication, key: TextField, value: string): void {
  if (value) p[key] = value;
}
