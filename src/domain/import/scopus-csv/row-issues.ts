/** Librarian-readable issues for CSV rows whose cell count differs from the header's. */
import type { CsvRow } from '../csv';
import type { IssueCollector } from '../issues';
import { realignCells, type Anchor, type Realigned } from './realign';

export interface RowReport {
  file: string;
  line: number;
  /** Columns in the header. */
  header: number;
  /** Cells found on the row. */
  cells: number;
}

const list = (names: string[]): string => (names.length === 1 ? `"${names[0]}"` : `${names.slice(0, -1).map((n) => `"${n}"`).join(', ')} and "${names[names.length - 1]}"`);

/**
 * Reports a repaired row: trailing empty cells once as info (Excel damage, nothing lost), any other
 * count mismatch as a warning on its line that names the fields left empty. Shared by the CSV
 * importers that use `realignCells`.
 */
export function reportShapeIssues(issues: IssueCollector, row: RowReport, fixed: Realigned): void {
  const { file, line } = row;
  if (fixed.trailingEmptyOnly) {
    issues.add('excel-trailing-columns', 'info', `Line ${line} of "${file}" ends with empty extra cells, which a spreadsheet adds when it re-saves a CSV. They were ignored; nothing was lost.`, { line });
    return;
  }
  const diff = row.cells - row.header;
  const what = diff > 0
    ? `${diff === 1 ? 'one cell more' : `${diff} cells more`} than the header has columns (${row.cells} instead of ${row.header}), usually because a value containing a comma lost its quotes`
    : `${-diff === 1 ? 'one cell fewer' : `${-diff} cells fewer`} than the header has columns (${row.cells} instead of ${row.header}), usually because a cell was deleted or two cells were merged in a spreadsheet`;
  const fields = fixed.unplaced.length === 0
    ? 'Meridian matched the columns on both sides of the break by their content, and every field could be placed.'
    : `Meridian matched the columns on both sides of the break by their content; ${list(fixed.unplaced)} could not be placed and ${fixed.unplaced.length === 1 ? 'was' : 'were'} left empty for this record.`;
  issues.add('row-field-count', 'warning', `Line ${line} of "${file}" has ${what}. ${fields} Check this row in the original export, or export the records again.`, { line, field: fixed.unplaced.length > 0 ? fixed.unplaced.join(', ') : undefined });
}

/**
 * The cells of one row, lined up with the header: a row with another number of cells is repaired
 * with `realignCells` and reported (`reportShapeIssues`). Returns undefined for a row of separators
 * only, reported as `empty-row`: the caller skips it. Shared by the CSV importers that realign rows.
 */
export function alignedRowCells(row: CsvRow, header: string[], anchors: Anchor[], file: string, issues: IssueCollector): string[] | undefined {
  let cells = row.cells;
  if (cells.length !== header.length) {
    const fixed = realignCells(header, cells, anchors);
    cells = fixed.cells;
    reportShapeIssues(issues, { file, line: row.line, header: header.length, cells: row.cells.length }, fixed);
  }
  if (cells.every((c) => c.trim() === '')) {
    issues.add('empty-row', 'info', `Line ${row.line} of "${file}" is an empty row (only separators), often left by a spreadsheet. It was skipped.`, { line: row.line });
    return undefined;
  }
  return cells;
}
