/**
 * Terms of titles and abstracts as a unit of analysis: the documents x terms incidence in the
 * shape of `UnitTable` (src/domain/network/units.ts), so a co-occurrence network can be built on
 * terms like on keywords. Follows VOSviewer's text-mining steps: extract candidate noun phrases,
 * apply the thesaurus, count (binary: once per document), keep terms reaching the minimum number
 * of occurrences, score their relevance and keep the most relevant share (60% by default).
 */
import type { Publication } from '../model';
import type { UnitTable } from '../network/units';
import { extractTerms, termKey } from './terms';
import type { ExtractTermsOptions } from './terms';
import { thesaurusKey } from './thesaurus';
import type { Thesaurus } from './thesaurus';

/** Options of {@link buildTermTable}. */
export interface TermTableOptions {
  /** Text the terms are mined from. */
  fields?: 'title' | 'title-abstract';
  /** Minimum occurrences (documents under binary counting) of a term. */
  minOccurrences?: number;
  /** Binary counting (VOSviewer's default): a term counts once per document however often it is written. Otherwise every occurrence counts. */
  binary?: boolean;
  /** Share of the terms reaching `minOccurrences` that is kept, the most relevant first (VOSviewer: 60%). 1 keeps all. */
  relevantShare?: number;
  /** Thesaurus applied to every candidate before counting; matched on the phrase as written or on its singular form. */
  thesaurus?: Pick<Thesaurus, 'replacements'>;
  /** Options of the extractor (longest phrase, extra stop words, language). */
  extract?: ExtractTermsOptions;
  /** Progress, at most every 250 documents. */
  onProgress?: (progress: { phase: 'extract' | 'relevance'; done: number; total: number }) => void;
}

export const DEFAULT_TERM_TABLE_OPTIONS: Readonly<Required<Pick<TermTableOptions, 'fields' | 'minOccurrences' | 'binary' | 'relevantShare'>>> = {
  fields: 'title-abstract',
  minOccurrences: 10,
  binary: true,
  relevantShare: 0.6,
};

/** What happened between the candidate phrases and the table, so no term vanishes silently. */
export interface TermTableStats {
  /** Documents with some text in the chosen fields. */
  documentsWithText: number;
  /** Distinct candidate terms (after singular/plural merging and the thesaurus). */
  candidateCount: number;
  /** Candidates reaching `minOccurrences`. */
  meetingThreshold: number;
  /** Terms in the table: the most relevant share of those reaching the threshold. */
  selectedCount: number;
  /** Phrase occurrences renamed / removed by the thesaurus. */
  thesaurusReplaced: number;
  thesaurusRemoved: number;
}

/**
 * The documents x terms incidence. Same fields as `UnitTable` (keys, labels, occurrences,
 * docOffsets, docUnits, skipped) with `unit: 'terms'`, plus the relevance score of each term and
 * the number of times each document writes each of its terms.
 */
export interface TermTable extends Omit<UnitTable, 'unit' | 'citations'> {
  unit: 'terms';
  /** Relevance score of each term (see {@link termRelevance}), natural-log units (nats). */
  relevance: Float64Array;
  /** Parallel to `docUnits`: occurrences of that term in that document (>= 1). */
  docCounts: Int32Array;
  stats: TermTableStats;
}

/**
 * Relevance of each term, after VOSviewer's idea (van Eck & Waltman 2011; van Eck et al. 2010,
 * Scientometrics 82:581-596) that a general phrase ("paper", "interesting result") co-occurs
 * with all other terms about as often as they occur, while a specific one co-occurs with a few.
 * VOSviewer's exact computation is not published; this is the Kullback-Leibler divergence
 *
 *   R_i = sum_{j != i} p_ij ln(p_ij / q_ij),  p_ij = c_ij / sum_k c_ik,  q_ij = o_j / sum_{k != i} o_k
 *
 * with c_ij the number of documents containing both terms and o_j the number containing j.
 * A term that co-occurs with nothing scores 0. Input: the documents x terms incidence as CSR.
 */
