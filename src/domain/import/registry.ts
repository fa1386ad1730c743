import type { Importer } from './types';
import { wosPlaintextImporter } from './wos-plaintext';
import { wosTabImporter } from './wos-tab';
import { scopusCsvImporter } from './scopus-csv';
import { lensScholarlyImporter } from './lens-scholarly-csv';
import { dimensionsImporter } from './dimensions-csv';
import { pubmedImporter } from './pubmed-medline';
import { openalexImporter } from './openalex-csv';
import { lensPatentImporter } from './lens-patent-csv';
import { googlePatentsImporter } from './google-patents-csv';

/** Every importer, most specific signature first. */
export const IMPORTERS: readonly Importer[] = [
  wosPlaintextImporter,
  wosTabImporter,
  pubmedImporter,
  lensPatentImporter,
  googlePatentsImporter,
  lensScholarlyImporter,
  dimensionsImporter,
  openalexImporter,
  scopusCsvImporter,
].sort((a, b) => b.priority - a.priority);

/** How many characters of a file format detection looks at. */
export const DETECT_HEAD_CHARS = 64 * 1024;

/** Finds the importer whose signature matches the start of the decoded text (BOM already removed). */
export function detectImporter(text: string): Importer | undefined {
  const head = text.slice(0, DETECT_HEAD_CHARS).replace(/^\uFEFF/, '').replace(/^(\s*\r?\n)+/, '');
  return IMPORTERS.find((importer) => importer.detect(head));
}
