import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the real export files live: `../shared/sample-data` beside the repository (CI has it
 * too), or MERIDIAN_SAMPLE_DATA. Tests read them in place; they are never copied into the repo.
 */
export const SAMPLE_DIR = process.env.MERIDIAN_SAMPLE_DATA ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/sample-data');

export const hasSampleData = existsSync(SAMPLE_DIR);

if (!hasSampleData) {
  if (process.env.CI) throw new Error(`domain/import: sample data folder ${SAMPLE_DIR} is missing in CI`);
  console.warn(`[meridian] Skipping golden tests on real exports: ${SAMPLE_DIR} is absent (set MERIDIAN_SAMPLE_DATA to its path).`);
}

/** Bytes of one real export file from the shared sample data. */
export const sampleBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(SAMPLE_DIR, name)));

/** Text of one real export file (UTF-8, BOM kept so importers see what users send). */
export const sampleText = (name: string): string => readFileSync(resolve(SAMPLE_DIR, name), 'utf8');
