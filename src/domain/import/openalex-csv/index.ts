import type { Importer } from '../types';

/** PLACEHOLDER until the real importer lands: detects the format, reads nothing. */
export const openalexImporter: Importer = {
  format: 'openalex-csv',
  priority: 0,
  detect: (head) => head.includes('authorships.author.display_name'),
  parse: (_text, file) => ({
    format: 'openalex-csv',
    publications: [],
    patents: [],
    issues: [{ code: 'not-implemented', severity: 'error', file, message: 'This format is recognised but its importer is not finished yet.' }],
    stats: { rows: 0, records: 0, skipped: 0 },
  }),
};
