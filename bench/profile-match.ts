import { importText } from '../src/domain/import';
import { matchReferences } from '../src/domain/references';
import { synthesizeWosRecords } from './synthetic-wos';
const pubs = Array.from({ length: Number(process.argv[2] ?? 10) }, (_, i) => { const r = importText(synthesizeWosRecords(1000, 40, i), `p${i}`); return r.ok ? r.result.publications : []; }).flat();
const t0 = performance.now();
const m = matchReferences(pubs);
console.log(pubs.length, m.referenceCount, m.works.length, (performance.now() - t0).toFixed(0), 'ms');
