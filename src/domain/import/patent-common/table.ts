/**
 * Reading the CSV table of a patent export with the checks both patent importers share: the
 * delimiter (Excel in a European locale saves with `;`), CR-only line endings and quoting errors
 * (reported), and the empty trailing columns Excel appends (ignored).
 */
import { readCsv, type CsvRow } from '../csv';
import type { IssueCollector } from '../issues';
import type { ParseOptions } from '../types';

export type Delimiter = ',' | ';' | '\t';

/** The delimiter that follows the first header cell (`"#",` / `#;` / `id\t`), or `,` when unclear. */
export function delimiterAfter(line: string, firstCell: RegExp): Delimiter {
  const match = firstCell.exec(line);
  const next = match ? line[match[0].length] : undefined;
  return next === ';' || next === '\t' ? next : ',';
}

export interface PatentTable {
  /** Header cells without the empty cells Excel appends at the end. */
  header: string[];
  headerLine: number;
  rows: CsvRow[];
  /** Number of named columns (header length after trailing empty cells are dropped). */
  width: number;
}

export interface ReadPatentTableOptions extends ParseOptions {
  delimiter: Delimiter;
  skipLines?: number;
  /** The export's name in messages, e.g. "Lens". */
  sourceName: string;
}

/**
 * Reads the table and reports, through `issues`: `excel-resaved` (info) for CR-only line endings,
 * `quote-error` (warning) for cells whose quotes are not balanced. Never throws.
 */
export function readPatentTable(text: string, issues: IssueCollector, options: ReadPatentTableOptions): PatentTable {
  const total = text.length;
  const table = readCsv(text, {
    delimiter: options.delimiter,
    skipLines: options.skipLines,
    onRow: options.onProgress ? (done) => options.onProgress?.({ phase: 'reading', done, total }) : undefined,
  });
  let width = table.header.length;
  while (width > 0 && table.header[width - 1] === '') width--;
  if (table.newline === '\r') {
    issues.add(
      'excel-resaved',
      'info',
      `Lines end with a carriage return only, which happens when the file is saved again by Excel for Mac. Meridian read it normally; if values look altered (dates, long numbers), export the file again from ${options.sourceName} and add it without opening it in Excel.`,
    );
  }
  for (const error of table.quoteErrors) {
    issues.add(
      'quote-error',
      'warning',
      `Line ${error.line}: a quoted cell is not closed properly, so the rows after it may have been merged into one. The file may be truncated or was edited by hand; export it again from ${options.sourceName} if records are missing.`,
      { line: error.line },
    );
  }
  return { header: table.header.slice(0, width), headerLine: table.headerLine, rows: table.rows, width };
}

/**
 * Drops the empty cells after the last named column (Excel pads every row to the widest one).
 * Returns the number of non-empty cells beyond the named columns (0 when the row is well formed).
 */
export function trailingExtraCells(cells: string[], width: number): number {
  let extra = 0;
  for (let i = width; i < cells.length; i++) if (cells[i].trim() !== '') extra++;
  if (cells.length > width && extra === 0) cells.length = width;
  return extra;
}
