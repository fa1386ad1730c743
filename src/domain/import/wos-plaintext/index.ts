import type { Importer } from '../types';

/** PLACEHOLDER until the real importer lands: detects the format, reads nothing. */
export const wosPlaintextImporter: Importer = {
  format: 'wos-plaintext',
  priority: 0,
  detect: (head) => /^(FN |PT )/.test(head),
  parse: (_text, file) => ({
    format: 'wos-plaintext',
    publications: [],
    patents: [],
    issues: [{ code: 'not-implemented', severity: 'error', file, message: 'This format is recognised but its importer is not finished yet.' }],
    stats: { rows: 0, records: 0, skipped: 0 },
  }),
};
