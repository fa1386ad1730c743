/** The inputs of the throughput rows whose targets are the issue's, built from the real exports. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SAMPLE_DIR } from '../src/domain/import/test-support';
import { repeatCsv } from './csv-input';
import { repeatWos } from './wos-input';

export const PARSE_INPUTS = {
  /** The real 500-record WoS export 15 times, each copy's references marked (bench/wos-input.ts). */
  wos: { file: 'wos-plaintext-sisonke-systematic-review-500rec.txt', build: (text: string) => repeatWos(text, 15), format: 'wos-plaintext', records: 7500 },
  /** The real 69-record Scopus export's rows 60 times. */
  scopus: { file: 'scopus-csv-poultry-bibliometric-69rec.csv', build: (text: string) => repeatCsv(text, 60), format: 'scopus-csv', records: 69 * 60 },
} as const;

export type ParseInput = keyof typeof PARSE_INPUTS;

/** The input's bytes, UTF-8, as a file would give them. */
export function parseInputBytes(which: ParseInput): Uint8Array {
  const input = PARSE_INPUTS[which];
  return new TextEncoder().encode(input.build(readFileSync(resolve(SAMPLE_DIR, input.file), 'utf8')));
}
