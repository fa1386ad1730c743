import { describe, expect, it } from 'vitest';
import { importFile } from '../import';
import { hasSampleData, sampleBytes } from '../import/test-support';
import { DEFAULT_MAP_OPTIONS, runMap } from '../maps/run-map';
import { buildNetwork, extractUnits } from '../network';
import { publication, reference } from '../network/test-support';
import { clusterDocuments, labelClusters, labelDocumentsFromPublications, logLikelihoodRatio, unitClustersFromNodes } from './labels';
import { documentTerms, singularize } from './terms';

const doc = (title: string, keywords: string[] = []) => ({ title, keywords });

describe('terms', () => {
  it('merges simple plurals and leaves non-plurals alone', () => {
    expect(['studies', 'processes', 'approaches', 'networks', 'analyses', 'analysis', 'series', 'status', 'data', 'gas', 'class'].map(singularize)).toEqual([
      'study',
      'process',
      'approach',
      'network',
      'analyse',
      'analysis',
      'series',
      'status',
      'data',
      'gas',
      'class',
    ]);
  });

  it('takes title words and pairs that neither stop words nor punctuation break, then keywords', () => {
    const terms = documentTerms(doc('Co-citation Networks: a review of the 2019 studies', ['Science Mapping']));
    expect(terms.map((t) => t.key)).toEqual(['co-citation', 'network', 'co-citation network', 'review', 'study', 'science mapping']);
    expect(terms.map((t) => t.surface)).toEqual(['co-citation', 'networks', 'co-citation networks', 'review', 'studies', 'science mapping']);
    expect(documentTerms(doc('Graph networks for graphs', ['graph']), { bigrams: false, useKeywords: false }).map((t) => t.key)).toEqual(['graph', 'network', 'graph']);
    expect(documentTerms(doc('Leiden or Louvain'), { extraStopWords: ['Leiden'] }).map((t) => t.key)).toEqual(['louvain']);
  });
});

describe('logLikelihoodRatio', () => {
  it('matches G² computed by hand', () => {
    // [[3, 1], [1, 3]]: N = 8, all margins 4, so every E = 4·4/8 = 2.
    // G² = 2·(3 ln(3/2) + 1 ln(1/2) + 1 ln(1/2) + 3 ln(3/2)) = 12 ln 1.5 − 4 ln 2
    //    = 12·0.4054651 − 4·0.6931472 = 4.8655813 − 2.7725887 = 2.0929926
    expect(logLikelihoodRatio(3, 1, 1, 3)).toBeCloseTo(2.0929926, 6);
    // [[2, 0], [0, 2]]: every E = 1; zero cells add 0: G² = 2·(2 ln 2 + 2 ln 2) = 8 ln 2 = 5.5451774
    expect(logLikelihoodRatio(2, 0, 0, 2)).toBeCloseTo(5.5451774, 6);
    // Independence: [[1, 2], [2, 4]] fits its expectation exactly, G² = 0.
    expect(logLikelihoodRatio(1, 2, 2, 4)).toBe(0);
    expect(logLikelihoodRatio(0, 0, 0, 0)).toBe(0);
  });
});

describe('clusterDocuments', () => {
  it('derives the documents behind each cluster from the incidence and unit clusters', () => {
    // d0 has units 0, 1; d1 has unit 1; d2 has units 2, 0. Unit 0 -> cluster 0, unit 1 -> 1, unit 2 off the map.
    const table = { docOffsets: Int32Array.from([0, 2, 3, 5]), docUnits: Int32Array.from([0, 1, 1, 2, 0]) };
    const unitClusters = unitClustersFromNodes(3, [0, 1], [0, 1]);
    expect([...unitClusters]).toEqual([0, 1, -1]);
    expect(clusterDocuments(table, unitClusters, 2).map((d) => [...d])).toEqual([
      [0, 2],
      [0, 1],
    ]);
    expect([...unitClustersFromNodes(3, [2, 0], [1, 0])]).toEqual([0, -1, 1]);
  });
});

