/**
 * Cluster labels mined from the documents behind each cluster (ANALYTICS.md section 8): for a
 * co-citation map the documents citing the cluster's items (as CiteSpace does), for co-occurrence,
 * co-authorship and coupling maps the documents containing the items. Terms come from titles and
 * keywords ({@link documentTerms}) and are ranked two ways:
 *
 * - Log-likelihood ratio (Dunning, T. 1993. Accurate methods for the statistics of surprise and
 *   coincidence. Comput. Linguist. 19(1):61-74): per term and cluster the 2 x 2 table of documents
 *   (term present / absent x in the cluster / in the rest), E = row total x column total / N,
 *   G² = 2 Σ O ln(O / E) (empty cells add 0); only terms over-represented in the cluster
 *   (O11 > E11) are ranked.
 * - TF-IDF, cluster-level variant: w(t, c) = tf(t, c) · ln(K / df(t)), tf = occurrences of t in
 *   the cluster's documents, K = number of clusters with at least one document, df = number of
 *   those clusters whose documents contain t. Terms with w = 0 (found in every cluster) are not
 *   ranked.
 *
 * Ties are broken by documents of the cluster containing the term (more first), then by the term's
 * key in code-unit order, so labels never depend on input order or locale.
 */
import type { Publication } from '../model';
import type { UnitTable } from '../network/units';
import { DEFAULT_TERM_OPTIONS, documentTerms, stopWordsOf, type LabelDocument, type TermOptions } from './terms';

const err = (message: string): Error => new Error(`domain/themes: ${message}`);

/**
 * The cluster of each unit of a unit table, from a map's nodes: `unitIndex[node]` is the node's
 * unit (`BuiltNetwork.unitIndex`), `nodeClusters[node]` its cluster. Units not on the map get -1.
 */
export function unitClustersFromNodes(unitCount: number, unitIndex: ArrayLike<number>, nodeClusters: ArrayLike<number>): Int32Array {
  if (unitIndex.length !== nodeClusters.length) throw err(`unitIndex has ${unitIndex.length} nodes but nodeClusters ${nodeClusters.length}`);
  const out = new Int32Array(unitCount).fill(-1);
  for (let node = 0; node < unitIndex.length; node++) {
    const unit = unitIndex[node];
    if (unit < 0 || unit >= unitCount) throw err(`node ${node} names unit ${unit}, outside 0..${unitCount - 1}`);
    out[unit] = nodeClusters[node];
  }
  return out;
}

/**
 * The documents behind each cluster: document d belongs to cluster c when one of its units (row d
 * of the incidence `docOffsets` / `docUnits`) is in c. For cited units that is "d cites the
 * cluster", for the others "d contains an item of the cluster". A document can be behind several
 * clusters. Returns, per cluster id 0..clusterCount-1, ascending document indices (indices into the
 * publications the unit table was extracted from). Units with a negative cluster are ignored.
 */
export function clusterDocuments(table: Pick<UnitTable, 'docOffsets' | 'docUnits'>, unitClusters: ArrayLike<number>, clusterCount: number): Int32Array[] {
  const documentCount = table.docOffsets.length - 1;
  const lists: number[][] = Array.from({ length: clusterCount }, () => []);
  // Documents are visited in order, so "last document added" is enough to de-duplicate.
  const lastDoc = new Int32Array(clusterCount).fill(-1);
  for (let d = 0; d < documentCount; d++) {
    for (let k = table.docOffsets[d]; k < table.docOffsets[d + 1]; k++) {
      const c = unitClusters[table.docUnits[k]];
      if (c === undefined || c < 0) continue;
      if (c >= clusterCount) throw err(`unit ${table.docUnits[k]} is in cluster ${c}, outside 0..${clusterCount - 1}`);
      if (lastDoc[c] === d) continue;
      lastDoc[c] = d;
      lists[c].push(d);
    }
  }
  return lists.map((list) => Int32Array.from(list));
}

/** Title and keywords (author keywords, then index keywords) of each publication. */
export const labelDocumentsFromPublications = (publications: readonly Publication[]): LabelDocument[] =>
  publications.map((p) => ({ title: p.title, keywords: [...p.authorKeywords, ...p.indexKeywords] }));

/**
 * Dunning's log-likelihood ratio G² of a 2 x 2 table of counts
 * [[o11, o12], [o21, o22]]: G² = 2 Σ O ln(O / E), E = row total · column total / grand total,
 * cells with O = 0 adding 0. Follows χ²(1): 3.84 ↔ p = 0.05, 6.63 ↔ 0.01, 10.83 ↔ 0.001.
 */
export function logLikelihoodRatio(o11: number, o12: number, o21: number, o22: number): number {
  const n = o11 + o12 + o21 + o22;
  if (!(n > 0)) return 0;
  const r1 = o11 + o12;
  const r2 = o21 + o22;
  const c1 = o11 + o21;
  const c2 = o12 + o22;
  const cell = (o: number, row: number, column: number): number => (o > 0 ? o * Math.log((o * n) / (row * column)) : 0);
  const g2 = 2 * (cell(o11, r1, c1) + cell(o12, r1, c2) + cell(o21, r2, c1) + cell(o22, r2, c2));
  // Rounding can leave a tiny negative value for a table that fits its expectation exactly.
  return g2 > 0 ? g2 : 0;
}

/** Options of {@link labelClusters}. */
export interface LabelOptions extends TermOptions {
  /** Number of terms returned per cluster and method. Default 10. */
  topK: number;
  /** A term is ranked for a cluster only when at least this many of the cluster's documents contain it. Default 1. */
  minDocuments: number;
  /**
   * The "rest" the log-likelihood ratio compares a cluster against: the other documents behind any
   * cluster ('clustered', default) or every document given ('all').
   */
  background: 'clustered' | 'all';
}

