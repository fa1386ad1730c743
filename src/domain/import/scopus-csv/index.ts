import { cleanHeaderCell } from '../csv';
import type { Importer } from '../types';
import { parseScopusCsv } from './parse';

/**
 * True when the first line of `head` is a Scopus CSV header: it names `Authors` (or `Author full
 * names`), `Title` and `Source title`, and either an `EID` column or a `scopus.com` link follows.
 * Column order and quoting do not matter.
 */
export function isScopusCsvHead(head: string): boolean {
  const end = head.search(/\r|\n/);
  const firstLine = end === -1 ? head : head.slice(0, end);
  const names = new Set(firstLine.split(',').map((cell) => cleanHeaderCell(cell).toLowerCase()));
  const hasAuthors = names.has('authors') || names.has('author full names');
  return hasAuthors && names.has('title') && names.has('source title') && (names.has('eid') || (names.has('link') && /scopus\.com/i.test(head)));
}

/** Scopus CSV export, every layout 2018-2025 (FORMATS.md section 5). */
export const scopusCsvImporter: Importer = {
  format: 'scopus-csv',
  priority: 10,
  detect: isScopusCsvHead,
  parse: (text, file, options) => parseScopusCsv(text, file, options),
};

export { parseScopusCsv } from './parse';
