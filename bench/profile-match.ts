/**
 * Times reference matching alone on the synthetic WoS corpus (40 references per record):
 *   tsx bench/profile-match.ts [files=10] [runs=1]   (1,000 records per file)
 */
import { importText } from '../src/domain/import';
import { matchReferences } from '../src/domain/references';
import { synthesizeWosRecords } from './synthetic-wos';

const files = Number(process.argv[2] ?? 10);
const runs = Number(process.argv[3] ?? 1);
const pubs = Array.from({ length: files }, (_, i) => {
  const r = importText(synthesizeWosRecords(1000, 40, i), `p${i}`);
  return r.ok ? r.result.publications : [];
}).flat();
for (let k = 0; k < runs; k++) {
  const t0 = performance.now();
  const m = matchReferences(pubs);
  console.log(pubs.length, m.referenceCount, m.works.length, (performance.now() - t0).toFixed(0), 'ms');
}
