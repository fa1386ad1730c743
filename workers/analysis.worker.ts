import { expose, transfer } from 'comlink';
import { createAnalysisStore } from './lib/analysis-store';
import type { AnalysisProgress, MapExportFormat, MapOptions, ThresholdRequest } from './lib/analysis-types';
import { createIdbStorage } from './lib/dataset-storage';
import type { ScienceMap } from '../src/domain/export';

// Read-only: this worker never writes to the workspace database.
const store = createAnalysisStore(createIdbStorage());

const api = {
  capabilities: (datasetId: string) => store.capabilities(datasetId),
  thresholdInfo: async (datasetId: string, request: ThresholdRequest) => {
    const info = await store.thresholdInfo(datasetId, request);
    return transfer(info, [info.sortedWeights.buffer]);
  },
  runMap: (datasetId: string, options: MapOptions, onProgress?: (progress: AnalysisProgress) => void) => store.runMap(datasetId, options, onProgress),
  exportMap: (format: MapExportFormat, baseName?: string, map?: ScienceMap) => store.exportMap(format, baseName, map),
};

export type AnalysisApi = typeof api;
expose(api);
