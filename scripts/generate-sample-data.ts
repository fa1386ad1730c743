/**
 * Writes the synthetic demo workspace into sample-data/: a Web of Science plain-text export and an
 * overlapping Scopus CSV export for a fictional university ("Northbridge University") and its
 * peers across three fields and ten years, and a Lens.org patent CSV. Seeded: the same files
 * every run. Every person, institution, DOI and patent in them is invented.
 *
 * The literature behaves like a real one where the app's analyses look: output grows, topics emerge
 * and fade (bursts of keywords and of the works they cite, ./demo/topics), fields share keywords
 * (linked clusters on keyword maps), records cite older works and earlier records.
 *
 *   npm run sample-data
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIELDS, GIVEN, INSTITUTIONS, JOURNALS, SHARED_KEYWORDS, SHARED_PLUS, SURNAMES, type Institution, type Journal } from './demo/vocabulary';
import { toLensPatentCsv, makePatents } from './demo/patents';
import { toScopusCsv, toWosPlainText, type DemoRecord, type DemoWork, type Person } from './demo/writers';
import { mulberry32, type Rng } from './demo/rng';
import { BRIDGES, FIRST_YEAR, LAST_YEAR, TRENDING_TOPICS, type TrendingTopic } from './demo/topics';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../sample-data');
const rng = mulberry32(20261127);

const pick = <T>(r: Rng, list: readonly T[]): T => list[Math.floor(r() * list.length)];
const int = (r: Rng, min: number, max: number): number => min + Math.floor(r() * (max - min + 1));

function person(r: Rng): Person {
  const given = pick(r, GIVEN);
  return { surname: pick(r, SURNAMES), given };
}

/** Cited works: a fixed pool per field, cited with a Zipf-like preference. */
function makeWorks(r: Rng): DemoWork[][] {
  return FIELDS.map((_, field) => {
    const journals = JOURNALS.filter((j) => j.field === field);
    return Array.from({ length: 260 }, (_, k) => {
      const journal = pick(r, journals);
      // The most cited works (low k, see zipfIndex) are older: they had time to become classics.
      // The latest year grows from 2008 for the most cited to 2022 for the least.
      const year = int(r, 1995, 2008 + Math.floor((k / 260) * 15));
      const volume = String(int(r, 5, 300));
      const page = String(int(r, 1, 9000));
      const author = person(r);
      const coauthor = person(r);
      const keywords = FIELDS[field].keywords;
      return {
        author,
        coauthor,
        year,
        journal,
        volume,
        issue: String(int(r, 1, 12)),
        page,
        endPage: String(Number(page) + int(r, 5, 20)),
        doi: r() < 0.75 ? `10.${5000 + field}/demo.${field}.${year}.${k}` : undefined,
        title: `${capitalise(pick(r, keywords))} and ${pick(r, keywords)}: ${pick(r, ['a review', 'new evidence', 'a global assessment', 'mechanisms and implications', 'a modelling study'])}`,
      };
    });
  });
}

const capitalise = (s: string): string => s[0].toUpperCase() + s.slice(1);

/** The seminal works of each trending topic (same order as TRENDING_TOPICS), in its home field's journals. */
function makeSeminalWorks(r: Rng): DemoWork[][] {
  return TRENDING_TOPICS.map((topic, t) => {
    const field = topic.home;
    const journals = JOURNALS.filter((j) => j.field === field);
    return topic.seminalYears.map((year, k) => {
      const page = String(int(r, 1, 9000));
      return {
        author: person(r),
        coauthor: person(r),
        year,
        journal: pick(r, journals),
        volume: String(int(r, 5, 300)),
        issue: String(int(r, 1, 12)),
        page,
        endPage: String(Number(page) + int(r, 5, 20)),
        doi: `10.${5000 + field}/demo.${field}.${year}.${300 + 10 * t + k}`,
        title: `${capitalise(topic.keyword)}: ${pick(r, ['a review', 'a roadmap', 'foundations and first results', 'the state of the art', 'a landmark study'])}`,
      };
    });
  });
}

