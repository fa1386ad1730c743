import type { Importer } from '../types';
import { parseGooglePatentsCsv } from './parse';

/**
 * Google Patents "Download (CSV)" (FORMATS.md section 12): line 1 `search URL:,https://patents.google.com/…`,
 * or, when that line was removed, the header `id,title,assignee,inventor/author,…` first.
 */
export const googlePatentsImporter: Importer = {
  format: 'google-patents-csv',
  priority: 0,
  detect: (head) =>
    /^"?search URL:"?[,;\t]"?https?:\/\/patents\.google\.com/i.test(head) ||
    /^"?id"?[,;\t]"?title"?[,;\t]"?assignee"?[,;\t]"?inventor\/author"?/i.test(head),
  parse: parseGooglePatentsCsv,
};

export { parseGooglePatentsCsv } from './parse';
