/** Librarian-readable issues for CSV rows whose cell count differs from the header's. */
import type { IssueCollector } from '../issues';
import type { Realigned } from './realign';

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
