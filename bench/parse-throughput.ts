/**
 * One process's measurement for a throughput row of `npm run bench` (`wos`: the WoS plain-text
 * row, the marked real-export input of bench/wos-input.ts; `scopus`: the Scopus CSV row, the real
 * export's rows 60 times over): imports the input from its bytes four times, as the browser and
 * the CLI do (decoding included), and prints as JSON the MB/s of the first import (`cold`: the
 * parser not yet compiled by V8's optimising compiler) and of the three after it (`rates`: the
 * steady state, as in a session importing many files). run.ts starts it several times, since on a
 * shared machine one process's figure is not enough.
 *   tsx bench/parse-throughput.ts wos|scopus
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importFile } from '../src/domain/import';
import { SAMPLE_DIR } from '../src/domain/import/test-support';
import { repeatCsv } from './csv-input';
import { repeatWos } from './wos-input';

const INPUTS = {
  wos: { file: 'wos-plaintext-sisonke-systematic-review-500rec.txt', build: (text: string) => repeatWos(text, 15), format: 'wos-plaintext', records: 7500 },
  scopus: { file: 'scopus-csv-poultry-bibliometric-69rec.csv', build: (text: string) => repeatCsv(text, 60), format: 'scopus-csv', records: 69 * 60 },
};
const which = process.argv[2];
if (which !== 'wos' && which !== 'scopus') throw new Error('usage: tsx bench/parse-throughput.ts wos|scopus');
const input = INPUTS[which];

const bytes = new TextEncoder().encode(input.build(readFileSync(resolve(SAMPLE_DIR, input.file), 'utf8')));
const mb = bytes.length / 1e6;
const rates: number[] = [];
for (let k = 0; k < 4; k++) {
  const t0 = performance.now();
  const result = importFile(bytes, 'bench');
  const ms = performance.now() - t0;
  if (!result.ok || result.result.format !== input.format || result.result.stats.records !== input.records) throw new Error(`bench: the ${which} input did not parse as ${input.records} ${input.format} records`);
  rates.push(mb / (ms / 1000));
}
console.log(JSON.stringify({ mb, cold: rates[0], rates: rates.slice(1) }));
