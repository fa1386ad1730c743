import type { Dataset } from '../../src/domain/dataset';
import { writeClustersCsv, writeGraphML, writeLinksCsv, writeNodesCsv, writePajek, writeVosviewerJson, writeVosviewerMap, writeVosviewerNetwork } from '../../src/domain/export';
import type { ScienceMap } from '../../src/domain/export';
import { runMap } from '../../src/domain/maps/run-map';
import type { Publication } from '../../src/domain/model';
import { buildPreparedNetwork, prepareNetwork } from '../../src/domain/network/build';
import type { BuiltNetwork, PreparedNetwork } from '../../src/domain/network/build';
import { extractUnits } from '../../src/domain/network/units';
import type { UnitTable } from '../../src/domain/network/units';
import { matchReferences, referenceCount } from '../../src/domain/references';
import { couplingLinkDocuments, documentsWithAny, documentsWithBoth, documentsWithUnit, pageOf, sortDocuments } from './analysis-documents';
import type { AnalysisCapabilities, AnalysisProgress, DocumentPage, DocumentRow, DocumentTarget, DocumentsBehind, MapExport, MapExportFormat, MapOptions, MapResult, MapSource, ThesaurusCheck, ThesaurusFile, ThresholdInfo, ThresholdRequest } from './analysis-types';
import { createThesaurusCache } from './analysis-thesaurus';
import type { ThesaurusCache } from './analysis-thesaurus';
import { namedError } from './errors';
import { createMemorySavedMaps, toSavedMapSummary } from './saved-maps';
import type { SavedMap, SavedMapStorage, SavedMapSummary } from './saved-maps';
import { WORKSPACE_ERROR_NAMES } from './workspace-types';

/** Reads a dataset (read-only): the IndexedDB storage in the worker, a map in tests. */
export interface DatasetSource {
  loadDataset(id: string): Promise<Dataset | undefined>;
  /** Cheap list entries (id, updatedAt): checked first, so an unchanged dataset is not read again. */
  listDatasets?(): Promise<{ id: string; updatedAt: string }[]>;
}

interface Corpus {
  id: string;
  updatedAt: string;
  publications: Publication[];
  workLabels: Map<string, string>;
}

/** The network behind the last map (never sent to the UI): what lies behind every item, link and cluster. */
interface MapNetwork {
  key: string;
  prepared: PreparedNetwork;
  built: BuiltNetwork;
  /** Documents x cited works, made on demand for coupling links. */
  references?: UnitTable;
}

/** The run that made the last map. */
interface LastRun {
  key: string;
  datasetId: string;
  datasetUpdatedAt: string;
  options: MapOptions;
}

// The options hold the thesaurus file (name and text): a network made with another thesaurus is another network.
const runKey = (datasetId: string, updatedAt: string, options: MapOptions): string => JSON.stringify([datasetId, updatedAt, options]);

/**
 * Splits the UI's options into the domain's options and the thesaurus to apply (parsed, cached).
 * The thesaurus file name goes into the map's parameters, so the map and its exports say which was used.
 */
function withThesaurus(options: MapOptions, thesauri: ThesaurusCache) {
  const { thesaurus: file, ...domain } = options;
  const thesaurus = thesauri.forUnit(file, options.unit);
  return { domain, thesaurus, fileName: thesaurus && file ? file.fileName : undefined };
}

const toRow = (p: Publication): DocumentRow => ({
  recordId: p.id,
  title: p.title,
  firstAuthor: p.authors[0]?.shortName ?? '',
  year: p.year,
  source: p.sourceTitle ?? p.sourceAbbrev ?? '',
  timesCited: p.timesCited,
});

const invalid = (message: string): Error => namedError(WORKSPACE_ERROR_NAMES.invalid, message);

type ProgressCallback = (progress: AnalysisProgress) => void;

export const PROGRESS_INTERVAL_MS = 100;

