import type { Importer } from '../types';

/** PLACEHOLDER until the real importer lands: detects the format, reads nothing. */
export const dimensionsImporter: Importer = {
  format: 'dimensions-csv',
  priority: 0,
  detect: (head) => head.includes('Publication ID') && head.includes('PubYear'),
  parse: (_text, file) => ({
    format: 'dimensions-csv',
    publications: [],
    patents: [],
    issues: [{ code: 'not-implemented', severity: 'error', file, message: 'This format is recognised but its importer is not finished yet.' }],
    stats: { rows: 0, records: 0, skipped: 0 },
  }),
};
