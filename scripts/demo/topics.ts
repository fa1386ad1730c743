/**
 * How the synthetic literature moves over time and across fields, so the demo shows what burst
 * detection and keyword maps are for:
 * - trending topics: keywords rare in some years and frequent for a few consecutive ones (an
 *   emerging or fading topic, CiteSpace's "keywords with the strongest bursts"), each with a few
 *   seminal works that records on the topic cite (so cited references burst along with it);
 * - bridges: keywords two fields share (air pollution, life cycle assessment, wearable sensors),
 *   which link the fields' clusters on keyword maps without merging them.
 */

/** Field indexes, as in `FIELDS` of ./vocabulary. */
const ENV = 0;
const MAT = 1;
const HEALTH = 2;

/** First and last year of the demo records. */
export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2024;

export interface TrendingTopic {
  keyword: string;
  /** The field whose journals published the topic's seminal works. */
  home: number;
  /** Fields whose records take up the topic, with a multiplier of its share in each. */
  fields: Readonly<Partial<Record<number, number>>>;
  /** Share of a field's records of `year` carrying the keyword (before the field's multiplier). */
  share: (year: number) => number;
  /** A Keywords Plus term that comes with the topic (WoS derives them from cited titles). */
  plus?: string;
  /** Publication years of the topic's seminal works, which records on the topic cite. */
  seminalYears: readonly number[];
}

/**
 * A topic's share rising to `peak` over `start`..`end` (half of it in the year either side) and
 * `base` otherwise; `after` replaces `base` once the burst is over (topics rarely vanish).
 */
function pulse(start: number, end: number, peak: number, base: number, after = base): (year: number) => number {
  return (year) => {
    if (year >= start && year <= end) return peak;
    const rest = year < start ? base : after;
    if (year === start - 1 || year === end + 1) return (peak + rest) / 2;
    return rest;
  };
}

/** A topic that did not exist before `start` (a pandemic, a new technology), then as {@link pulse}. */
function sudden(start: number, end: number, peak: number, after: number): (year: number) => number {
  const rest = pulse(start, end, peak, 0, after);
  return (year) => (year < start ? 0 : rest(year));
}

/** A share growing faster and faster from `from` in the first year to `to` in the last. */
function growth(from: number, to: number): (year: number) => number {
  return (year) => from + (to - from) * Math.pow((year - FIRST_YEAR) / (LAST_YEAR - FIRST_YEAR), 2.5);
}

export const TRENDING_TOPICS: readonly TrendingTopic[] = [
  // Environmental science
  { keyword: 'ecosystem services', home: ENV, fields: { [ENV]: 1 }, share: pulse(2015, 2017, 0.34, 0.04), plus: 'VALUATION', seminalYears: [1997, 2008, 2012] },
  { keyword: 'microplastics', home: ENV, fields: { [ENV]: 1, [HEALTH]: 0.15 }, share: pulse(2019, 2021, 0.3, 0.02, 0.08), seminalYears: [2011, 2017] },
  { keyword: 'nature-based solutions', home: ENV, fields: { [ENV]: 1 }, share: pulse(2021, 2023, 0.22, 0.01, 0.06), seminalYears: [2016, 2019] },
  { keyword: 'carbon neutrality', home: ENV, fields: { [ENV]: 1, [MAT]: 0.2 }, share: pulse(2022, 2024, 0.28, 0.01), seminalYears: [2020, 2021] },
  // Materials science
  { keyword: 'graphene', home: MAT, fields: { [MAT]: 1 }, share: pulse(2015, 2017, 0.38, 0.05), plus: 'GRAPHITE', seminalYears: [2004, 2007, 2010] },
  { keyword: 'perovskite solar cells', home: MAT, fields: { [MAT]: 1 }, share: pulse(2017, 2019, 0.3, 0.04, 0.06), plus: 'HALIDE PEROVSKITES', seminalYears: [2009, 2012, 2013] },
  { keyword: 'high-entropy alloys', home: MAT, fields: { [MAT]: 1 }, share: pulse(2020, 2022, 0.22, 0.01, 0.05), seminalYears: [2004, 2014] },
  { keyword: 'sodium-ion batteries', home: MAT, fields: { [MAT]: 1 }, share: pulse(2022, 2024, 0.26, 0.02), seminalYears: [2012, 2018] },
  // Public health
  { keyword: 'e-cigarettes', home: HEALTH, fields: { [HEALTH]: 1 }, share: pulse(2015, 2017, 0.3, 0.03), plus: 'NICOTINE', seminalYears: [2011, 2014] },
  { keyword: 'covid-19', home: HEALTH, fields: { [HEALTH]: 1, [ENV]: 0.35 }, share: sudden(2020, 2022, 0.42, 0.1), plus: 'SARS-COV-2', seminalYears: [2020, 2020, 2020] },
  { keyword: 'telemedicine', home: HEALTH, fields: { [HEALTH]: 1 }, share: pulse(2020, 2021, 0.26, 0.03, 0.05), seminalYears: [2016, 2020] },
  { keyword: 'vaccine hesitancy', home: HEALTH, fields: { [HEALTH]: 1 }, share: pulse(2021, 2023, 0.2, 0.01, 0.04), seminalYears: [2014, 2021] },
  // Every field
  { keyword: 'machine learning', home: MAT, fields: { [ENV]: 1, [MAT]: 1.2, [HEALTH]: 0.8 }, share: growth(0.01, 0.32), plus: 'NEURAL-NETWORKS', seminalYears: [2011, 2015, 2016] },
  { keyword: 'large language models', home: HEALTH, fields: { [ENV]: 0.7, [MAT]: 0.7, [HEALTH]: 1 }, share: sudden(2023, 2024, 0.14, 0), plus: 'CHATGPT', seminalYears: [2017, 2020, 2022] },
];

/** Keywords two fields share, by pair of fields; the commonest first. */
export const BRIDGES: readonly { fields: readonly [number, number]; keywords: readonly string[] }[] = [
  { fields: [ENV, MAT], keywords: ['life cycle assessment', 'renewable energy', 'circular economy', 'recycling', 'photocatalysis', 'membranes', 'wastewater treatment', 'carbon capture'] },
  { fields: [ENV, HEALTH], keywords: ['air pollution', 'heatwaves', 'environmental justice', 'green space', 'drinking water', 'noise exposure'] },
  { fields: [MAT, HEALTH], keywords: ['wearable sensors', 'nanoparticles', 'biosensors', 'antimicrobial coatings', 'nanotoxicology'] },
];
