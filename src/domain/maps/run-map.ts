/**
 * A science map from publications in one call: network (src/domain/network) -> normalisation ->
 * Leiden clustering (src/domain/cluster) -> layout (src/domain/layout) -> node statistics
 * (src/domain/metrics). Pure and synchronous, with progress and stop hooks, so it runs in a
 * worker and in the CLI alike. The returned map is plain data for the views and the exporters.
 */
import { leiden, modularity, silhouette } from '../cluster';
import type { ScienceMap } from '../export/types';
import { layoutNetwork } from '../layout';
import { betweenness, degree, pageRank, totalLinkStrength } from '../metrics';
import type { Publication } from '../model';
import { buildPreparedNetwork, prepareNetwork, type Counting, type NetworkType, type ThresholdCounts } from '../network/build';
import { linkCount, type CsrNetwork } from '../network/csr';
import { DEFAULT_NORMALIZATION, normalizeNetwork, type Normalization } from '../network/normalize';
import { isCitedUnit, type UnitKind } from '../network/units';
import { clusterDocuments, labelClusters, labelDocumentsFromPublications, strategicDiagram, unitClustersFromNodes, type ClusterLabels, type Quadrant } from '../themes';
import type { Thesaurus } from '../text/thesaurus';
import { itemBursts, itemSigmas } from './item-bursts';
import { clusterTimelines, itemOverlays } from './overlays';

export interface MapOptions {
  type: NetworkType;
  unit: UnitKind;
  counting: Counting;
  /** Minimum occurrences (citations for cited units and documents). */
  minOccurrences: number;
  topN?: number;
  maxAuthorsPerDocument?: number;
  minLinkStrength: number;
  normalization: Normalization;
  quality: 'cpm' | 'modularity';
  resolution: number;
  randomStarts: number;
  maxIterations: number;
  minClusterSize: number;
  seed: number;
}

export const DEFAULT_MAP_OPTIONS: Readonly<Omit<MapOptions, 'type' | 'unit'>> = {
  counting: 'full',
  minOccurrences: 1,
  minLinkStrength: 0,
  normalization: DEFAULT_NORMALIZATION,
  quality: 'cpm',
  resolution: 1,
  randomStarts: 10,
  maxIterations: 10,
  minClusterSize: 1,
  seed: 0,
};

/**
 * Betweenness takes about items x links steps (Brandes, O(n·m)): computed for maps of up to this
 * many items and links (seconds at most), left out (and said so) beyond. A dense co-citation map
 * of 1,000 items and 229,000 links would take 6-10 s for it.
 */
export const BETWEENNESS_MAX_NODES = 2000;
export const BETWEENNESS_MAX_LINKS = 50_000;

/** Whether {@link runMap} computes betweenness (and so CiteSpace's sigma) for a map of this size. */
export const computesBetweenness = (network: CsrNetwork): boolean => network.nodeCount <= BETWEENNESS_MAX_NODES && linkCount(network) <= BETWEENNESS_MAX_LINKS;

export interface MapProgress {
  phase: 'network' | 'normalisation' | 'clustering' | 'layout' | 'statistics';
  done: number;
  total: number;
}

export interface MapHooks {
  onProgress?: (progress: MapProgress) => void;
  shouldStop?: () => boolean;
}

/** What a map is built from. */
export interface MapInput {
  publications: readonly Publication[];
  /**
   * Labels of cited works by id, from `matchReferences(publications).works`, when the caller has
   * matched references already (citation maps otherwise run the matching again).
   */
  workLabels?: ReadonlyMap<string, string>;
  /** VOSviewer thesaurus (from `parseThesaurus`) applied to keywords and terms. */
  thesaurus?: Pick<Thesaurus, 'replacements'>;
}

export interface MapClusterSummary {
  id: number;
  /** The top log-likelihood-ratio term of the documents behind the cluster (else its heaviest item). */
  label: string;
  /** Candidate labels mined from the titles and keywords of the documents behind the cluster. */
  terms: { llr: string[]; tfidf: string[] };
  /** Documents behind the cluster (citing documents for citation maps). */
  documentCount: number;
  size: number;
  /** Mean silhouette of the cluster's items, in [-1, 1]. */
  silhouette: number;
  /** Labels of the cluster's heaviest items, heaviest first (at most 10). */
  topItems: string[];
  /** Documents behind the cluster per publication year (the timeline view). */
  timeline: { year: number; documents: number }[];
  /** Callon centrality and density (strategic diagram) and the quadrant they put the cluster in. */
  centrality: number;
  density: number;
  quadrant: Quadrant;
}

