import type { Dataset } from '../../src/domain/dataset';
import { writeClustersCsv, writeGraphML, writeLinksCsv, writeNodesCsv, writePajek, writeVosviewerJson, writeVosviewerMap, writeVosviewerNetwork } from '../../src/domain/export';
import type { ScienceMap } from '../../src/domain/export';
import { runMap } from '../../src/domain/maps/run-map';
import type { Publication } from '../../src/domain/model';
import { prepareNetwork } from '../../src/domain/network/build';
import { matchReferences } from '../../src/domain/references';
import type { AnalysisCapabilities, AnalysisProgress, MapExport, MapExportFormat, MapOptions, MapResult, ThresholdInfo, ThresholdRequest } from './analysis-types';
import { namedError } from './errors';
import { WORKSPACE_ERROR_NAMES } from './workspace-types';

/** Reads a dataset (read-only): the IndexedDB storage in the worker, a map in tests. */
export interface DatasetSource {
  loadDataset(id: string): Promise<Dataset | undefined>;
}

interface Corpus {
  id: string;
  updatedAt: string;
  publications: Publication[];
  workLabels: Map<string, string>;
}

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
export function createAnalysisStore(source: DatasetSource) {
  let corpus: Corpus | undefined;
  let lastMap: MapResult | undefined;

  const load = async (datasetId: string, report?: ProgressCallback): Promise<Corpus> => {
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

  return {
    async capabilities(datasetId: string): Promise<AnalysisCapabilities> {
      const { publications, workLabels } = await load(datasetId);
      const count = (has: (p: Publication) => boolean) => publications.reduce((n, p) => n + (has(p) ? 1 : 0), 0);
      return {
        datasetId,
        publications: publications.length,
        withReferences: count((p) => p.references.length > 0),
        withAuthors: count((p) => p.authors.length > 0),
        withAuthorKeywords: count((p) => p.authorKeywords.length > 0),
        withIndexKeywords: count((p) => p.indexKeywords.length > 0),
        withInstitutions: count((p) => p.institutions.length > 0),
        withCountries: count((p) => p.countries.length > 0),
        withSources: count((p) => Boolean(p.sourceTitle ?? p.sourceAbbrev)),
        citedWorks: workLabels.size,
      };
    },

    async thresholdInfo(datasetId: string, request: ThresholdRequest): Promise<ThresholdInfo> {
      const { publications, workLabels } = await load(datasetId);
      const prepared = prepareNetwork(publications, { ...request, workLabels });
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
      const result = runMap({ publications, workLabels }, options, { onProgress: report });
      lastMap = result;
      return result;
    },

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
