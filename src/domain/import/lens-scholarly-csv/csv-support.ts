/**
 * Helpers shared by the Lens scholarly and OpenAlex CSV importers: checks for damage from
 * spreadsheets and truncated downloads (FORMATS.md section 1), reported once per kind with the
 * first line, and a setter that leaves absent fields absent.
 */
import type { Publication } from '../../model';
import type { CsvRow, CsvTable } from '../csv';
import type { IssueCollector } from '../issues';

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
