/**
 * Seeded synthetic corpora for the network benchmarks: publications whose references are already
 * matched (workId set), drawn from Zipf-distributed pools of cited works, as in real citation data.
 */
import { asCitedWorkId, emptyPublication, type CitedReference, type Publication } from '../src/domain/model';
import { mulberry32, type Rng } from '../scripts/demo/rng';

/** Inverse-CDF sampler of a Zipf law over `pool` items with exponent `s`. */
function zipf(pool: number, s: number, r: Rng): () => number {
  const cdf = new Float64Array(pool);
  let acc = 0;
  for (let i = 0; i < pool; i++) cdf[i] = acc += 1 / Math.pow(i + 1, s);
  return () => {
    const x = r() * acc;
    let lo = 0;
    let hi = pool - 1;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (cdf[m] < x) lo = m + 1;
      else hi = m;
    }
    return lo;
  };
}

function publication(r: Rng, d: number, n: number): Publication {
  const p = emptyPublication({ file: 'synthetic', format: 'wos-plaintext', line: d + 1 });
  p.timesCited = Math.floor(r() * 20);
  const authors = 1 + Math.floor(r() * 6);
  for (let a = 0; a < authors; a++) p.authors.push({ fullName: '', shortName: `Author ${Math.floor(r() * n)}`, surname: '', affiliationIndices: [] });
  return p;
}

/** `n` records with `refs` references each from one Zipf pool (a single broad field). */
export function zipfCorpus(n: number, refs: number, pool: number, seed: number): Publication[] {
  const r = mulberry32(seed);
  const draw = zipf(pool, 1.0, r);
  return Array.from({ length: n }, (_, d) => {
    const p = publication(r, d, n);
    const references: CitedReference[] = (p.references = []);
    for (let k = 0; k < refs; k++) references.push({ raw: '', dois: [], workId: asCitedWorkId(`w:${draw()}`) });
    return p;
  });
}

/** `n` records in `topics` specialties: most references from the record's own topic, a few global classics. */
export function topicalCorpus(n: number, topics: number, seed: number): Publication[] {
  const r = mulberry32(seed);
  const local = zipf(2000, 1.0, r);
  const global = zipf(1_000_000, 0.8, r);
  return Array.from({ length: n }, (_, d) => {
    const p = publication(r, d, n);
    const topic = Math.floor(r() * topics);
    const references: CitedReference[] = (p.references = []);
    for (let k = 0; k < 32; k++) references.push({ raw: '', dois: [], workId: asCitedWorkId(`t${topic}:${local()}`) });
    for (let k = 0; k < 8; k++) references.push({ raw: '', dois: [], workId: asCitedWorkId(`g:${global()}`) });
    return p;
  });
}
