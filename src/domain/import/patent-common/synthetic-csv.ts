/**
 * Test support for the patent importers. Builds small synthetic CSV texts: rows are given by column name, so a test
 * reads like the record it describes and stays right whatever the column order.
 */
import type { ImportResult } from '../types';

const quote = (cell: string, delimiter: string): string =>
  cell.includes('"') || cell.includes(delimiter) || cell.includes('\n') || cell.includes('\r') ? `"${cell.replace(/"/g, '""')}"` : cell;

export interface SyntheticCsvOptions {
  newline?: string;
  delimiter?: string;
  /** Lines written before the header (e.g. Google Patents' `search URL:` line), as they are. */
  preamble?: string[];
  /** Empty cells appended to every line, as Excel does after a wide row. */
  trailingEmptyCells?: number;
}

/** Writes `rows` (cells by header name; missing names are empty) under `header` as CSV text. */
export function syntheticCsv(header: readonly string[], rows: readonly Record<string, string>[], options: SyntheticCsvOptions = {}): string {
  const { newline = '\r\n', delimiter = ',', preamble = [], trailingEmptyCells = 0 } = options;
  const pad = delimiter.repeat(trailingEmptyCells);
  const lines = [...preamble, header.map((name) => quote(name, delimiter)).join(delimiter) + pad];
  for (const row of rows) lines.push(header.map((name) => quote(row[name] ?? '', delimiter)).join(delimiter) + pad);
  return lines.join(newline) + newline;
}

/**
 * What is wrong with an import result as a whole (empty when nothing): counts that do not add up,
 * records without a line, skipped rows that no error issue explains. Used by the property tests.
 */
export function resultProblems(result: ImportResult): string[] {
  const problems: string[] = [];
  const { rows, records, skipped } = result.stats;
  if (rows !== records + skipped) problems.push(`rows ${rows} != records ${records} + skipped ${skipped}`);
  if (records !== result.patents.length + result.publications.length) problems.push('records does not match the records returned');
  for (const patent of result.patents) {
    if (!patent.publicationNumber) problems.push(`${patent.id} has no publication number`);
    if (!(patent.origins[0]?.line >= 1)) problems.push(`${patent.id} has no line`);
  }
  const rejectsAll = result.issues.some((issue) => issue.code === 'missing-column');
  const explained = result.issues.filter((issue) => issue.severity === 'error' && issue.line !== undefined).reduce((sum, issue) => sum + (issue.count ?? 1), 0);
  if (!rejectsAll && explained < skipped) problems.push(`${skipped} skipped rows but only ${explained} explained`);
  for (const issue of result.issues) if (!issue.message || !issue.file) problems.push(`issue ${issue.code} lacks a message or file`);
  return problems;
}