export function termRelevance(docOffsets: Int32Array, docUnits: Int32Array, termCount: number): Float64Array {
  const docCount = docOffsets.length - 1;
  const occ = new Float64Array(termCount);
  for (let k = 0; k < docUnits.length; k++) occ[docUnits[k]]++;
  let totalOcc = 0;
  for (let j = 0; j < termCount; j++) totalOcc += occ[j];
  // Transpose: the documents of each term.
  const termOffsets = new Int32Array(termCount + 1);
  for (let k = 0; k < docUnits.length; k++) termOffsets[docUnits[k] + 1]++;
  for (let j = 0; j < termCount; j++) termOffsets[j + 1] += termOffsets[j];
  const termDocs = new Int32Array(docUnits.length);
  const fill = termOffsets.slice(0, termCount);
  for (let d = 0; d < docCount; d++) for (let k = docOffsets[d]; k < docOffsets[d + 1]; k++) termDocs[fill[docUnits[k]]++] = d;

  const relevance = new Float64Array(termCount);
  const co = new Float64Array(termCount);
  const touched: number[] = [];
  for (let i = 0; i < termCount; i++) {
    for (let t = termOffsets[i]; t < termOffsets[i + 1]; t++) {
      const d = termDocs[t];
      for (let k = docOffsets[d]; k < docOffsets[d + 1]; k++) {
        const j = docUnits[k];
        if (j === i) continue;
        if (co[j] === 0) touched.push(j);
        co[j]++;
      }
    }
    let sum = 0;
    for (const j of touched) sum += co[j];
    const others = totalOcc - occ[i];
    let r = 0;
    if (sum > 0 && others > 0) {
      for (const j of touched) {
        const p = co[j] / sum;
        r += p * Math.log(p / (occ[j] / others));
      }
      // Miller-Madow correction: a distribution estimated from few co-occurrences looks peaked by chance.
      r = Math.max(0, r - (touched.length - 1) / (2 * sum));
    }
    relevance[i] = r;
    for (const j of touched) co[j] = 0;
    touched.length = 0;
  }
  return relevance;
}

/**
 * Mines terms from the titles (and abstracts) of `publications` and returns the documents x
 * terms incidence of the selected terms, numbered in order of first appearance, each labelled by
 * its most frequent written form (or by the thesaurus replacement that produced it).
 */
