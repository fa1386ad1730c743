import { expose, transfer } from 'comlink';
import { createAnalysisStore } from './lib/analysis-store';
import { createAnalysisViews } from './lib/analysis-views';
import { createEvolutionView, type EvolutionRequest } from './lib/analysis-evolution';
import type { BurstRequest, HistoriographRequest } from './lib/analysis-views';
import type { AnalysisProgress, DocumentPage, DocumentTarget, MapExportFormat, MapOptions, MapResult, MapSource, ThesaurusFile, ThresholdRequest } from './lib/analysis-types';
import { createThesaurusCache } from './lib/analysis-thesaurus';
import { createIdbStorage } from './lib/dataset-storage';
import { createIdbSavedMaps } from './lib/saved-maps';
import type { ScienceMap } from '../src/domain/export';

// Read-only on the workspace database; saved maps live in a database of their own.
// One parsed thesaurus shared by the counts, the map run and thematic evolution.
const thesauri = createThesaurusCache();
const store = createAnalysisStore(createIdbStorage(), createIdbSavedMaps(), thesauri);
// Burst table and historiograph share the map store's loaded dataset.
const views = createAnalysisViews((datasetId) => store.corpus(datasetId));
const evolutionView = createEvolutionView((datasetId) => store.corpus(datasetId), thesauri);

const api = {
  capabilities: (datasetId: string) => store.capabilities(datasetId),
  checkThesaurus: (file: ThesaurusFile) => store.checkThesaurus(file),
  thresholdInfo: async (datasetId: string, request: ThresholdRequest) => {
    const info = await store.thresholdInfo(datasetId, request);
    return transfer(info, [info.sortedWeights.buffer]);
  },
  runMap: (datasetId: string, options: MapOptions, onProgress?: (progress: AnalysisProgress) => void) => store.runMap(datasetId, options, onProgress),
  exportMap: (format: MapExportFormat, baseName?: string, map?: ScienceMap) => store.exportMap(format, baseName, map),
  documentsBehind: (target: DocumentTarget & { items?: number[] }, page: DocumentPage, map?: MapSource) => store.documentsBehind(target, page, map),
  saveMap: (name: string, map?: { datasetId: string; options: MapOptions; result: MapResult; datasetUpdatedAt?: string }) => store.saveMap(name, map),
  listSavedMaps: (datasetId: string) => store.listSavedMaps(datasetId),
  openSavedMap: (id: string) => store.openSavedMap(id),
  deleteSavedMap: (id: string) => store.deleteSavedMap(id),
  bursts: (datasetId: string, request: BurstRequest) => views.bursts(datasetId, request),
  historiograph: (datasetId: string, request: HistoriographRequest) => views.historiograph(datasetId, request),
  evolution: (datasetId: string, request: EvolutionRequest) => evolutionView.evolution(datasetId, request),
};

export type AnalysisApi = typeof api;
expose(api);
