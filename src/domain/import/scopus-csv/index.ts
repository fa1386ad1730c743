import type { Importer } from '../types';

/** PLACEHOLDER until the real importer lands: detects the format, reads nothing. */
export const scopusCsvImporter: Importer = {
  format: 'scopus-csv',
  priority: 0,
  detect: (head) => head.includes('EID') && head.includes('Source title'),
  parse: (_text, file) => ({
    format: 'scopus-csv',
    publications: [],
    patents: [],
    issues: [{ code: 'not-implemented', severity: 'error', file, message: 'This format is recognised but its importer is not finished yet.' }],
    stats: { rows: 0, records: 0, skipped: 0 },
  }),
};
