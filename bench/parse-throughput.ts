/**
 * One process's measurement for a throughput row of `npm run bench` (`wos`: the WoS plain-text
 * row, the marked real-export input of bench/wos-input.ts; `scopus`: the Scopus CSV row, the real
 * export's rows 60 times over): imports the input from its bytes four times, as the browser and
 * the CLI do (decoding included), and prints as JSON the MB/s of the first import (`cold`: the
 * parser not yet compiled by V8's optimising compiler) and of the three after it (`rates`: the
 * steady state, as in a session importing many files). run.ts starts it several times, since on a
 * shared machine one process's figure is not enough. `wos objects` also reads every cited
 * reference of the import as an object (`referencesOf`, kept alive like the records): what an
 * import costs when everything is made into objects, as the importer did before its compact blocks.
 *   tsx bench/parse-throughput.ts wos|scopus [objects]
 */
import { importFile } from '../src/domain/import';
import type { CitedReference } from '../src/domain/model';
import { referencesOf } from '../src/domain/references';
import { PARSE_INPUTS, parseInputBytes } from './parse-inputs';

const which = process.argv[2];
if (which !== 'wos' && which !== 'scopus') throw new Error('usage: tsx bench/parse-throughput.ts wos|scopus');
const input = PARSE_INPUTS[which];
const objects = process.argv[3] === 'objects';

const bytes = parseInputBytes(which);
const mb = bytes.length / 1e6;
const rates: number[] = [];
for (let k = 0; k < 4; k++) {
  const t0 = performance.now();
  const result = importFile(bytes, 'bench');
  const kept: CitedReference[][] = [];
  if (objects && result.ok) for (const p of result.result.publications) kept.push(referencesOf(p.references));
  const ms = performance.now() - t0;
  if (!result.ok || result.result.format !== input.format || result.result.stats.records !== input.records) throw new Error(`bench: the ${which} input did not parse as ${input.records} ${input.format} records`);
  rates.push(mb / (ms / 1000));
}
console.log(JSON.stringify({ mb, cold: rates[0], rates: rates.slice(1) }));