/** Forwards progress at most every `intervalMs`, but always on a change of phase. */
export function throttleProgress(onProgress: ProgressCallback | undefined, intervalMs = PROGRESS_INTERVAL_MS, clock: () => number = () => Date.now()): ProgressCallback {
  let lastAt = -Infinity;
  let lastPhase = '';
  return (progress) => {
    if (!onProgress) return;
    const now = clock();
    if (progress.phase === lastPhase && now - lastAt < intervalMs) return;
    lastAt = now;
    lastPhase = progress.phase;
    onProgress(progress);
  };
}

const FILES: Record<MapExportFormat, { suffix: string; mime: string; write: (map: ScienceMap) => string }> = {
  'vosviewer-map': { suffix: '-vosviewer-map.txt', mime: 'text/plain;charset=utf-8', write: writeVosviewerMap },
  'vosviewer-network': { suffix: '-vosviewer-network.txt', mime: 'text/plain;charset=utf-8', write: writeVosviewerNetwork },
  'vosviewer-json': { suffix: '-vosviewer.json', mime: 'application/json', write: writeVosviewerJson },
  pajek: { suffix: '.net', mime: 'text/plain;charset=utf-8', write: (map) => writePajek(map) },
  graphml: { suffix: '.graphml', mime: 'application/xml', write: writeGraphML },
  'nodes-csv': { suffix: '-nodes.csv', mime: 'text/csv;charset=utf-8', write: writeNodesCsv },
  'links-csv': { suffix: '-links.csv', mime: 'text/csv;charset=utf-8', write: writeLinksCsv },
  'clusters-csv': { suffix: '-clusters.csv', mime: 'text/csv;charset=utf-8', write: writeClustersCsv },
};

/**
 * The analysis worker's state: one loaded dataset (cached by id + updatedAt, references matched
 * once) and the last map, which the exporters write without sending it back across threads.
 */
