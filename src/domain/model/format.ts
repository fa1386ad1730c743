/** Every export format Meridian reads. The string is also what `cli inspect --json` prints. */
export const FORMAT_IDS = [
  'wos-plaintext',
  'wos-tab',
  'scopus-csv',
  'lens-scholarly-csv',
  'dimensions-csv',
  'pubmed-medline',
  'openalex-csv',
  'lens-patent-csv',
  'google-patents-csv',
] as const;

export type FormatId = (typeof FORMAT_IDS)[number];

/** Where a record came from: the file it was read from, its format and the line its row starts on (1-based). */
export interface Origin {
  file: string;
  format: FormatId;
  line: number;
}

export const FORMAT_LABELS: Record<FormatId, string> = {
  'wos-plaintext': 'Web of Science plain text',
  'wos-tab': 'Web of Science tab-delimited',
  'scopus-csv': 'Scopus CSV',
  'lens-scholarly-csv': 'Lens.org scholarly CSV',
  'dimensions-csv': 'Dimensions CSV',
  'pubmed-medline': 'PubMed MEDLINE',
  'openalex-csv': 'OpenAlex CSV',
  'lens-patent-csv': 'Lens.org patent CSV',
  'google-patents-csv': 'Google Patents CSV',
};
