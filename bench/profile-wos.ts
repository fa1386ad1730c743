/** Parses the WoS benchmark input a few times, for profiling: `node --import tsx --cpu-prof bench/profile-wos.ts`. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importText } from '../src/domain/import';
import { SAMPLE_DIR } from '../src/domain/import/test-support';
import { repeatWos } from './wos-input';

const text = repeatWos(readFileSync(resolve(SAMPLE_DIR, 'wos-plaintext-sisonke-systematic-review-500rec.txt'), 'utf8'), 15);
for (let k = 0; k < 4; k++) {
  const t0 = performance.now();
  const r = importText(text, 'x');
  const ms = performance.now() - t0;
  console.log(r.ok ? r.result.stats.records : 'fail', (Buffer.byteLength(text) / 1e6 / (ms / 1000)).toFixed(1), 'MB/s');
}