/** Relative output of each year: grows about fivefold over the decade, as active fields do. */
const YEAR_WEIGHTS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, k) => 2 * k + 5);

function weightedIndex(r: Rng, weights: readonly number[]): number {
  let x = r() * weights.reduce((a, b) => a + b, 0);
  for (let k = 0; k < weights.length; k++) if ((x -= weights[k]) < 0) return k;
  return weights.length - 1;
}

/** Fisher-Yates with the seeded generator. */
function shuffle<T>(r: Rng, list: T[]): T[] {
  for (let k = list.length - 1; k > 0; k--) {
    const j = Math.floor(r() * (k + 1));
    [list[k], list[j]] = [list[j], list[k]];
  }
  return list;
}

/** Each field's keywords and their specialised variants, related ones next to each other. */
const FIELD_VOCABULARY: string[][] = FIELDS.map((f) => f.keywords.flatMap((k) => [k, `${k} modelling`, `${k} assessment`, `${k} ${f.facet}`]));

/** A demo record as a cited work, so later records can cite it. */
const asWork = (rec: DemoRecord): DemoWork => ({
  author: rec.authors[0],
  coauthor: rec.authors[1] ?? rec.authors[0],
  year: rec.year,
  journal: rec.journal,
  volume: rec.volume,
  issue: rec.issue,
  page: rec.page,
  endPage: String(Number(rec.page) + rec.pages - 1),
  doi: rec.doi,
  title: rec.title,
});

function zipfIndex(r: Rng, n: number): number {
  // Inverse-CDF of a truncated power law: a few works collect most citations.
  return Math.min(n - 1, Math.floor(n * Math.pow(r(), 2.6)));
}

/** Share of records that also work on a topic shared with another field (a bridge keyword). */
const BRIDGE_SHARE = 0.35;
/** Chance that a record on a trending topic cites each of the topic's seminal works. */
const SEMINAL_CITATION = 0.65;

/** Indexes of `refCount` distinct works of the pool cited by a record of `year`: Zipf-like fame, only works published before. */
function citePool(r: Rng, pool: readonly DemoWork[], year: number, refCount: number): Set<number> {
  const refs = new Set<number>();
  for (let tries = 0; refs.size < refCount && tries < 100 * refCount; tries++) {
    const k = zipfIndex(r, pool.length);
    if (pool[k].year < year) refs.add(k);
  }
  return refs;
}