export const DEFAULT_LABEL_OPTIONS: Readonly<LabelOptions> = { ...DEFAULT_TERM_OPTIONS, topK: 10, minDocuments: 1, background: 'clustered' };

/** One ranked term of a cluster. */
export interface LabelTerm {
  /** The spelling shown: the term's most frequent spelling in all documents (ties: code-unit order). */
  term: string;
  /** The merge key (lower case, plurals merged). */
  key: string;
  /** G² (log-likelihood ratio) or w (TF-IDF). */
  score: number;
  /** Documents of the cluster containing the term. */
  documents: number;
  /** Occurrences of the term in the cluster's documents (the tf of TF-IDF). */
  occurrences: number;
}

/** The labels of one cluster. */
export interface ClusterLabels {
  cluster: number;
  /** Documents behind the cluster. */
  documentCount: number;
  /** Top terms by log-likelihood ratio, highest first. */
  llr: LabelTerm[];
  /** Top terms by TF-IDF, highest first. */
  tfidf: LabelTerm[];
}

interface TermCount {
  documents: number;
  occurrences: number;
}

const byScore = (a: LabelTerm, b: LabelTerm): number => b.score - a.score || b.documents - a.documents || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Labels every cluster from the titles and keywords of its documents, by log-likelihood ratio and
 * by TF-IDF (see the file banner for the formulas). `clusterDocs[c]` lists the document indices
 * behind cluster c (from {@link clusterDocuments}); `documents[d]` is document d's text. Every
 * returned term occurs in at least `minDocuments` of the cluster's documents.
 */
export function labelClusters(clusterDocs: readonly ArrayLike<number>[], documents: readonly LabelDocument[], options: Partial<LabelOptions> = {}): ClusterLabels[] {
  const opts = { ...DEFAULT_LABEL_OPTIONS, ...options };
  const stop = stopWordsOf(opts);
  const documentCount = documents.length;

  // The documents of each cluster, de-duplicated, and the background universe.
  const inUniverse = new Uint8Array(documentCount);
  const docsOf: number[][] = clusterDocs.map((list, c) => {
    const seen = new Set<number>();
    for (let k = 0; k < list.length; k++) {
      const d = list[k];
      if (!Number.isInteger(d) || d < 0 || d >= documentCount) throw err(`cluster ${c} names document ${d}, outside 0..${documentCount - 1}`);
      seen.add(d);
      inUniverse[d] = 1;
    }
    return [...seen].sort((a, b) => a - b);
  });
  if (opts.background === 'all') inUniverse.fill(1);

  // Terms of each universe document, counted once per document for the 2 x 2 tables.
  const termsOf: (Map<string, number> | undefined)[] = new Array(documentCount);
  const backgroundDf = new Map<string, number>();
  const surfaces = new Map<string, Map<string, number>>();
  let universeSize = 0;
  for (let d = 0; d < documentCount; d++) {
    if (!inUniverse[d]) continue;
    universeSize++;
    const counts = new Map<string, number>();
    for (const { key, surface } of documentTerms(documents[d], opts, stop)) {
      counts.set(key, (counts.get(key) ?? 0) + 1);
      let spellings = surfaces.get(key);
      if (!spellings) surfaces.set(key, (spellings = new Map()));
      spellings.set(surface, (spellings.get(surface) ?? 0) + 1);
    }
    for (const key of counts.keys()) backgroundDf.set(key, (backgroundDf.get(key) ?? 0) + 1);
    termsOf[d] = counts;
  }
  const display = (key: string): string => {
    let best = key;
    let bestCount = -1;
    for (const [surface, count] of surfaces.get(key) ?? []) {
      if (count > bestCount || (count === bestCount && surface < best)) {
        best = surface;
        bestCount = count;
      }
    }
    return best;
  };

  // Per cluster: documents containing each term and its occurrences.
  const clusterTerms: Map<string, TermCount>[] = docsOf.map((docs) => {
    const counts = new Map<string, TermCount>();
    for (const d of docs) {
      for (const [key, occurrences] of termsOf[d] ?? []) {
        const entry = counts.get(key);
        if (entry) {
          entry.documents++;
          entry.occurrences += occurrences;
        } else counts.set(key, { documents: 1, occurrences });
      }
    }
    return counts;
  });
  const nonEmptyClusters = docsOf.filter((docs) => docs.length > 0).length;
  const clusterDf = new Map<string, number>();
  for (const counts of clusterTerms) for (const key of counts.keys()) clusterDf.set(key, (clusterDf.get(key) ?? 0) + 1);

  return docsOf.map((docs, cluster) => {
    const size = docs.length;
    const llr: LabelTerm[] = [];
    const tfidf: LabelTerm[] = [];
    for (const [key, { documents: a, occurrences }] of clusterTerms[cluster]) {
      if (a < opts.minDocuments) continue;
      const withTerm = backgroundDf.get(key) ?? 0;
      // O11 > E11  <=>  a / size > withTerm / N: the term is over-represented in the cluster.
      if (a * universeSize > withTerm * size) {
        const g2 = logLikelihoodRatio(a, withTerm - a, size - a, universeSize - size - (withTerm - a));
        llr.push({ term: '', key, score: g2, documents: a, occurrences });
      }
      const w = occurrences * Math.log(nonEmptyClusters / (clusterDf.get(key) ?? 1));
      if (w > 0) tfidf.push({ term: '', key, score: w, documents: a, occurrences });
    }
    const top = (list: LabelTerm[]): LabelTerm[] =>
      list
        .sort(byScore)
        .slice(0, opts.topK)
        .map((t) => ({ ...t, term: display(t.key) }));
    return { cluster, documentCount: size, llr: top(llr), tfidf: top(tfidf) };
  });
}
