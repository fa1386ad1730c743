/**
 * A seeded synthetic Web of Science plain-text file whose co-citation map, at the thresholds in
 * LARGE_MAP_THRESHOLDS, has about 5,000 cited references and 50,000 links: the size the Maps screen
 * must stay smooth on (bench/map-smoothness.mjs --large imports it through the UI).
 *
 * The cited works fall into specialties; a citing record cites a few works of its own specialty
 * (Zipf-weighted, so each specialty has classics), one of a neighbouring specialty, sometimes one
 * at random, and a few works nobody else cites (real exports are full of those; the minimum of 2
 * citations removes them). Specialties drift in time, so the overlay and timeline views vary.
 *
 *   npx tsx bench/large-map-input.ts [out=/tmp/meridian-large-map.txt] [--stats]
 */
import { writeFileSync } from 'node:fs';
import { mulberry32, type Rng } from '../scripts/demo/rng';

export interface LargeMapInputOptions {
  specialties: number;
  worksPerSpecialty: number;
  records: number;
  /** Works cited from the record's own specialty (distinct). */
  ownReferences: number;
  /** Chance of one more reference drawn from all works. */
  strayChance: number;
  /** References cited by this record only (dropped by a minimum of 2 citations). */
  singletons: number;
  /** Zipf exponent of citations within a specialty (0: all works equally cited). */
  skew: number;
  seed: number;
}

export const DEFAULT_LARGE_MAP_INPUT: Readonly<LargeMapInputOptions> = {
  specialties: 100,
  worksPerSpecialty: 60,
  records: 3600,
  ownReferences: 5,
  strayChance: 0.3,
  singletons: 3,
  skew: 0.3,
  seed: 7,
};

/** What to type in the map dialog: co-citation of cited references, at least 2 citations, the top 5,000. */
export const LARGE_MAP_THRESHOLDS = { minCitations: 2, topN: 5000 } as const;

const JOURNALS = ['J CLEAN PROD', 'SCI TOTAL ENVIRON', 'ADV MATER', 'NATURE', 'SCIENTOMETRICS', 'J INFORMETR', 'RES POLICY', 'PLOS ONE', 'LANCET', 'WATER RES', 'ENERG POLICY', 'ECOL ECON'];
const SURNAMES = ['Smith', 'Chen', 'Garcia', 'Okafor', 'Wang', 'Kowalski', 'Nguyen', 'Patel', 'Rossi', 'Kim', 'Tanaka', 'Silva', 'Dubois', 'Li', 'Zhang', 'Muller', 'Haddad', 'Ivanova', 'Mensah', 'Larsen'];
const TOPIC_WORDS = ['water', 'energy', 'policy', 'networks', 'health', 'catalysis', 'soil', 'carbon', 'learning', 'citation', 'climate', 'urban', 'protein', 'graphene', 'tourism', 'finance', 'education', 'batteries', 'microbiome', 'supply chains'];
const FACET_WORDS = ['assessment', 'modelling', 'governance', 'materials', 'indicators', 'resilience', 'markets', 'sensors', 'diffusion', 'evaluation'];

/** Topic name of a specialty: two words, distinct for up to 200 specialties. */
const specialtyName = (s: number): string => `${TOPIC_WORDS[s % TOPIC_WORDS.length]} ${FACET_WORDS[Math.floor(s / TOPIC_WORDS.length) % FACET_WORDS.length]}`;

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

/** The cited-reference line of work `w` (a WoS CR entry with a DOI, so works match across records). */
function citedWork(w: number): string {
  const surname = SURNAMES[(w * 7) % SURNAMES.length];
  const initial = String.fromCharCode(65 + ((w * 13) % 26));
  return `${surname} ${initial}, ${1985 + (w % 36)}, ${JOURNALS[(w * 5) % JOURNALS.length]}, V${1 + (w % 97)}, P${100 + ((w * 37) % 900)}, DOI 10.5555/large.${w}`;
}