function makeRecords(r: Rng, works: DemoWork[][], seminal: DemoWork[][]): DemoRecord[] {
  const records: DemoRecord[] = [];
  const total = 640;
  for (let i = 0; i < total; i++) {
    const field = i % 3;
    const year = FIRST_YEAR + weightedIndex(r, YEAR_WEIGHTS);
    const journal: Journal = pick(r, JOURNALS.filter((j) => j.field === field));
    const f = FIELDS[field];
    const home = r() < 0.55;
    const institutions: Institution[] = [home ? INSTITUTIONS[0] : pick(r, INSTITUTIONS.slice(1))];
    if (r() < 0.45) institutions.push(pick(r, INSTITUTIONS));
    const authorCount = int(r, 1, 7);
    const authors = Array.from({ length: authorCount }, (_, k) => ({ ...person(r), institution: k === 0 ? 0 : int(r, 0, institutions.length - 1) }));
    // Topics of the moment: each trending topic of the field with its share of this year's records.
    const trends: TrendingTopic[] = TRENDING_TOPICS.filter((topic) => r() < topic.share(year) * (topic.fields[field] ?? 0));
    const extra = trends.map((topic) => topic.keyword);
    // Some records work across fields: a keyword the field shares with another one.
    if (r() < BRIDGE_SHARE) {
      const bridge = pick(r, BRIDGES.filter((b) => b.fields.includes(field)));
      extra.push(bridge.keywords[Math.floor(bridge.keywords.length * Math.pow(r(), 1.5))]);
    }
    // Each record sits somewhere on its field's continuum of topics and takes keywords near that
    // spot, from a vocabulary large enough that co-occurrence stays sparse and graded, as in real
    // literatures; some keywords are shared by all fields.
    const vocabulary = FIELD_VOCABULARY[field];
    const centre = r() * vocabulary.length;
    const near = (): number => {
      const gauss = (r() + r() + r() - 1.5) * 5;
      const n = vocabulary.length;
      return ((Math.round(centre + gauss) % n) + n) % n;
    };
    const keyword = (): string => (r() < 0.12 ? pick(r, SHARED_KEYWORDS) : vocabulary[near()]);
    const steady = Array.from({ length: Math.max(2, int(r, 3, 6) - extra.length) }, keyword);
    const keywords = shuffle(r, [...new Set([...steady, ...extra])]);
    const plusTerm = (): string => pick(r, r() < 0.2 ? SHARED_PLUS : f.plus);
    const plus = [...new Set([...Array.from({ length: int(r, 2, 6) }, plusTerm), ...trends.flatMap((topic) => (topic.plus && r() < 0.6 ? [topic.plus] : []))])];
    const refs = citePool(r, works[field], year, int(r, 15, 45));
    // Records on a trending topic cite its seminal works: cited references burst with the topic.
    const classics = trends.flatMap((topic) => seminal[TRENDING_TOPICS.indexOf(topic)].filter((w) => w.year <= year && r() < SEMINAL_CITATION));
    // Records also cite earlier records of the dataset (its own history: direct citation, historiograph).
    const earlier = records.filter((rec) => rec.field === field && rec.year < year);
    const local = earlier.length ? [...new Set(Array.from({ length: int(r, 0, 4) }, () => earlier[zipfIndex(r, earlier.length)]))] : [];
    const age = LAST_YEAR + 1 - year;
    records.push({
      index: i,
      field,
      year,
      journal,
      volume: String(int(r, 10, 400)),
      issue: String(int(r, 1, 12)),
      page: String(int(r, 1, 12000)),
      pages: int(r, 6, 22),
      title: `${capitalise(keywords[0])} ${pick(r, ['in', 'and', 'under', 'for'])} ${keywords[1] ?? pick(r, f.keywords)}: ${pick(r, ['evidence from a ten-year panel', 'a multi-site study', 'a systematic review', 'a comparative analysis', 'implications for policy', 'a machine learning approach'])}`,
      abstract: `This synthetic abstract describes a study of ${keywords.join(', ')} in ${f.name.toLowerCase()}. It was generated for Meridian's demo workspace and describes no real research.`,
      authors,
      institutions,
      keywords,
      plus,
      references: [...[...refs].map((k) => works[field][k]), ...classics, ...local.map(asWork)],
      citations: Math.max(0, Math.round(age * age * r() * 1.8)),
      doi: `10.9999/demo.${year}.${String(i).padStart(4, '0')}`,
      documentType: r() < 0.85 ? 'Article' : 'Review',
      openAccess: r() < 0.4,
    });
  }
  return records;
}

function main(): void {
  mkdirSync(OUT, { recursive: true });
  const works = makeWorks(rng);
  const seminal = makeSeminalWorks(rng);
  const records = makeRecords(rng, works, seminal);
  // WoS covers ~85% of the records, Scopus ~80%: a realistic overlap with records unique to each.
  const inWos = records.filter((rec) => rec.index % 7 !== 3);
  const inScopus = records.filter((rec) => rec.index % 5 !== 1);
  writeFileSync(resolve(OUT, 'demo-wos.txt'), toWosPlainText(inWos));
  writeFileSync(resolve(OUT, 'demo-scopus.csv'), toScopusCsv(inScopus));
  writeFileSync(resolve(OUT, 'demo-lens-patents.csv'), toLensPatentCsv(makePatents(mulberry32(7))));
  const both = inWos.filter((rec) => rec.index % 5 !== 1).length;
  console.log(`sample-data: ${inWos.length} WoS records, ${inScopus.length} Scopus records (${both} in both, ${inWos.length + inScopus.length - both} distinct) and patents written to ${OUT}`);
}

main();