describe('clusterDocuments on cited references', () => {
  it('puts the citing documents behind a co-citation cluster', () => {
    const pubs = [
      publication(1, { title: 'Leiden clustering', references: [reference('10.1/a'), reference('10.1/b')] }),
      publication(2, { title: 'Citation maps', references: [reference('10.1/c')] }),
      publication(3, { title: 'Leiden maps', references: [reference('10.1/b'), reference('10.1/c')] }),
    ];
    const table = extractUnits(pubs, 'cited-references');
    // Units in order of first appearance: a, b, c. Cluster 0 = {a, b}, cluster 1 = {c}.
    const docsOf = clusterDocuments(table, [0, 0, 1], 2);
    expect(docsOf.map((d) => [...d])).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const labels = labelClusters(docsOf, labelDocumentsFromPublications(pubs), { bigrams: false });
    // leiden: in both documents of cluster 0 and nowhere else in the universe of 3.
    expect(labels[0].llr[0].term).toBe('leiden');
    // "maps" is shown as written; its merge key is the singular.
    expect([labels[1].llr[0].term, labels[1].llr[0].key]).toEqual(['maps', 'map']);
  });
});

describe('labelClusters', () => {
  it('ranks by log-likelihood ratio and TF-IDF as computed by hand', () => {
    // Cluster 0 = d0, d1; cluster 1 = d2, d3. Terms (no pairs): d0 {graph, network}, d1 {graph, clustering},
    // d2 {citation, network}, d3 {citation, analysis}. N = 4 documents, cluster size 2.
    const docs = [doc('Graph networks'), doc('Graph clustering'), doc('Citation network'), doc('Citation analysis')];
    const [c0, c1] = labelClusters([[0, 1], [2, 3]], docs, { bigrams: false });
    // graph: [[2, 0], [0, 2]] -> 8 ln 2 = 5.5451774.
    // clustering: [[1, 0], [1, 2]], E11 = 1·2/4 = 0.5, E21 = 3·2/4 = 1.5, E22 = 3·2/4 = 1.5;
    //   G² = 2·(1 ln 2 + 1 ln(1/1.5) + 2 ln(2/1.5)) = 2·(0.6931472 − 0.4054651 + 0.5753641) = 1.7260924.
    // network: O11 = 1 = E11 = 2·2/4, not over-represented, so not ranked.
    expect(c0.llr.map((t) => [t.term, t.documents])).toEqual([
      ['graph', 2],
      ['clustering', 1],
    ]);
    expect(c0.llr[0].score).toBeCloseTo(5.5451774, 6);
    expect(c0.llr[1].score).toBeCloseTo(1.7260924, 6);
    // TF-IDF with K = 2: graph 2·ln(2/1) = 1.3862944, clustering 1·ln 2 = 0.6931472, network 2 clusters -> ln 1 = 0.
    expect(c0.tfidf.map((t) => t.term)).toEqual(['graph', 'clustering']);
    expect(c0.tfidf[0].score).toBeCloseTo(1.3862944, 6);
    expect(c0.tfidf[1].score).toBeCloseTo(0.6931472, 6);
    expect(c1.llr.map((t) => t.term)).toEqual(['citation', 'analysis']);
    expect(c1.documentCount).toBe(2);
  });

  it('weighs TF-IDF on three tiny documents, ties broken by key', () => {
    // One document per cluster, K = 3. d0: leiden, clustering + keyword "clustering" (tf 2);
    // d1: louvain, clustering; d2: citation, analysis. clustering is in 2 clusters: idf ln(3/2) = 0.4054651;
    // the others in 1: idf ln 3 = 1.0986123.
    const docs = [doc('Leiden clustering', ['Clustering']), doc('Louvain clustering'), doc('Citation analysis')];
    const labels = labelClusters([[0], [1], [2]], docs, { bigrams: false });
    // d0: leiden 1·1.0986123; clustering 2·0.4054651 = 0.8109302.
    expect(labels[0].tfidf.map((t) => [t.term, t.occurrences])).toEqual([
      ['leiden', 1],
      ['clustering', 2],
    ]);
    expect(labels[0].tfidf[0].score).toBeCloseTo(1.0986123, 6);
    expect(labels[0].tfidf[1].score).toBeCloseTo(0.8109302, 6);
    expect(labels[1].tfidf[1].score).toBeCloseTo(0.4054651, 6);
    // analysis and citation tie at 1.0986123 with one document each: key order decides.
    expect(labels[2].tfidf.map((t) => t.term)).toEqual(['analysis', 'citation']);
  });

  it('shows the most frequent spelling of a merged term, is order-independent and honours topK / minDocuments', () => {
    const docs = [doc('Citation networks'), doc('Citation networks'), doc('Citation network'), doc('Patent maps'), doc('Patent maps')];
    const labels = labelClusters([[0, 1, 2], [3, 4]], docs, { topK: 2 });
    expect(labels[0].llr.map((t) => t.term)).toEqual(['citation', 'citation networks']);
    expect(labels[0].llr.every((t) => t.documents === 3)).toBe(true);
    expect(labelClusters([[2, 1, 0, 0], [4, 3]], docs, { topK: 2 })).toEqual(labels);
    expect(labelClusters([[0, 1, 2], [3, 4]], docs, { minDocuments: 4 })[0].llr).toEqual([]);
    // With every document as background the extra, unclustered document counts in the rest.
    const withRest = labelClusters([[0], [3]], docs, { background: 'all', bigrams: false });
    // citation: [[1, 2], [0, 2]] (d1, d2 in the rest): N = 5, E11 = 3·1/5 = 0.6 < 1, so ranked.
    expect(withRest[0].llr.find((t) => t.key === 'citation')?.score).toBeCloseTo(logLikelihoodRatio(1, 2, 0, 2), 9);
  });

  it('throws on document indices outside the corpus', () => {
    expect(() => labelClusters([[3]], [doc('a b')])).toThrow(/domain\/themes/);
  });
});