export interface MapResult {
  map: ScienceMap;
  /** Name of the weight that sizes items: "Occurrences", "Citations" or "Documents". */
  weightName: string;
  clusters: MapClusterSummary[];
  quality: {
    /** Newman's modularity on the raw link strengths of the clustering found. */
    modularity: number;
    /** Mean silhouette over all items. */
    silhouette: number;
    /** The quality Leiden optimised (CPM or modularity with the resolution given). */
    optimised: number;
  };
  layout: { method: string; vosObjective: number | null; stress: number };
  thresholdCounts: ThresholdCounts;
  documentCount: number;
  ignoredDocuments: number;
  betweennessComputed: boolean;
  /**
   * Whether items carry a burst (Kleinberg, default options, over the years of the dataset's dated
   * documents): false for document units (a document occurs once) and when no document has a year.
   * Items carry a sigma when bursts and betweenness were both computed. Absent in maps saved before.
   */
  burstsComputed?: boolean;
  /** Milliseconds per phase. */
  timings: Record<'network' | 'normalisation' | 'clustering' | 'layout' | 'statistics' | 'total', number>;
  stopped: boolean;
}

const weightNameOf = (unit: UnitKind): string => (unit === 'documents' || isCitedUnit(unit) ? 'Citations' : unit === 'authors' || unit === 'institutions' || unit === 'countries' || unit === 'sources' ? 'Documents' : 'Occurrences');

/** Builds, clusters and lays out a science map. Throws only on programmer errors (invalid options). */
export function runMap(input: MapInput, options: MapOptions, hooks: MapHooks = {}): MapResult {
  const started = performance.now();
  const mark = (() => {
    let last = started;
    return (): number => {
      const now = performance.now();
      const elapsed = now - last;
      last = now;
      return Math.round(elapsed);
    };
  })();
  const report = (phase: MapProgress['phase'], done: number, total: number) => hooks.onProgress?.({ phase, done, total });

  report('network', 0, 1);
  const prepared = prepareNetwork(input.publications, { type: options.type, unit: options.unit, maxAuthorsPerDocument: options.maxAuthorsPerDocument, workLabels: input.workLabels, thesaurus: input.thesaurus });
  const built = buildPreparedNetwork(prepared, {
    counting: options.counting,
    minOccurrences: options.minOccurrences,
    topN: options.topN,
    minLinkStrength: options.minLinkStrength,
  });
  const network = built.network;
  const timingNetwork = mark();

  report('normalisation', 0, 1);
  // Association strength uses total link strengths (VOSviewer); the others the items' own counts.
  const normalized = normalizeNetwork(network, options.normalization, options.normalization === 'association-strength' || options.normalization === 'none' ? undefined : built.diagonal);
  const timingNormalisation = mark();

  report('clustering', 0, options.randomStarts);
  const clustering = leiden(options.quality === 'cpm' ? normalized : network, {
    quality: options.quality,
    resolution: options.resolution,
    randomStarts: options.randomStarts,
    maxIterations: options.maxIterations,
    minClusterSize: options.minClusterSize,
    seed: options.seed,
    onProgress: (p) => report('clustering', p.start, options.randomStarts),
    shouldStop: hooks.shouldStop,
  });
  const timingClustering = mark();

  report('layout', 0, 1);
  const layout = layoutNetwork(normalized, { seed: options.seed, shouldStop: hooks.shouldStop, onProgress: () => report('layout', 0, 1) });
  const timingLayout = mark();

  report('statistics', 0, 1);
  const links = degree(network);
  const strength = totalLinkStrength(network);
  const ranks = pageRank(network);
  const betweennessComputed = computesBetweenness(network);
  const between = betweennessComputed ? betweenness(network) : undefined;
  const sil = silhouette(options.quality === 'cpm' ? normalized : network, clustering.clusters);
  const q = modularity(network, clustering.clusters);
  const weightName = weightNameOf(options.unit);
  const overlays = itemOverlays(prepared.units, prepared.documents);
  // For cited items the documents behind them are the citing ones: their years say when a work was cited.
  const yearScore = isCitedUnit(options.unit) ? 'Avg. citing year' : 'Avg. pub. year';
  // Bursts of the documents behind each node (citing documents for cited units); a document is
  // behind itself only, so document units have none.
  const bursts = options.unit === 'documents' ? undefined : itemBursts(prepared.units, prepared.documents, built.unitIndex);
  // Our betweenness is normalised to [0, 1] as CiteSpace's centrality is (see itemSigmas).
  const sigmas = bursts && between ? itemSigmas(between, bursts.strength) : undefined;

  const items: ScienceMap['items'] = built.labels.map((label, i) => ({
    id: i,
    label,
    x: layout.x[i],
    y: layout.y[i],
    cluster: clustering.clusters[i],
    weights: { Links: links[i], 'Total link strength': round(strength[i]), [weightName]: built.weights[i] },
    scores: {
      ...optionalScore(yearScore, overlays.avgYear[built.unitIndex[i]]),
      ...(isCitedUnit(options.unit) ? {} : optionalScore('Avg. citations', overlays.avgCitations[built.unitIndex[i]])),
      ...(isCitedUnit(options.unit) ? {} : optionalScore('Avg. norm. citations', overlays.avgNormCitations[built.unitIndex[i]])),
      PageRank: ranks[i],
      ...(between ? { Betweenness: between[i] } : {}),
      Silhouette: sil.nodes[i],
    },
    ...(bursts ? { burst: bursts.strength[i] > 0 ? { strength: bursts.strength[i], start: bursts.start[i], end: bursts.end[i] } : { strength: 0 } } : {}),
    ...(sigmas ? { sigma: sigmas[i] } : {}),
  }));
  const mapLinks: ScienceMap['links'] = [];
  for (let i = 0; i < network.nodeCount; i++) {
    for (let k = network.offsets[i]; k < network.offsets[i + 1]; k++) {
      const j = network.neighbors[k];
      if (j > i) mapLinks.push({ source: i, target: j, strength: round(network.weights[k]) });
    }
  }
  const unitClusters = unitClustersFromNodes(prepared.keys.length, built.unitIndex, clustering.clusters);
  const docsOfClusters = clusterDocuments(prepared.units, unitClusters, clustering.clusterCount);
  const labels = labelClusters(docsOfClusters, labelDocumentsFromPublications(prepared.documents), { topK: 5 });
  const timelines = clusterTimelines(docsOfClusters, prepared.documents);
  const strategic = strategicDiagram(network, clustering.clusters, { weighting: { kind: 'equivalence', occurrences: built.diagonal } });
  const clusters = summarizeClusters(items, clustering.clusterCount, weightName, sil.clusters, labels).map((c) => {
    const theme = strategic.themes[c.id];
    return { ...c, timeline: timelines[c.id], centrality: theme?.centrality ?? 0, density: theme?.density ?? 0, quadrant: theme?.quadrant ?? 'niche' };
  });
  const timingStatistics = mark();
  return {
    map: {
      items,
      links: mapLinks,
      clusters: clusters.map((c) => ({ id: c.id, label: c.label })),
      parameters: {
        type: options.type,
        unit: options.unit,
        counting: options.counting,
        normalization: options.normalization,
        quality: options.quality,
        resolution: options.resolution,
        seed: options.seed,
        minOccurrences: options.minOccurrences,
      },
    },
    weightName,
    clusters,
    quality: { modularity: q, silhouette: sil.overall, optimised: clustering.quality },
    layout: { method: layout.method, vosObjective: layout.quality.vosObjective, stress: layout.quality.stress },
    thresholdCounts: built.thresholdCounts,
    documentCount: built.documentCount,
    ignoredDocuments: built.ignoredDocuments,
    betweennessComputed,
    burstsComputed: bursts !== undefined,
    timings: {
      network: timingNetwork,
      normalisation: timingNormalisation,
      clustering: timingClustering,
      layout: timingLayout,
      statistics: timingStatistics,
      total: Math.round(performance.now() - started),
    },
    stopped: clustering.isStopped || layout.stopped,
  };
}

