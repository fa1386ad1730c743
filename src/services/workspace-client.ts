import { proxy, transfer, wrap } from 'comlink';
import type { Remote } from 'comlink';
import type { WorkspaceApi } from '../../workers/workspace.worker';
import type { ImportFileInput, ImportProgress, RecordQuery } from '../../workers/lib/workspace-types';
import { WorkspaceError, toWorkspaceError } from './workspace-errors';

export type WorkerFactory = () => Worker;

const createWorkspaceWorker: WorkerFactory = () =>
  new Worker(new URL('../../workers/workspace.worker.ts', import.meta.url), { type: 'module', name: 'meridian-workspace' });

export type CrashListener = (error: WorkspaceError) => void;

/** What a worker method resolves to. (Named explicitly: comlink's types split unions into unions of promises.) */
type Result<K extends keyof WorkspaceApi> = Awaited<ReturnType<WorkspaceApi[K]>>;

/**
 * The typed client of the workspace worker. Every call can be abandoned: `cancel()` terminates the
 * worker and starts a fresh one, which reloads datasets from IndexedDB, so nothing saved is lost.
 * A worker that dies or fails unexpectedly is reported to crash listeners; `restart()` recovers.
 */
export class WorkspaceClient {
  private worker!: Worker;
  private remote!: Remote<WorkspaceApi>;
  private readonly pending = new Set<(error: WorkspaceError) => void>();
  private readonly crashListeners = new Set<CrashListener>();

  constructor(private readonly createWorker: WorkerFactory = createWorkspaceWorker) {
    this.spawn();
  }

  private spawn(): void {
    const worker = this.createWorker();
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      if (worker === this.worker) this.crash(new WorkspaceError('crashed', event.message || 'The workspace worker stopped unexpectedly.'));
    });
    worker.addEventListener('messageerror', () => {
      if (worker === this.worker) this.crash(new WorkspaceError('crashed', 'The workspace worker sent a message that could not be read.'));
    });
    this.worker = worker;
    this.remote = wrap<WorkspaceApi>(worker);
  }

  private rejectPending(error: WorkspaceError): void {
    const rejects = [...this.pending];
    this.pending.clear();
    for (const reject of rejects) reject(error);
  }

  private crash(error: WorkspaceError): void {
    this.rejectPending(error);
    for (const listener of this.crashListeners) listener(error);
  }

  /** Runs one call; it settles even if the worker is terminated or dies meanwhile. */
  private run<T>(call: (remote: Remote<WorkspaceApi>) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const abandon = (error: WorkspaceError): void => reject(error);
      this.pending.add(abandon);
      call(this.remote).then(
        (value) => {
          this.pending.delete(abandon);
          resolve(value);
        },
        (error: unknown) => {
          if (!this.pending.delete(abandon)) return;
          const failure = toWorkspaceError(error);
          if (failure.kind === 'crashed') this.crash(failure);
          reject(failure);
        },
      );
    });
  }

  private replaceWorker(reason: WorkspaceError): void {
    const old = this.worker;
    this.spawn();
    old.terminate();
    this.rejectPending(reason);
  }

  /** Abandons every running call (they reject with kind `aborted`) and starts a fresh worker. */
  cancel(): void {
    this.replaceWorker(new WorkspaceError('aborted', 'Cancelled.'));
  }

  /** Starts a fresh worker after a crash. */
  restart(): void {
    this.replaceWorker(new WorkspaceError('aborted', 'Restarted.'));
  }

  onCrash(listener: CrashListener): () => void {
    this.crashListeners.add(listener);
    return () => this.crashListeners.delete(listener);
  }

  dispose(): void {
    this.rejectPending(new WorkspaceError('aborted', 'Closed.'));
    this.crashListeners.clear();
    this.worker.terminate();
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
