/** How bad a parse issue is: `error` = data was skipped or a file was rejected; `warning` = data was read but is doubtful or incomplete; `info` = worth knowing. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * One problem found while reading a file, written for a librarian.
 * `code` is a stable kebab-case identifier (e.g. `row-field-count`, `missing-ef`, `unknown-format`).
 * `line` is 1-based in the original file. `count` > 1 means the same problem was seen on several
 * rows and collapsed into one issue (the first line is given).
 */
export interface ParseIssue {
  code: string;
  severity: Severity;
  file: string;
  line?: number;
  field?: string;
  message: string;
  count?: number;
}
