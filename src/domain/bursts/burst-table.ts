/**
 * The burst table of CiteSpace ("Top N keywords / references with the strongest citation
 * bursts"): one Kleinberg burst detection per keyword or cited work over the dataset's years.
 *
 * Kleinberg, J. (2003). Bursty and hierarchical structure in streams. Data Min. Knowl. Discov.
 * 7:373-397; the two-state batched form and its formulas are in ANALYTICS.md section 7 and
 * `../metrics/burst.ts`. For item i and year t:
 *   r_t = documents of year t containing i (for cited references: documents of year t citing i),
 *   d_t = documents of year t (the dataset's yearly totals).
 * Every year between the first and last dated document is a slice, including years without
 * documents (d_t = 0 costs nothing in either state).
 */
import type { Publication } from '../model';
import { detectBursts, type Burst } from '../metrics/burst';
import { extractUnits } from '../network/units';

/** Units a burst table can be drawn for. */
export const BURST_UNITS = ['author-keywords', 'index-keywords', 'keywords', 'cited-references'] as const;
export type BurstUnit = (typeof BURST_UNITS)[number];

/** Options of {@link burstTable}. */
export interface BurstTableOptions {
  /** Kleinberg's gamma: cost of entering a burst in units of ln n; lower finds more bursts. */
  gamma: number;
  /** Kleinberg's s: burst rate as a multiple of the item's base rate. */
  rateRatio: number;
  /** Bursts shorter than this many years are dropped. */
  minDuration: number;
  /** Items in fewer dated documents than this are not examined. */
  minOccurrences: number;
  /** At most this many rows, the strongest first. */
  top: number;
  /** Labels of cited works by id (`matchReferences(...).works`); without it, cited references are matched first. */
  workLabels?: ReadonlyMap<string, string>;
}

export const DEFAULT_BURST_TABLE_OPTIONS: Readonly<BurstTableOptions> = { gamma: 1, rateRatio: 2, minDuration: 1, minOccurrences: 3, top: 50 };

/** One row of the table: an item with at least one burst. */
export interface BurstRow {
  /** Canonical key of the item (case-folded keyword, cited work id). */
  key: string;
  label: string;
  /** Dated documents containing (or citing) the item. */
  occurrences: number;
  /** r_t for every year of {@link BurstTable.years}, for sparklines under the bars. */
  counts: number[];
  /** The item's bursts in time order (first and last year inclusive, strength in nats). */
  bursts: Burst[];
  /** The strongest of `bursts`, by which rows are sorted. */
  strongest: Burst;
}

/** A CiteSpace-style burst table: rows plus the year axis to draw their bars on. */
export interface BurstTable {
  unit: BurstUnit;
  /** First and last year of the dated documents (undefined when no document has a year). */
  firstYear?: number;
  lastYear?: number;
  /** Every year from `firstYear` to `lastYear`, and the number of documents of each (d_t). */
  years: number[];
  totals: number[];
  /** Rows sorted by strongest burst (descending), then its start year, then label. */
  rows: BurstRow[];
  documentCount: number;
  /** Documents without a publication year: counted here, left out of every series. */
  undatedDocuments: number;
  /** Items meeting `minOccurrences` (all were examined). */
  candidateCount: number;
  /** Items with at least one burst (rows beyond `top` are cut). */
  burstingCount: number;
  options: Omit<BurstTableOptions, 'workLabels'>;
}

/**
 * Computes the burst table of one unit: for every item in at least `minOccurrences` dated
 * documents, its yearly document counts against the yearly document totals go through Kleinberg
 * burst detection; items with a burst become rows, sorted by the strength of their strongest
 * burst. Documents without a year are counted in `undatedDocuments` and excluded.
 */
export function burstTable(publications: readonly Publication[], unit: BurstUnit, options: Partial<BurstTableOptions> = {}): BurstTable {
  const o: BurstTableOptions = { ...DEFAULT_BURST_TABLE_OPTIONS, ...options };
  if (!((BURST_UNITS as readonly string[]).includes(unit))) throw new Error(`domain/bursts: unit "${String(unit)}" has no burst table`);
  if (!(o.top >= 0) || !(o.minOccurrences >= 0) || !(o.minDuration >= 1) || !(o.gamma >= 0)) throw new Error('domain/bursts: top, minOccurrences and gamma must be >= 0, minDuration >= 1');
  const { workLabels, ...reported } = o;

  let firstYear = Infinity;
  let lastYear = -Infinity;
  let undatedDocuments = 0;
  for (const p of publications) {
    if (p.year === undefined || !Number.isFinite(p.year)) undatedDocuments++;
    else {
      if (p.year < firstYear) firstYear = p.year;
      if (p.year > lastYear) lastYear = p.year;
    }
  }
  const base = { unit, documentCount: publications.length, undatedDocuments, options: reported };
  if (firstYear > lastYear) return { ...base, years: [], totals: [], rows: [], candidateCount: 0, burstingCount: 0 };

  const yearCount = lastYear - firstYear + 1;
  const years = Array.from({ length: yearCount }, (_, t) => firstYear + t);
  const totals = new Array<number>(yearCount).fill(0);
  const table = extractUnits(publications, unit, workLabels ? { workLabels } : {});
  const unitCount = table.keys.length;

  // Occurrences over dated documents, then the yearly counts of the candidates only.
  const occurrences = new Int32Array(unitCount);
  for (let d = 0; d < publications.length; d++) {
    const year = publications[d].year;
    if (year === undefined || !Number.isFinite(year)) continue;
    totals[year - firstYear]++;
    for (let k = table.docOffsets[d]; k < table.docOffsets[d + 1]; k++) occurrences[table.docUnits[k]]++;
  }
  const candidateOf = new Int32Array(unitCount).fill(-1);
  const candidates: number[] = [];
  for (let u = 0; u < unitCount; u++) {
    if (occurrences[u] > 0 && occurrences[u] >= o.minOccurrences) {
      candidateOf[u] = candidates.length;
      candidates.push(u);
    }
  }
  const counts = new Int32Array(candidates.length * yearCount);
  for (let d = 0; d < publications.length; d++) {
    const year = publications[d].year;
    if (year === undefined || !Number.isFinite(year)) continue;
    const t = year - firstYear;
    for (let k = table.docOffsets[d]; k < table.docOffsets[d + 1]; k++) {
      const c = candidateOf[table.docUnits[k]];
      if (c >= 0) counts[c * yearCount + t]++;
    }
  }

  const rows: BurstRow[] = [];
  candidates.forEach((u, c) => {
    const series = counts.subarray(c * yearCount, (c + 1) * yearCount);
    const bursts = detectBursts(years, series, totals, { gamma: o.gamma, rateRatio: o.rateRatio, minDuration: o.minDuration });
    if (bursts.length === 0) return;
    let strongest = bursts[0];
    for (const b of bursts) if (b.strength > strongest.strength) strongest = b;
    rows.push({ key: table.keys[u], label: table.labels[u] || table.keys[u], occurrences: occurrences[u], counts: Array.from(series), bursts, strongest });
  });
  rows.sort((a, b) => b.strongest.strength - a.strongest.strength || a.strongest.start - b.strongest.start || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return {
    ...base,
    firstYear,
    lastYear,
    years,
    totals,
    rows: rows.slice(0, o.top),
    candidateCount: candidates.length,
    burstingCount: rows.length,
  };
}