/** A score rounded to 3 decimals, or nothing when it is unknown (NaN). */
const optionalScore = (name: string, value: number): Record<string, number> => (Number.isNaN(value) ? {} : { [name]: Math.round(value * 1000) / 1000 });

/** Fractional counts keep 6 significant decimals in files and on screen. */
const round = (value: number): number => Math.round(value * 1e6) / 1e6;

/**
 * Cluster sizes, silhouettes, heaviest items and labels: the top log-likelihood-ratio term of
 * the documents behind each cluster (CiteSpace's default), falling back to the heaviest item.
 */
function summarizeClusters(items: ScienceMap['items'], clusterCount: number, weightName: string, clusterSilhouettes: ArrayLike<number>, labels: ClusterLabels[]): Omit<MapClusterSummary, 'timeline' | 'centrality' | 'density' | 'quadrant'>[] {
  const members: ScienceMap['items'][] = Array.from({ length: clusterCount }, () => []);
  for (const item of items) members[item.cluster]?.push(item);
  return members.map((list, id): Omit<MapClusterSummary, 'timeline' | 'centrality' | 'density' | 'quadrant'> => {
    const top = [...list].sort((a, b) => b.weights[weightName] - a.weights[weightName] || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)).slice(0, 10);
    const mined = labels[id];
    const llr = mined?.llr.map((t) => t.term) ?? [];
    // A phrase that contains the top word says more than the word ("machine" -> "machine learning").
    const phrase = llr[0] ? llr.slice(1).find((term) => term.includes(' ') && term.split(' ').includes(llr[0])) : undefined;
    return {
      id,
      label: phrase ?? llr[0] ?? top[0]?.label ?? `Cluster ${id + 1}`,
      terms: { llr, tfidf: mined?.tfidf.map((t) => t.term) ?? [] },
      documentCount: mined?.documentCount ?? 0,
      size: list.length,
      silhouette: clusterSilhouettes[id] ?? 0,
      topItems: top.map((t) => t.label),
    };
  });
}