describe.skipIf(!hasSampleData)('labels on a real keyword map', () => {
  const name = 'scopus-csv-poultry-bibliometric-69rec.csv';
  const read = () => {
    const result = importFile(sampleBytes(name), name);
    if (!result.ok) throw new Error(name);
    return result.result.publications;
  };
  const publications = hasSampleData ? read() : [];

  it('labels each cluster only with terms of its own documents, deterministically', () => {
    const options = { ...DEFAULT_MAP_OPTIONS, type: 'co-occurrence' as const, unit: 'keywords' as const, minOccurrences: 3 };
    const map = runMap({ publications }, options);
    const built = buildNetwork(publications, options);
    const table = extractUnits(publications, 'keywords');
    const unitClusters = unitClustersFromNodes(table.keys.length, built.unitIndex, map.map.items.map((i) => i.cluster));
    const docsOf = clusterDocuments(table, unitClusters, map.clusters.length);
    const documents = labelDocumentsFromPublications(publications);
    const labels = labelClusters(docsOf, documents);
    expect(labels.length).toBe(map.clusters.length);
    expect(labels.some((l) => l.llr.length > 0)).toBe(true);
    for (const l of labels) {
      const keys = new Set<string>();
      for (const d of docsOf[l.cluster]) for (const t of documentTerms(documents[d])) keys.add(t.key);
      for (const t of [...l.llr, ...l.tfidf]) {
        expect(keys.has(t.key)).toBe(true);
        expect(t.score).toBeGreaterThan(0);
      }
      for (let k = 1; k < l.llr.length; k++) expect(l.llr[k - 1].score).toBeGreaterThanOrEqual(l.llr[k].score);
      // Every cluster's documents hold at least one of its keywords (co-occurrence: documents containing the items).
      expect(l.documentCount).toBeGreaterThan(0);
    }
    expect(labelClusters(docsOf, documents)).toEqual(labels);
  });
});