/** The records of the file (one string, WoS plain text) and which works each record cites. */
export function synthesizeLargeMapWos(options: Partial<LargeMapInputOptions> = {}): { text: string; cited: number[][] } {
  const o = { ...DEFAULT_LARGE_MAP_INPUT, ...options };
  const r = mulberry32(o.seed);
  const within = zipf(o.worksPerSpecialty, o.skew, r);
  const works = o.specialties * o.worksPerSpecialty;
  const out: string[] = ['FN Clarivate Analytics Web of Science', 'VR 1.0'];
  const cited: number[][] = [];
  for (let i = 0; i < o.records; i++) {
    const s = Math.floor(r() * o.specialties);
    // Each specialty peaks in its own period: years 2000-2024 around a centre that moves with s.
    const centre = 2000 + ((s * 7) % 25);
    const year = Math.min(2024, Math.max(2000, Math.round(centre + (r() + r() + r() - 1.5) * 8)));
    const refs = new Set<number>();
    while (refs.size < o.ownReferences) refs.add(s * o.worksPerSpecialty + within());
    const neighbour = (s + 1 + Math.floor(r() * 3)) % o.specialties;
    refs.add(neighbour * o.worksPerSpecialty + within());
    if (r() < o.strayChance) refs.add(Math.floor(r() * works));
    const ids = [...refs];
    cited.push(ids);
    const lines = ids.map(citedWork);
    for (let k = 0; k < o.singletons; k++) lines.push(`${SURNAMES[k % SURNAMES.length]} Q, ${1990 + (i % 30)}, UNPUBL REPORT, V${k + 1}, P${i + 1}, DOI 10.5555/once.${i}.${k}`);
    const au = Array.from({ length: 1 + Math.floor(r() * 4) }, () => `${SURNAMES[Math.floor(r() * SURNAMES.length)]}, ${String.fromCharCode(65 + Math.floor(r() * 26))}`);
    const topic = specialtyName(s);
    out.push('PT J');
    out.push(au.map((a, k) => `${k ? '  ' : 'AU'} ${a}`).join('\n'));
    out.push(`TI Advances in ${topic}: evidence from study ${i + 1}`);
    out.push(`SO ${JOURNALS[s % JOURNALS.length]}`);
    out.push('LA English', 'DT Article');
    out.push(`DE ${topic}; ${TOPIC_WORDS[s % TOPIC_WORDS.length]}; ${FACET_WORDS[(s + i) % FACET_WORDS.length]}`);
    out.push(`C1 [${au.join('; ')}] Univ Example ${s % 40}, Example City, ${['England', 'Peoples R China', 'USA', 'Brazil', 'Nigeria', 'Germany'][s % 6]}.`);
    out.push(lines.map((c, k) => `${k ? '  ' : 'CR'} ${c}`).join('\n'));
    out.push(`NR ${lines.length}`, `TC ${Math.floor(r() * r() * 80)}`, `PY ${year}`, `VL ${1 + (i % 60)}`, `BP ${1 + (i % 900)}`, `DI 10.5555/large-rec.${i}`, `UT WOS:${String(900_000_000 + i).padStart(15, '0')}`, 'ER', '');
  }
  out.push('EF');
  return { text: out.join('\n'), cited };
}

/** Cited works with at least `min` citations and the co-cited pairs among them (no top-N cut). */
export function coCitationSize(cited: readonly number[][], min: number): { items: number; links: number } {
  const counts = new Map<number, number>();
  for (const refs of cited) for (const w of refs) counts.set(w, (counts.get(w) ?? 0) + 1);
  const pairs = new Set<number>();
  for (const refs of cited) {
    const kept = refs.filter((w) => (counts.get(w) ?? 0) >= min).sort((a, b) => a - b);
    for (let i = 0; i < kept.length; i++) for (let j = i + 1; j < kept.length; j++) pairs.add(kept[i] * 1_000_000 + kept[j]);
  }
  return { items: [...counts.values()].filter((c) => c >= min).length, links: pairs.size };
}

if (process.argv[1]?.endsWith('large-map-input.ts')) {
  const args = process.argv.slice(2);
  const path = args.find((a) => !a.startsWith('--')) ?? '/tmp/meridian-large-map.txt';
  const { text, cited } = synthesizeLargeMapWos();
  writeFileSync(path, text);
  const size = coCitationSize(cited, LARGE_MAP_THRESHOLDS.minCitations);
  process.stderr.write(`Wrote ${path}: ${(text.length / 1e6).toFixed(1)} MB, ${cited.length} records; co-citation at >= ${LARGE_MAP_THRESHOLDS.minCitations} citations: ${size.items} items, ${size.links} links.\n`);
  if (args.includes('--stats')) process.stdout.write(`${JSON.stringify(size)}\n`);
}
