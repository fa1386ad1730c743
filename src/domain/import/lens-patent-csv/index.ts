import type { Importer } from '../types';
import { parseLensPatentCsv } from './parse';

/**
 * Lens.org patent CSV (FORMATS.md section 11): first header cell `#` (often quoted `"#"`), then
 * `Jurisdiction` and `Kind`. A `;` or tab delimiter is accepted for files re-saved by Excel.
 */
export const lensPatentImporter: Importer = {
  format: 'lens-patent-csv',
  priority: 0,
  detect: (head) => /^"?#"?[,;\t]"?Jurisdiction"?[,;\t]"?Kind"?(?:[,;\t\r\n]|$)/.test(head),
  parse: parseLensPatentCsv,
};

export { parseLensPatentCsv } from './parse';
export { resolveLensColumns, LENS_COLUMNS, type LensGeneration } from './columns';
