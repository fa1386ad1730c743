/**
 * Co-occurrence networks from publications (ANALYTICS.md section 2): co-citation, bibliographic
 * coupling, co-authorship and keyword co-occurrence, with full or fractional counting
 * (Perianes-Rodriguez, Waltman & van Eck 2016, J. Informetrics 10(4):1178-1195), item thresholds
 * applied before any pair is counted, and links stored as raw counts in CSR form (as in
 * VOSviewer network files). Normalisation is a separate step ({@link normalizeNetwork}).
 *
 * Work is split so a dialog can stay live: {@link prepareNetwork} extracts the incidence once,
 * {@link countItemsMeetingThreshold} answers a slider in O(log n), and
 * {@link buildPreparedNetwork} counts pairs for the chosen thresholds.
 */
import type { Publication } from '../model';
import { matchReferences } from '../references';
import { accumulatePairs, restrictIncidence, type Incidence } from './accumulate';
import type { CsrNetwork } from './csr';
import type { Thesaurus } from '../text/thesaurus';
import { extractUnits, type UnitTable, isCitedUnit, type UnitKind } from './units';

export type NetworkType = 'co-citation' | 'coupling' | 'co-authorship' | 'co-occurrence';
export type Counting = 'full' | 'fractional';

/** The units each network type can be built on. */
export const NETWORK_UNITS: Readonly<Record<NetworkType, readonly UnitKind[]>> = {
  'co-citation': ['cited-references', 'cited-authors', 'cited-sources'],
  coupling: ['documents', 'authors', 'sources', 'institutions', 'countries'],
  'co-authorship': ['authors', 'institutions', 'countries'],
  'co-occurrence': ['author-keywords', 'index-keywords', 'keywords', 'terms'],
};

/** What is fixed once per dialog: which network, on which units, from which documents. */
export interface PrepareNetworkOptions {
  type: NetworkType;
  unit: UnitKind;
  /** Documents with more authors are left out entirely (VOSviewer offers 25 for co-authorship). Default: no limit. */
  maxAuthorsPerDocument?: number;
  /** Labels of cited works by id (`matchReferences(...).works`); when absent, matching runs here. */
  workLabels?: ReadonlyMap<string, string>;
  /** Thesaurus applied to keywords and terms. */
  thesaurus?: Pick<Thesaurus, 'replacements'>;
}

/** What a threshold slider changes. */
export interface ThresholdOptions {
  counting: Counting;
  /** Minimum weight (occurrences, or citations for cited units and documents) of an item. Default 1 (0 for documents). */
  minOccurrences: number;
  /** Keep at most this many items (after the minimum), by total link strength (VOSviewer) or by weight. */
  topN?: number;
  topBy: 'link-strength' | 'occurrences';
  /** Links weaker than this (raw count, after fractional counting) are left out. */
  minLinkStrength: number;
}

export type BuildNetworkOptions = PrepareNetworkOptions & Partial<ThresholdOptions>;

export const DEFAULT_THRESHOLDS: Readonly<ThresholdOptions> = { counting: 'full', minOccurrences: 1, topN: undefined, topBy: 'link-strength', minLinkStrength: 0 };

/** The extracted incidence of one network type, ready to be thresholded and counted. */
export interface PreparedNetwork {
  type: NetworkType;
  unit: UnitKind;
  keys: string[];
  labels: string[];
  /** Occurrences (documents) per unit; citing documents for cited references; references for cited authors and sources; times cited for documents. */
  weights: Float64Array;
  /** Carriers x units: documents x units, or for coupling cited works x units (with multiplicities). */
  incidence: Incidence;
  /** Number of items each carrier holds before any threshold (n_d of the fractional formula). */
  carrierSizes: Float64Array;
  /** Documents used, and documents left out by `maxAuthorsPerDocument`. */
  documentCount: number;
  ignoredDocuments: number;
  /** Weights sorted ascending, for {@link countItemsMeetingThreshold}. */
  sortedWeights: Float64Array;
  /** The documents used (after `maxAuthorsPerDocument`) and their units: what lies behind every item. */
  documents: readonly Publication[];
  units: UnitTable;
}

export interface ThresholdCounts {
  /** Distinct units found. */
  units: number;
  /** Units whose weight reaches `minOccurrences`. */
  meetingThreshold: number;
  /** Units kept after top N: the nodes of the network. */
  selected: number;
}