export function buildTermTable(publications: readonly Publication[], options: TermTableOptions = {}): TermTable {
  const { fields, minOccurrences, binary, relevantShare } = { ...DEFAULT_TERM_TABLE_OPTIONS, ...options };
  const { thesaurus, onProgress } = options;
  // Thesaurus labels also match by their merge key, so "Resilience Indicators" covers "resilience indicator".
  const byKey = new Map<string, string | null>();
  if (thesaurus) for (const [label, replacement] of thesaurus.replacements) if (!byKey.has(termKey(label))) byKey.set(termKey(label), replacement);

  const keys: string[] = [];
  const index = new Map<string, number>();
  const surfaces: Map<string, number>[] = [];
  const forcedLabel = new Map<number, string>();
  const docs: Map<number, number>[] = [];
  let documentsWithText = 0;
  let thesaurusReplaced = 0;
  let thesaurusRemoved = 0;

  for (let d = 0; d < publications.length; d++) {
    const p = publications[d];
    const texts = fields === 'title' ? [p.title] : [p.title, p.abstract ?? ''];
    const counts = new Map<number, number>();
    if (texts.some((t) => t.trim())) documentsWithText++;
    for (const text of texts) {
      for (const term of extractTerms(text, options.extract)) {
        let { key, label } = term;
        let forced: string | undefined;
        if (thesaurus) {
          const found = thesaurus.replacements.get(thesaurusKey(label));
          const replacement = found === undefined ? byKey.get(key) : found;
          if (replacement === null) {
            thesaurusRemoved++;
            continue;
          }
          if (replacement !== undefined) {
            thesaurusReplaced++;
            forced = replacement;
            key = termKey(replacement);
            label = replacement.toLowerCase();
          }
        }
        let id = index.get(key);
        if (id === undefined) {
          id = keys.length;
          index.set(key, id);
          keys.push(key);
          surfaces.push(new Map());
        }
        if (forced !== undefined && !forcedLabel.has(id)) forcedLabel.set(id, forced);
        surfaces[id].set(label, (surfaces[id].get(label) ?? 0) + 1);
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    docs.push(counts);
    if (onProgress && (d + 1) % 250 === 0) onProgress({ phase: 'extract', done: d + 1, total: publications.length });
  }

  const candidateOcc = new Int32Array(keys.length);
  for (const counts of docs) for (const [id, n] of counts) candidateOcc[id] += binary ? 1 : n;
  // Candidates reaching the threshold, renumbered 0..m-1 in order of first appearance.
  const kept = new Int32Array(keys.length).fill(-1);
  const keptIds: number[] = [];
  for (let id = 0; id < keys.length; id++) if (candidateOcc[id] >= minOccurrences) kept[id] = keptIds.push(id) - 1;

  const toCsr = (map: Int32Array): { offsets: Int32Array; units: Int32Array; counts: Int32Array } => {
    const offsets = new Int32Array(docs.length + 1);
    const units: number[] = [];
    const counts: number[] = [];
    docs.forEach((doc, d) => {
      offsets[d] = units.length;
      for (const [id, n] of doc) {
        if (map[id] < 0) continue;
        units.push(map[id]);
        counts.push(n);
      }
    });
    offsets[docs.length] = units.length;
    return { offsets, units: Int32Array.from(units), counts: Int32Array.from(counts) };
  };

  onProgress?.({ phase: 'relevance', done: 0, total: keptIds.length });
  const keptCsr = toCsr(kept);
  const keptRelevance = termRelevance(keptCsr.offsets, keptCsr.units, keptIds.length);
  const share = Math.min(1, Math.max(0, relevantShare));
  const selectCount = share >= 1 ? keptIds.length : Math.round(share * keptIds.length);
  const order = keptIds.map((_, k) => k).sort((a, b) => keptRelevance[b] - keptRelevance[a] || candidateOcc[keptIds[b]] - candidateOcc[keptIds[a]] || a - b);
  const isSelected = new Uint8Array(keptIds.length);
  for (let r = 0; r < selectCount; r++) isSelected[order[r]] = 1;

  const finalIndex = new Int32Array(keys.length).fill(-1);
  const tableKeys: string[] = [];
  const labels: string[] = [];
  const occurrences: number[] = [];
  const relevance: number[] = [];
  keptIds.forEach((id, k) => {
    if (!isSelected[k]) return;
    finalIndex[id] = tableKeys.length;
    tableKeys.push(keys[id]);
    labels.push(forcedLabel.get(id) ?? mostFrequent(surfaces[id]));
    occurrences.push(candidateOcc[id]);
    relevance.push(keptRelevance[k]);
  });
  const csr = toCsr(finalIndex);
  onProgress?.({ phase: 'relevance', done: keptIds.length, total: keptIds.length });
  return {
    unit: 'terms',
    keys: tableKeys,
    labels,
    occurrences: Int32Array.from(occurrences),
    relevance: Float64Array.from(relevance),
    docOffsets: csr.offsets,
    docUnits: csr.units,
    docCounts: csr.counts,
    skipped: publications.length - documentsWithText,
    stats: {
      documentsWithText,
      candidateCount: keys.length,
      meetingThreshold: keptIds.length,
      selectedCount: tableKeys.length,
      thesaurusReplaced,
      thesaurusRemoved,
    },
  };
}

/** The most frequent written form; the first met wins a tie. */
function mostFrequent(forms: Map<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [form, count] of forms) {
    if (count > bestCount) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}
