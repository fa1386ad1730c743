import { proxy } from 'comlink';
import type { AnalysisApi } from '../../workers/analysis.worker';
import type { AnalysisProgress, DocumentPage, DocumentTarget, MapExportFormat, MapOptions, MapResult, MapSource, ThesaurusFile, ThresholdRequest } from '../../workers/lib/analysis-types';
import type { BurstRequest, HistoriographRequest } from '../../workers/lib/analysis-views';
import type { EvolutionRequest } from '../../workers/lib/analysis-evolution';
import type { ScienceMap } from '../domain/export';
import { WorkerClient, type WorkerFactory } from './worker-client';

const createAnalysisWorker: WorkerFactory = () =>
  new Worker(new URL('../../workers/analysis.worker.ts', import.meta.url), { type: 'module', name: 'meridian-analysis' });

type Result<K extends keyof AnalysisApi> = Awaited<ReturnType<AnalysisApi[K]>>;

/**
 * The typed client of the analysis worker (science maps). The worker reads datasets from
 * IndexedDB itself and keeps the last map, so only summaries and what is drawn cross threads.
 * `cancel()` terminates the worker (a running map stops at once) and starts a fresh one; a worker
 * that dies is reported to crash listeners and `restart()` recovers, as with the workspace client.
 */
export class AnalysisClient extends WorkerClient<AnalysisApi> {
  constructor(createWorker: WorkerFactory = createAnalysisWorker) {
    super(createWorker, 'analysis');
  }

  capabilities(datasetId: string) { return this.run<Result<'capabilities'>>((api) => api.capabilities(datasetId)); }
  /** What a VOSviewer thesaurus file holds (entries, issues), or why it cannot be used. */
  checkThesaurus(file: ThesaurusFile) { return this.run<Result<'checkThesaurus'>>((api) => api.checkThesaurus(file)); }
  thresholdInfo(datasetId: string, request: ThresholdRequest) { return this.run<Result<'thresholdInfo'>>((api) => api.thresholdInfo(datasetId, request)); }
  /** Writes the worker's last map; pass `map` when the worker was restarted since it was made. */
  exportMap(format: MapExportFormat, baseName?: string, map?: ScienceMap) { return this.run<Result<'exportMap'>>((api) => api.exportMap(format, baseName, map)); }

  /** Runs a map; progress arrives at most ~10 times a second. */
  runMap(datasetId: string, options: MapOptions, onProgress?: (progress: AnalysisProgress) => void) {
    return this.run<Result<'runMap'>>((api) => api.runMap(datasetId, options, onProgress ? proxy(onProgress) : undefined));
  }

  /** The documents behind a map item, link or cluster, one page at a time (`limit: Infinity` for all). */
  documentsBehind(target: DocumentTarget & { items?: number[] }, page: DocumentPage, map?: MapSource) { return this.run<Result<'documentsBehind'>>((api) => api.documentsBehind(target, page, map)); }
  /** Saves the worker's last map; pass `map` when the worker was restarted since it was made. */
  saveMap(name: string, map?: { datasetId: string; options: MapOptions; result: MapResult; datasetUpdatedAt?: string }) { return this.run<Result<'saveMap'>>((api) => api.saveMap(name, map)); }
  listSavedMaps(datasetId: string) { return this.run<Result<'listSavedMaps'>>((api) => api.listSavedMaps(datasetId)); }
  /** The saved map as stored; the worker keeps it as its last map. */
  openSavedMap(id: string) { return this.run<Result<'openSavedMap'>>((api) => api.openSavedMap(id)); }
  deleteSavedMap(id: string) { return this.run<Result<'deleteSavedMap'>>((api) => api.deleteSavedMap(id)); }

  /** CiteSpace-style burst table of one unit of the dataset. */
  bursts(datasetId: string, request: BurstRequest) { return this.run<Result<'bursts'>>((api) => api.bursts(datasetId, request)); }
  /** Historiograph of the dataset's most locally cited documents. */
  historiograph(datasetId: string, request: HistoriographRequest) { return this.run<Result<'historiograph'>>((api) => api.historiograph(datasetId, request)); }
  /** Thematic evolution: one map per period, themes linked across periods (Sankey data). */
  evolution(datasetId: string, request: EvolutionRequest) { return this.run<Result<'evolution'>>((api) => api.evolution(datasetId, request)); }
}

let client: AnalysisClient | undefined;

/** The app's one analysis client, created (with its worker) when the Maps screen first needs it. */
export function getAnalysisClient(): AnalysisClient {
  client ??= new AnalysisClient();
  return client;
}