export interface BuiltNetwork {
  type: NetworkType;
  unit: UnitKind;
  counting: Counting;
  /** Raw link strengths: co-occurrence counts, full or fractional. */
  network: CsrNetwork;
  labels: string[];
  keys: string[];
  /** Weight of each node: occurrences, or citations (cited units, documents). */
  weights: Float64Array;
  /**
   * The removed diagonal c_ii under the same counting (occurrences for full co-occurrence, number
   * of references for document coupling; under fractional counting carriers with one item add
   * nothing, as in C_frac): the c_i of cosine, Jaccard and inclusion.
   */
  diagonal: Float64Array;
  /** Unit index (into the prepared keys) of each node. */
  unitIndex: Int32Array;
  documentCount: number;
  ignoredDocuments: number;
  thresholdCounts: ThresholdCounts;
}

const err = (message: string): Error => new Error(`domain/network: ${message}`);

/** Extracts the incidence of a network type once; cheap to threshold and count afterwards. */
export function prepareNetwork(publications: readonly Publication[], options: PrepareNetworkOptions): PreparedNetwork {
  const { type, unit } = options;
  if (!NETWORK_UNITS[type].includes(unit)) throw err(`a ${type} network cannot be built on ${unit} (use one of ${NETWORK_UNITS[type].join(', ')})`);
  const needsWorks = type === 'coupling' || isCitedUnit(unit);
  let workLabels = options.workLabels;
  // Match on the whole set so the cited works are the same whichever documents are used.
  if (needsWorks && !workLabels) workLabels = new Map(matchReferences(publications).works.map((w) => [w.id as string, w.label]));
  const max = options.maxAuthorsPerDocument;
  const used = max === undefined ? publications : publications.filter((p) => p.authors.length <= max);
  const table = extractUnits(used, unit, { workLabels, thesaurus: options.thesaurus });
  // A cited work listed twice by one document is one citation (citing documents); a cited author
  // or source is cited once per reference to it; a document weighs its times cited.
  const weights = Float64Array.from(unit === 'cited-references' ? table.occurrences : (table.citations ?? table.occurrences));
  let incidence: Incidence;
  if (type !== 'coupling') {
    incidence = { carrierCount: used.length, nodeCount: table.keys.length, offsets: table.docOffsets, nodes: table.docUnits };
  } else {
    // B = Gᵀ(AAᵀ)G = MᵀM with M = AᵀG: cited works x units, M_ra = documents of unit a citing r.
    const refs = extractUnits(used, 'cited-references', { workLabels });
    const offsets = new Int32Array(refs.keys.length + 1);
    for (let d = 0; d < used.length; d++) {
      const units = table.docOffsets[d + 1] - table.docOffsets[d];
      for (let k = refs.docOffsets[d]; k < refs.docOffsets[d + 1]; k++) offsets[refs.docUnits[k] + 1] += units;
    }
    for (let r = 0; r < refs.keys.length; r++) offsets[r + 1] += offsets[r];
    const nodes = new Int32Array(offsets[refs.keys.length]);
    const fill = offsets.slice(0, refs.keys.length);
    for (let d = 0; d < used.length; d++) {
      for (let k = refs.docOffsets[d]; k < refs.docOffsets[d + 1]; k++) {
        const r = refs.docUnits[k];
        for (let u = table.docOffsets[d]; u < table.docOffsets[d + 1]; u++) nodes[fill[r]++] = table.docUnits[u];
      }
    }
    incidence = { carrierCount: refs.keys.length, nodeCount: table.keys.length, offsets, nodes };
  }
  const carrierSizes = new Float64Array(incidence.carrierCount);
  for (let c = 0; c < incidence.carrierCount; c++) carrierSizes[c] = incidence.offsets[c + 1] - incidence.offsets[c];
  return {
    type,
    unit,
    keys: table.keys,
    labels: table.labels,
    weights,
    incidence,
    carrierSizes,
    documentCount: used.length,
    ignoredDocuments: publications.length - used.length,
    sortedWeights: weights.slice().sort(),
    documents: used,
    units: table,
  };
}

/** Number of items whose weight reaches `minOccurrences` (binary search: safe to call on every slider move). */
export function countItemsMeetingThreshold(prepared: PreparedNetwork, minOccurrences: number): number {
  const w = prepared.sortedWeights;
  let lo = 0;
  let hi = w.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (w[mid] < minOccurrences) lo = mid + 1;
    else hi = mid;
  }
  return w.length - lo;
}

/** Per-carrier factor: 1 (full) or 1/(n_c - 1) (fractional; carriers with one item add nothing). */
function carrierWeights(prepared: PreparedNetwork, counting: Counting): Float64Array {
  const out = new Float64Array(prepared.carrierSizes.length);
  for (let c = 0; c < out.length; c++) {
    const n = prepared.carrierSizes[c];
    out[c] = counting === 'full' ? 1 : n >= 2 ? 1 / (n - 1) : 0;
  }
  return out;
}

