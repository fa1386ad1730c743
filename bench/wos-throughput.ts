/**
 * One process's measurement for the WoS plain-text row of `npm run bench`: imports the marked
 * real-export input (bench/wos-input.ts) from its bytes four times, as the browser and the CLI
 * do (decoding included), and prints as JSON the MB/s of the first import (`cold`: the parser
 * not yet compiled by V8's optimising compiler) and of the three after it (`rates`: the steady
 * state, as in a session importing many files). run.ts starts it several times, since on a
 * shared machine one process's figure is not enough.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importFile } from '../src/domain/import';
import { SAMPLE_DIR } from '../src/domain/import/test-support';
import { repeatWos } from './wos-input';

const bytes = new TextEncoder().encode(repeatWos(readFileSync(resolve(SAMPLE_DIR, 'wos-plaintext-sisonke-systematic-review-500rec.txt'), 'utf8'), 15));
const mb = bytes.length / 1e6;
const rates: number[] = [];
for (let k = 0; k < 4; k++) {
  const t0 = performance.now();
  const result = importFile(bytes, 'bench');
  const ms = performance.now() - t0;
  if (!result.ok || result.result.format !== 'wos-plaintext' || result.result.stats.records !== 7500) throw new Error('bench: the WoS input did not parse as 7,500 wos-plaintext records');
  rates.push(mb / (ms / 1000));
}
console.log(JSON.stringify({ mb, cold: rates[0], rates: rates.slice(1) }));
