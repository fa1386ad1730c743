/**
 * Synthetic Web of Science plain-text files for benchmarks: realistic record sizes (~6.6 kB per
 * record with 40 cited references, as in real exports), seeded so every run is identical.
 */
import { mulberry32 } from '../scripts/demo/rng';

const JOURNALS = ['J CLEAN PROD', 'SCI TOTAL ENVIRON', 'ADV MATER', 'NATURE', 'SCIENTOMETRICS', 'J INFORMETR', 'RES POLICY', 'PLOS ONE', 'LANCET', 'WATER RES'];
const SURNAMES = ['Smith', 'Chen', 'Garcia', 'Okafor', 'Wang', 'Kowalski', 'Nguyen', 'Patel', 'Rossi', 'Kim', 'Tanaka', 'Silva', 'Dubois', 'Li', 'Zhang'];

/** `count` records with `refs` references each; `fileIndex` keeps UTs and DOIs distinct across files. */
export function synthesizeWosRecords(count: number, refs: number, fileIndex: number): string {
  const r = mulberry32(1000 + fileIndex);
  const out: string[] = ['FN Clarivate Analytics Web of Science', 'VR 1.0'];
  for (let i = 0; i < count; i++) {
    const id = fileIndex * count + i;
    const au = Array.from({ length: 1 + Math.floor(r() * 6) }, () => `${SURNAMES[Math.floor(r() * SURNAMES.length)]}, ${String.fromCharCode(65 + Math.floor(r() * 26))}${String.fromCharCode(65 + Math.floor(r() * 26))}`);
    out.push('PT J');
    out.push(au.map((a, k) => `${k ? '  ' : 'AU'} ${a}`).join('\n'));
    out.push(`TI Synthetic benchmark record ${id} about networks, citations and the
   structure of science in a long enough title to be realistic`);
    out.push(`SO ${JOURNALS[id % JOURNALS.length]} FULL TITLE`);
    out.push('LA English', 'DT Article');
    out.push('DE bibliometrics; science mapping; co-citation; clustering; research evaluation');
    out.push('ID CITATION; IMPACT; SCIENCE; NETWORKS');
    out.push(`AB ${'This synthetic abstract has the length of a real one and exists only to measure parsing speed. '.repeat(30)}`);
    out.push(`FU Synthetic Research Council [SRC-${id}]; Example Foundation`);
    out.push(`FX ${'This work was supported by a synthetic grant that exists only to give benchmark records a realistic size. '.repeat(4)}`);
    out.push(`C1 [${au.join('; ')}] Univ Example ${id % 97}, Dept Informat Sci, Example City, England.`);
    const cr: string[] = [];
    for (let k = 0; k < refs; k++) {
      const w = Math.floor(Math.pow(r(), 2.5) * 200000);
      cr.push(`${SURNAMES[w % SURNAMES.length]} ${String.fromCharCode(65 + (w % 26))}, ${1990 + (w % 33)}, ${JOURNALS[w % JOURNALS.length]}, V${w % 300}, P${w % 9000}, DOI 10.5555/bench.${w}`);
    }
    out.push(cr.map((c, k) => `${k ? '  ' : 'CR'} ${c}`).join('\n'));
    out.push(`NR ${refs}`, `TC ${Math.floor(r() * 100)}`, 'Z9 0', `J9 ${JOURNALS[id % JOURNALS.length]}`, `PY ${2000 + (id % 25)}`, `VL ${id % 300}`, `BP ${id % 9000}`, `DI 10.5555/rec.${id}`, 'WC Information Science & Library Science', `UT WOS:${String(id).padStart(15, '0')}`, 'ER', '');
  }
  out.push('EF');
  return out.join('\n');
}
