/**
 * Reading the CSV table of a patent export with the checks both patent importers share: the
 * delimiter (Excel in a European locale saves with `;`), CR-only line endings and quoting errors
 * (reported), the empty trailing columns Excel appends (ignored), and the shape of each row
 * (misaligned, without publication number, short).
 */
import type { FormatId, Patent } from '../../model';
import { squash } from '../../util/text';
import { readCsv, type CsvRow } from '../csv';
import type { IssueCollector } from '../issues';
import type { ImportResult, ParseOptions } from '../types';
import type { PatentDateReader } from './dates';

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

/**
 * The first pass of a `PatentDateReader`: shows it every cell of the date columns (`-1` for an
 * absent column), so the day/month order is decided from the whole file. Misaligned rows, which
 * `readPatentRows` skips, must not decide it and are left out.
 */
export function observeDates(table: PatentTable, dateColumns: readonly number[], dates: PatentDateReader): void {
  for (const row of table.rows) {
    if (trailingExtraCells(row.cells, table.width) > 0) continue;
    for (const i of dateColumns) if (i >= 0 && i < row.cells.length) dates.observe(row.cells[i], row.line);
  }
}

/** How `readPatentRows` finds a row's publication number and words its messages. */
export interface PatentRowsSpec<K extends string> {
  /** Cell index of every column, -1 when the file has no such column. */
  index: Record<K, number>;
  /** The column holding the publication number. */
  numberColumn: NoInfer<K>;
  /** What the publication-number column is called in messages, e.g. `id (publication number such as US-2017123456-A1)`. */
  numberLabel: string;
  /** Advice closing the message of a skipped misaligned row, e.g. "export the file again from lens.org". */
  fetchAgain: string;
  /** Advice closing the message of a row without a publication number, e.g. "export it again from lens.org"; `fetchAgain` when not given. */
  fetchAgainIfCut?: string;
}

/**
 * Reads the rows of a patent table with the row-shape checks both patent importers share, in this
 * order: a row with more filled cells than the header has columns cannot be matched to its columns
 * and is skipped (`row-field-count`, error); a row without a publication number is skipped
 * (`missing-publication-number`, error); a row with fewer cells than the header is read with the
 * missing values empty (`short-row`, warning). `read` gets every row kept, with a getter of its
 * trimmed cells by column ('' when absent) and its squashed publication number, and returns its patent.
 */
export function readPatentRows<K extends string>(
  table: PatentTable,
  issues: IssueCollector,
  spec: PatentRowsSpec<K>,
  read: (get: (column: K) => string, publicationNumber: string, line: number) => Patent,
): Patent[] {
  const { index } = spec;
  const { width } = table;
  const patents: Patent[] = [];
  for (const { cells, line } of table.rows) {
    const extra = trailingExtraCells(cells, width);
    if (extra > 0) {
      issues.add(
        'row-field-count',
        'error',
        `Line ${line}: this row has ${extra} more filled cells than the header has columns, so its values cannot be matched to their columns (a quote or comma was probably damaged when the file was edited). The row was skipped; ${spec.fetchAgain}.`,
        { line },
      );
      continue;
    }
    const get = (column: K): string => {
      const i = index[column];
      return i >= 0 && i < cells.length ? cells[i].trim() : '';
    };
    const publicationNumber = squash(get(spec.numberColumn));
    if (!publicationNumber) {
      issues.add(
        'missing-publication-number',
        'error',
        `Line ${line}: the row has no ${spec.numberLabel}, so the patent cannot be identified. The row was skipped; if the file was cut short, ${spec.fetchAgainIfCut ?? spec.fetchAgain}.`,
        { line },
      );
      continue;
    }
    if (cells.length < width) {
      issues.add('short-row', 'warning', `Line ${line}: this row has only ${cells.length} of the ${width} columns (the file may be truncated or edited); the missing values were left empty.`, { line });
    }
    patents.push(read(get, publicationNumber, line));
  }
  return patents;
}

/**
 * Reports a header without the publication-number column (`missing-column`, error): no row can be
 * read. An empty text has no header to complain about; importFile reports it as an empty file.
 */
export function reportMissingNumberColumn(table: PatentTable, issues: IssueCollector, columnNames: string, advice: string): void {
  if (table.header.length === 0) return;
  issues.add(
    'missing-column',
    'error',
    `The header on line ${table.headerLine} has no ${columnNames} column, so no patent can be identified and none of the ${table.rows.length} rows was read. ${advice}`,
    { line: table.headerLine },
  );
}

/** A patent importer's answer: every row not read into a patent counts as skipped (each is explained in `issues`). */
export function patentImportResult(format: FormatId, table: PatentTable, patents: Patent[], issues: IssueCollector): ImportResult {
  return {
    format,
    publications: [],
    patents,
    issues: issues.list(),
    stats: { rows: table.rows.length, records: patents.length, skipped: table.rows.length - patents.length },
  };
}