export function createAnalysisStore(source: DatasetSource, savedMaps: SavedMapStorage = createMemorySavedMaps(), thesauri: ThesaurusCache = createThesaurusCache()) {
  let corpus: Corpus | undefined;
  let lastMap: MapResult | undefined;
  let lastRun: LastRun | undefined;
  let network: MapNetwork | undefined;

  const load = async (datasetId: string, report?: ProgressCallback): Promise<Corpus> => {
    if (corpus?.id === datasetId && source.listDatasets) {
      const entry = (await source.listDatasets()).find((d) => d.id === datasetId);
      if (entry?.updatedAt === corpus.updatedAt) return corpus;
    }
    report?.({ phase: 'loading', done: 0, total: 1 });
    const dataset = await source.loadDataset(datasetId);
    if (!dataset) throw namedError(WORKSPACE_ERROR_NAMES.notFound, 'This dataset no longer exists.');
    if (corpus && corpus.id === dataset.id && corpus.updatedAt === dataset.updatedAt) return corpus;
    report?.({ phase: 'matching', done: 0, total: 1 });
    // Writes workId into every reference (in place), which co-citation and coupling rely on.
    const matched = matchReferences(dataset.publications);
    corpus = { id: dataset.id, updatedAt: dataset.updatedAt, publications: dataset.publications, workLabels: new Map(matched.works.map((w) => [w.id as string, w.label])) };
    return corpus;
  };

  /** The network of a map, rebuilt (network step only, deterministic) when this worker does not hold it. */
  const networkOf = async (map: MapSource): Promise<MapNetwork> => {
    const { id, updatedAt, publications, workLabels } = await load(map.datasetId);
    if (map.datasetUpdatedAt !== undefined && map.datasetUpdatedAt !== updatedAt) {
      throw invalid('The dataset has changed since this map was made, so the documents behind it can no longer be listed. Run the map again to see them.');
    }
    const { options } = map;
    const key = runKey(id, updatedAt, options);
    if (network?.key !== key) {
      // The same calls with the same options as runMap, so node i here is item i of the map.
      const { thesaurus } = withThesaurus(options, thesauri);
      const prepared = prepareNetwork(publications, { type: options.type, unit: options.unit, maxAuthorsPerDocument: options.maxAuthorsPerDocument, workLabels, thesaurus });
      const built = buildPreparedNetwork(prepared, { counting: options.counting, minOccurrences: options.minOccurrences, topN: options.topN, minLinkStrength: options.minLinkStrength });
      network = { key, prepared, built };
    }
    if (map.itemCount !== undefined && map.itemCount !== network.built.labels.length) {
      throw invalid('This map no longer matches the dataset, so the documents behind it cannot be listed. Run the map again to see them.');
    }
    return network;
  };

  return {
    /** The loaded dataset with matched references (cached per version): shared with the other views. */
    corpus: (datasetId: string): Promise<Corpus> => load(datasetId),
    async capabilities(datasetId: string): Promise<AnalysisCapabilities> {
      const { publications, workLabels } = await load(datasetId);
      const count = (has: (p: Publication) => boolean) => publications.reduce((n, p) => n + (has(p) ? 1 : 0), 0);
      return {
        datasetId,
        publications: publications.length,
        withReferences: count((p) => referenceCount(p.references) > 0),
        withAuthors: count((p) => p.authors.length > 0),
        withAuthorKeywords: count((p) => p.authorKeywords.length > 0),
        withIndexKeywords: count((p) => p.indexKeywords.length > 0),
        withInstitutions: count((p) => p.institutions.length > 0),
        withCountries: count((p) => p.countries.length > 0),
        withSources: count((p) => Boolean(p.sourceTitle ?? p.sourceAbbrev)),
        citedWorks: workLabels.size,
      };
    },

    /** What a thesaurus file holds, and why it cannot be used when it cannot (no dataset needed). */
    checkThesaurus: (file: ThesaurusFile): ThesaurusCheck => thesauri.check(file),

    async thresholdInfo(datasetId: string, request: ThresholdRequest): Promise<ThresholdInfo> {
      const { publications, workLabels } = await load(datasetId);
      // Counted after the thesaurus merged and dropped terms; nothing per unit is cached across requests.
      const thesaurus = thesauri.forUnit(request.thesaurus, request.unit);
      const prepared = prepareNetwork(publications, { type: request.type, unit: request.unit, maxAuthorsPerDocument: request.maxAuthorsPerDocument, workLabels, thesaurus });
      return {
        datasetId,
        type: request.type,
        unit: request.unit,
        maxAuthorsPerDocument: request.maxAuthorsPerDocument,
        units: prepared.keys.length,
        sortedWeights: prepared.sortedWeights,
        documentCount: prepared.documentCount,
        ignoredDocuments: prepared.ignoredDocuments,
      };
    },

    async runMap(datasetId: string, options: MapOptions, onProgress?: ProgressCallback): Promise<MapResult> {
      const report = throttleProgress(onProgress);
      const { publications, workLabels } = await load(datasetId, report);
      lastMap = undefined;
      lastRun = undefined;
      const { domain, thesaurus, fileName } = withThesaurus(options, thesauri);
      const made = runMap({ publications, workLabels, thesaurus }, domain, { onProgress: report });
      const result = fileName ? { ...made, map: { ...made.map, parameters: { ...made.map.parameters, thesaurus: fileName } } } : made;
      lastMap = result;
      lastRun = { key: runKey(datasetId, corpus?.updatedAt ?? '', options), datasetId, datasetUpdatedAt: corpus?.updatedAt ?? '', options };
      return result;
    },

    /**
     * The documents behind an item (for citation maps: the citing documents), a link (documents
     * holding both; for coupling, the documents sharing cited works, with their number) or a
     * cluster (documents holding any of its items), by times cited then year, both descending.
     * `map` says which map (default: the last one); a cluster's items come from `target.items`
     * or the last map.
     */
    async documentsBehind(target: DocumentTarget & { items?: number[] }, page: DocumentPage, map?: MapSource): Promise<DocumentsBehind> {
      const wanted = map ?? (lastRun && lastMap ? { datasetId: lastRun.datasetId, options: lastRun.options, datasetUpdatedAt: lastRun.datasetUpdatedAt, itemCount: lastMap.map.items.length } : undefined);
      if (!wanted) throw invalid('There is no map yet: run a map first.');
      const net = await networkOf(wanted);
      const { prepared, built } = net;
      const unitOf = (item: number): number => {
        if (!Number.isInteger(item) || item < 0 || item >= built.unitIndex.length) throw invalid(`The map has no item ${item}.`);
        return built.unitIndex[item];
      };
      let indices: number[];
      let sharedReferences: number | undefined;
      if (target.kind === 'item') {
        indices = documentsWithUnit(prepared.units, unitOf(target.item));
      } else if (target.kind === 'link') {
        const a = unitOf(target.source);
        const b = unitOf(target.target);
        if (prepared.type === 'coupling') {
          net.references ??= extractUnits(prepared.documents, 'cited-references', { workLabels: (await load(wanted.datasetId)).workLabels });
          ({ documents: indices, sharedReferences } = couplingLinkDocuments(prepared.units, net.references, a, b));
        } else {
          indices = documentsWithBoth(prepared.units, a, b);
        }
      } else {
        const isLastMap = lastMap !== undefined && lastRun?.key === net.key;
        const items = target.items ?? (isLastMap ? lastMap?.map.items.filter((item) => item.cluster === target.cluster).map((item) => item.id) : undefined);
        if (!items) throw invalid('This map is no longer held by the analysis worker: run it again to list the documents of a cluster.');
        indices = documentsWithAny(prepared.units, items.map(unitOf));
      }
      const ordered = sortDocuments(indices, prepared.documents);
      const rows = pageOf(ordered, page.offset, page.limit).map((d) => toRow(prepared.documents[d]));
      return sharedReferences === undefined ? { total: ordered.length, rows } : { total: ordered.length, rows, sharedReferences };
    },

    /** Saves the last map (or `map`, when a fresh worker no longer holds it) under `name`. */
    async saveMap(name: string, map?: { datasetId: string; options: MapOptions; result: MapResult; datasetUpdatedAt?: string }): Promise<SavedMapSummary> {
      const chosen = map ?? (lastMap && lastRun ? { ...lastRun, result: lastMap } : undefined);
      if (!chosen) throw invalid('There is no map to save yet: run a map first.');
      const trimmed = name.trim();
      if (!trimmed) throw invalid('Give the map a name.');
      const datasetUpdatedAt = chosen.datasetUpdatedAt ?? (await load(chosen.datasetId)).updatedAt;
      const saved: SavedMap = { id: crypto.randomUUID(), datasetId: chosen.datasetId, datasetUpdatedAt, name: trimmed, options: chosen.options, createdAt: new Date().toISOString(), result: chosen.result };
      await savedMaps.putMap(saved);
      return toSavedMapSummary(saved);
    },

    listSavedMaps: (datasetId: string): Promise<SavedMapSummary[]> => savedMaps.listMaps(datasetId),

    /** The saved map exactly as stored; it becomes the last map, so exports and saving work on it. */
    async openSavedMap(id: string): Promise<SavedMap> {
      const saved = await savedMaps.getMap(id);
      if (!saved) throw namedError(WORKSPACE_ERROR_NAMES.notFound, 'This saved map no longer exists.');
      lastMap = saved.result;
      lastRun = { key: runKey(saved.datasetId, saved.datasetUpdatedAt, saved.options), datasetId: saved.datasetId, datasetUpdatedAt: saved.datasetUpdatedAt, options: saved.options };
      return saved;
    },

    deleteSavedMap: (id: string): Promise<void> => savedMaps.deleteMap(id),

    /** Writes the last map (or `map`, when a fresh worker no longer holds it) in one file format. */
    exportMap(format: MapExportFormat, baseName = 'meridian-map', map?: ScienceMap): MapExport {
      const chosen = map ?? lastMap?.map;
      if (!chosen) throw namedError(WORKSPACE_ERROR_NAMES.invalid, 'There is no map to export yet: run a map first.');
      const file = FILES[format];
      return { fileName: `${baseName}${file.suffix}`, mime: file.mime, text: file.write(chosen) };
    },
  };
}

export type AnalysisStore = ReturnType<typeof createAnalysisStore>;
