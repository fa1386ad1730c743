import type { Importer } from '../types';
import { dimensionsPreambleLines, parseDimensionsCsv } from './parse';

/**
 * True when `head` starts with a Dimensions CSV header (naming `Publication ID` and `PubYear`),
 * optionally after the one-line "About the data: Exported on …" preamble.
 */
export function isDimensionsCsvHead(head: string): boolean {
  const skip = dimensionsPreambleLines(head);
  if (skip > 1) return false;
  if (skip === 1 && !/^"?about the data/i.test(head)) return false;
  const lines = head.split(/\r?\n|\r/, skip + 1);
  const header = (lines[skip] ?? '').toLowerCase();
  return header.includes('publication id') && header.includes('pubyear');
}

/** Dimensions publications CSV: the standard export and the "bibliometric mapping" export (FORMATS.md section 7). */
export const dimensionsImporter: Importer = {
  format: 'dimensions-csv',
  priority: 10,
  detect: isDimensionsCsvHead,
  parse: (text, file, options) => parseDimensionsCsv(text, file, options),
};

export { parseDimensionsCsv } from './parse';
