import type { Importer } from '../types';

/** PLACEHOLDER until the real importer lands: detects the format, reads nothing. */
export const lensScholarlyImporter: Importer = {
  format: 'lens-scholarly-csv',
  priority: 0,
  detect: (head) => head.startsWith('Lens ID,'),
  parse: (_text, file) => ({
    format: 'lens-scholarly-csv',
    publications: [],
    patents: [],
    issues: [{ code: 'not-implemented', severity: 'error', file, message: 'This format is recognised but its importer is not finished yet.' }],
    stats: { rows: 0, records: 0, skipped: 0 },
  }),
};