/**
 * Total link strength of each kept node without forming pairs:
 * TLS_i = Σ_c w_c · M_ci · (S_c − M_ci), S_c = Σ_j M_cj over kept nodes (the row sums of C minus its diagonal).
 */
function totalLinkStrengths(incidence: Incidence, weights: Float64Array): Float64Array {
  const out = new Float64Array(incidence.nodeCount);
  const { offsets, nodes, values } = incidence;
  for (let c = 0; c < incidence.carrierCount; c++) {
    let sum = 0;
    for (let k = offsets[c]; k < offsets[c + 1]; k++) sum += values ? values[k] : 1;
    for (let k = offsets[c]; k < offsets[c + 1]; k++) {
      const v = values ? values[k] : 1;
      out[nodes[k]] += weights[c] * v * (sum - v);
    }
  }
  return out;
}

/**
 * Applies the item thresholds (minimum weight, then top N by total link strength among the items
 * meeting the minimum, or by weight; ties go to the heavier, then earlier item) and counts pairs.
 * The fractional factor 1/(n_d − 1) uses each carrier's size before thresholds, so removing an
 * item never changes the strength of the links between the items that remain.
 */
export function buildPreparedNetwork(prepared: PreparedNetwork, thresholds: Partial<ThresholdOptions> = {}): BuiltNetwork {
  const counting = thresholds.counting ?? DEFAULT_THRESHOLDS.counting;
  // Documents' weight is times cited: by default uncited documents stay in.
  const minOccurrences = thresholds.minOccurrences ?? (prepared.unit === 'documents' ? 0 : DEFAULT_THRESHOLDS.minOccurrences);
  const topN = thresholds.topN ?? DEFAULT_THRESHOLDS.topN;
  const topBy = thresholds.topBy ?? DEFAULT_THRESHOLDS.topBy;
  const minLinkStrength = thresholds.minLinkStrength ?? DEFAULT_THRESHOLDS.minLinkStrength;
  const unitCount = prepared.keys.length;
  const keep = new Uint8Array(unitCount);
  let meeting = 0;
  for (let i = 0; i < unitCount; i++) {
    if (prepared.weights[i] < minOccurrences) continue;
    keep[i] = 1;
    meeting++;
  }
  const factors = carrierWeights(prepared, counting);
  let restricted = restrictIncidence(prepared.incidence, keep);
  if (topN !== undefined && topN < meeting) {
    const score = topBy === 'link-strength' ? totalLinkStrengths(restricted.incidence, factors) : undefined;
    const order = Array.from(restricted.oldIndex.keys());
    const w = prepared.weights;
    const old = restricted.oldIndex;
    order.sort((a, b) => (score ? score[b] - score[a] : 0) || w[old[b]] - w[old[a]] || old[a] - old[b]);
    keep.fill(0);
    for (let k = 0; k < Math.max(0, topN); k++) keep[old[order[k]]] = 1;
    restricted = restrictIncidence(prepared.incidence, keep);
  }
  const { incidence, oldIndex } = restricted;
  const network = accumulatePairs(incidence, factors, minLinkStrength);
  const diagonal = new Float64Array(incidence.nodeCount);
  for (let c = 0; c < incidence.carrierCount; c++) {
    for (let k = incidence.offsets[c]; k < incidence.offsets[c + 1]; k++) {
      const v = incidence.values ? incidence.values[k] : 1;
      diagonal[incidence.nodes[k]] += factors[c] * v * v;
    }
  }
  return {
    type: prepared.type,
    unit: prepared.unit,
    counting,
    network,
    labels: Array.from(oldIndex, (i) => prepared.labels[i]),
    keys: Array.from(oldIndex, (i) => prepared.keys[i]),
    weights: Float64Array.from(oldIndex, (i) => prepared.weights[i]),
    diagonal,
    unitIndex: oldIndex,
    documentCount: prepared.documentCount,
    ignoredDocuments: prepared.ignoredDocuments,
    thresholdCounts: { units: unitCount, meetingThreshold: meeting, selected: oldIndex.length },
  };
}

/**
 * Builds a network from publications in one call: {@link prepareNetwork} then
 * {@link buildPreparedNetwork}. Link strength is the raw (full or fractional) co-occurrence count.
 */
export function buildNetwork(publications: readonly Publication[], options: BuildNetworkOptions): BuiltNetwork {
  return buildPreparedNetwork(prepareNetwork(publications, options), options);
}
