import { expose } from 'comlink';
import type { ImportFileInput, ImportProgress, RecordQuery } from './lib/workspace-types';
import { createIdbStorage } from './lib/dataset-storage';
import { fetchDemoFiles } from './lib/demo-files';
import { createIdbSavedMaps } from './lib/saved-maps';
import { summarizeCitedWorks, summarizeDataset } from '../src/domain/dataset';
import { createWorkspaceStore } from './lib/workspace-store';

const store = createWorkspaceStore({ storage: createIdbStorage(), savedMaps: createIdbSavedMaps(), summarize: summarizeDataset, summarizeCitedWorks, demoFiles: fetchDemoFiles });

type ProgressCallback = (progress: ImportProgress) => void;

const api = {
  startup: () => store.startup(),
  listDatasets: () => store.listDatasets(),
  createDataset: (name: string) => store.createDataset(name),
  renameDataset: (id: string, name: string) => store.renameDataset(id, name),
  deleteDataset: (id: string) => store.deleteDataset(id),
  importFiles: (datasetId: string, files: ImportFileInput[], onProgress?: ProgressCallback) => store.importFiles(datasetId, files, onProgress),
  getSummary: (datasetId: string) => store.getSummary(datasetId),
  getCitedWorks: (datasetId: string) => store.getCitedWorks(datasetId),
  queryRecords: (datasetId: string, query: RecordQuery) => store.queryRecords(datasetId, query),
  getRecord: (datasetId: string, recordId: string) => store.getRecord(datasetId, recordId),
  loadDemo: (options: { ifFirstRun?: boolean }, onProgress?: ProgressCallback) => store.loadDemo(options, onProgress),
};

export type WorkspaceApi = typeof api;
expose(api);
