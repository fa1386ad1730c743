import { readFileSync } from 'node:fs';
import { importText } from '../src/domain/import';
const text = readFileSync('../shared/sample-data/wos-plaintext-sisonke-systematic-review-500rec.txt', 'utf8').repeat(15);
for (let k = 0; k < 4; k++) {
  const t0 = performance.now();
  const r = importText(text, 'x');
  const ms = performance.now() - t0;
  console.log(r.ok ? r.result.stats.records : 'fail', (text.length / 1e6 / (ms / 1000)).toFixed(1), 'MB/s');
}
