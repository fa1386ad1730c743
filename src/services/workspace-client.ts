import { proxy, transfer } from 'comlink';
import type { WorkspaceApi } from '../../workers/workspace.worker';
import type { ImportFileInput, ImportProgress, RecordQuery } from '../../workers/lib/workspace-types';
import { WorkerClient, type CrashListener, type WorkerFactory } from './worker-client';

const createWorkspaceWorker: WorkerFactory = () =>
  new Worker(new URL('../../workers/workspace.worker.ts', import.meta.url), { type: 'module', name: 'meridian-workspace' });

export type { CrashListener, WorkerFactory };

/** What a worker method resolves to. (Named explicitly: comlink's types split unions into unions of promises.) */
type Result<K extends keyof WorkspaceApi> = Awaited<ReturnType<WorkspaceApi[K]>>;

/**
 * The typed client of the workspace worker. `cancel()` terminates the worker and starts a fresh
 * one, which reloads datasets from IndexedDB, so nothing saved is lost.
 */
export class WorkspaceClient extends WorkerClient<WorkspaceApi> {
  constructor(createWorker: WorkerFactory = createWorkspaceWorker) {
    super(createWorker, 'workspace');
  }

  startup() { return this.run<Result<'startup'>>((api) => api.startup()); }
  listDatasets() { return this.run<Result<'listDatasets'>>((api) => api.listDatasets()); }
  createDataset(name: string) { return this.run<Result<'createDataset'>>((api) => api.createDataset(name)); }
  renameDataset(id: string, name: string) { return this.run<Result<'renameDataset'>>((api) => api.renameDataset(id, name)); }
  deleteDataset(id: string) { return this.run<Result<'deleteDataset'>>((api) => api.deleteDataset(id)); }
  getSummary(datasetId: string) { return this.run<Result<'getSummary'>>((api) => api.getSummary(datasetId)); }
  getCitedWorks(datasetId: string) { return this.run<Result<'getCitedWorks'>>((api) => api.getCitedWorks(datasetId)); }
  queryRecords(datasetId: string, query: RecordQuery) { return this.run<Result<'queryRecords'>>((api) => api.queryRecords(datasetId, query)); }
  getRecord(datasetId: string, recordId: string) { return this.run<Result<'getRecord'>>((api) => api.getRecord(datasetId, recordId)); }

  /** Hands the files' bytes over to the worker (transferred: the main thread keeps no copy). */
  importFiles(datasetId: string, files: ImportFileInput[], onProgress?: (progress: ImportProgress) => void) {
    const buffers = files.map((file) => file.bytes);
    return this.run<Result<'importFiles'>>((api) => api.importFiles(datasetId, transfer(files, buffers), onProgress ? proxy(onProgress) : undefined));
  }

  /** Creates the synthetic demo workspace (`ifFirstRun`: only when there has never been one). */
  loadDemo(options: { ifFirstRun?: boolean } = {}, onProgress?: (progress: ImportProgress) => void) {
    return this.run<Result<'loadDemo'>>((api) => api.loadDemo(options, onProgress ? proxy(onProgress) : undefined));
  }
}

/** Reads picked or dropped files into buffers ready to transfer (asynchronous, never blocks). */
export async function readFiles(files: readonly File[]): Promise<ImportFileInput[]> {
  return Promise.all(files.map(async (file) => ({ name: file.name, bytes: await file.arrayBuffer() })));
}
