import { addImports, createDataset } from '../../src/domain/dataset';
import type { CitedWorksSummary, Dataset, DatasetSummary } from '../../src/domain/dataset';
import { importFile } from '../../src/domain/import';
import type { FileImport } from '../../src/domain/import';
import type { DatasetStorage } from './dataset-storage';
import type { SavedMapStorage } from './saved-maps';
import { buildOverview, toListItem } from './dataset-overview';
import { namedError } from './errors';
import { createProgressReporter } from './progress-reporter';
import { buildRecordIndex, queryRecordIndex } from './records-query';
import type { RecordIndex } from './records-query';
import { WORKSPACE_ERROR_NAMES } from './workspace-types';
import type { DatasetListItem, FullRecord, ImportFileInput, ImportOutcome, ImportProgress, RecordPage, RecordQuery, WorkspaceOverview } from './workspace-types';

export const DEMO_DATASET_NAME = 'Demo workspace (synthetic)';
const DEMO_FLAG = 'demo-created';
const MAX_NAME_LENGTH = 120;

export interface WorkspaceStoreOptions {
  storage: DatasetStorage;
  summarize: (dataset: Dataset) => DatasetSummary;
  /** Cross-database reference matching: the slow part of a summary, computed only when asked for. */
  summarizeCitedWorks?: (dataset: Dataset) => CitedWorksSummary;
  /** Saved maps, deleted with their dataset. */
  savedMaps?: Pick<SavedMapStorage, 'deleteMapsOf'>;
  /** The committed demo export files; an empty list when the build has none. */
  demoFiles?: () => Promise<ImportFileInput[]>;
  now?: () => Date;
  newId?: () => string;
  progressIntervalMs?: number;
}

/** What `loadDemo` did: created it, skipped it (not the first run), or found no demo files in the build. */
export type DemoResult = { kind: 'created'; outcome: ImportOutcome } | { kind: 'skipped' } | { kind: 'missing' };

export interface StartupState {
  datasets: DatasetListItem[];
  /** No dataset yet and the demo was never created: the app should create it. */
  isFirstRun: boolean;
}

const randomId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `ds-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

function cleanName(name: string): string {
  const trimmed = name.trim().slice(0, MAX_NAME_LENGTH);
  if (!trimmed) throw namedError(WORKSPACE_ERROR_NAMES.invalid, 'A dataset needs a name.');
  return trimmed;
}

/**
 * The worker's state: datasets in memory (loaded from storage on first use), record indexes for
 * the tables, and every change persisted before it becomes visible. Changes run one at a time.
 */
export function createWorkspaceStore(options: WorkspaceStoreOptions) {
  const { storage, summarize } = options;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomId;
  const cache = new Map<string, Dataset>();
  const indexes = new WeakMap<Dataset, RecordIndex>();
  const byId = new WeakMap<Dataset, Map<string, FullRecord>>();
  // Summaries match references across the whole dataset: compute once per dataset version.
  const overviews = new WeakMap<Dataset, WorkspaceOverview>();
  const citedWorks = new WeakMap<Dataset, CitedWorksSummary>();
  let chain: Promise<unknown> = Promise.resolve();

  const exclusive = <T>(run: () => Promise<T>): Promise<T> => {
    const next = chain.then(run, run);
    chain = next.catch(() => undefined);
    return next;
  };

  async function getDataset(id: string): Promise<Dataset> {
    const cached = cache.get(id);
    if (cached) return cached;
    const loaded = await storage.loadDataset(id);
    if (!loaded) throw namedError(WORKSPACE_ERROR_NAMES.notFound, `There is no dataset with id "${id}" (it may have been deleted in another tab).`);
    cache.set(id, loaded);
    return loaded;
  }

  /** Saves first, then publishes: a failed save leaves memory and storage as they were. */
  async function commit(dataset: Dataset): Promise<Dataset> {
    await storage.saveDataset(dataset);
    cache.set(dataset.id, dataset);
    return dataset;
  }

  const overview = (dataset: Dataset): WorkspaceOverview => {
    let cached = overviews.get(dataset);
    if (!cached) overviews.set(dataset, (cached = buildOverview(dataset, summarize)));
    return cached;
  };

  const recordIndex = (dataset: Dataset): RecordIndex => {
    let index = indexes.get(dataset);
    if (!index) indexes.set(dataset, (index = buildRecordIndex(dataset)));
    return index;
  };

  async function importInto(dataset: Dataset, files: ImportFileInput[], onProgress?: (progress: ImportProgress) => void): Promise<ImportOutcome> {
    const report = createProgressReporter(onProgress, options.progressIntervalMs);
    files.forEach((file, fileIndex) => report({ fileIndex, file: file.name, phase: 'queued', done: 0, total: 0 }));
    const imports: FileImport[] = [];
    for (let fileIndex = 0; fileIndex < files.length; fileIndex++) {
      const { name, bytes } = files[fileIndex];
      report({ fileIndex, file: name, phase: 'parsing', done: 0, total: bytes.byteLength });
      const result = importFile(new Uint8Array(bytes), name, {
        onProgress: (progress) => report({ fileIndex, file: name, phase: 'parsing', done: progress.done, total: progress.total }),
      });
      // Drop the raw bytes as soon as they are parsed: only records are kept.
      files[fileIndex] = { name, bytes: new ArrayBuffer(0) };
      imports.push(result);
      const records = result.ok ? result.result.stats.records : 0;
      report({ fileIndex, file: name, phase: result.ok ? 'done' : 'rejected', done: records, total: records });
    }
    report({ fileIndex: -1, file: '', phase: 'merging', done: 0, total: imports.length });
    const next = addImports(dataset, imports, now());
    report({ fileIndex: -1, file: '', phase: 'saving', done: 0, total: 1 });
    await commit(next);
    report({ fileIndex: -1, file: '', phase: 'done', done: 1, total: 1 });
    return { overview: overview(next), newFiles: next.files.slice(dataset.files.length) };
  }

  return {
    async startup(): Promise<StartupState> {
      const datasets = await storage.listDatasets();
      return { datasets: sortByCreation(datasets), isFirstRun: datasets.length === 0 && !(await storage.getFlag(DEMO_FLAG)) };
    },

    async listDatasets(): Promise<DatasetListItem[]> {
      return sortByCreation(await storage.listDatasets());
    },

    createDataset: (name: string, synthetic = false): Promise<DatasetListItem> =>
      exclusive(async () => toListItem(await commit(createDataset(newId(), cleanName(name), { synthetic, now: now() })))),

    renameDataset: (id: string, name: string): Promise<DatasetListItem> =>
      exclusive(async () => {
        const dataset = await getDataset(id);
        return toListItem(await commit({ ...dataset, name: cleanName(name), updatedAt: now().toISOString() }));
      }),

    deleteDataset: (id: string): Promise<void> =>
      exclusive(async () => {
        await storage.deleteDataset(id);
        cache.delete(id);
        await options.savedMaps?.deleteMapsOf(id);
      }),

    importFiles: (datasetId: string, files: ImportFileInput[], onProgress?: (progress: ImportProgress) => void): Promise<ImportOutcome> =>
      exclusive(async () => importInto(await getDataset(datasetId), files, onProgress)),

    async getSummary(datasetId: string): Promise<WorkspaceOverview> {
      return overview(await getDataset(datasetId));
    },

    /** The most cited works after reference matching, computed once per dataset version. */
    async getCitedWorks(datasetId: string): Promise<CitedWorksSummary> {
      const dataset = await getDataset(datasetId);
      let cached = citedWorks.get(dataset);
      if (!cached) {
        cached = options.summarizeCitedWorks?.(dataset) ?? { top: [], works: 0, references: 0 };
        citedWorks.set(dataset, cached);
      }
      return cached;
    },

    async queryRecords(datasetId: string, query: RecordQuery): Promise<RecordPage> {
      return queryRecordIndex(recordIndex(await getDataset(datasetId)), query);
    },

    async getRecord(datasetId: string, recordId: string): Promise<FullRecord | undefined> {
      const dataset = await getDataset(datasetId);
      let map = byId.get(dataset);
      if (!map) {
        map = new Map<string, FullRecord>();
        for (const record of [...dataset.publications, ...dataset.patents]) map.set(record.id, record);
        byId.set(dataset, map);
      }
      return map.get(recordId);
    },

    /**
     * Creates the synthetic demo dataset from the committed demo files. With `ifFirstRun`, does
     * nothing once a demo was created or any dataset exists (two tabs, or React's double effects
     * in development, must not make two demos).
     */
    loadDemo: (options_: { ifFirstRun?: boolean } = {}, onProgress?: (progress: ImportProgress) => void): Promise<DemoResult> =>
      exclusive(async (): Promise<DemoResult> => {
        if (options_.ifFirstRun && ((await storage.getFlag(DEMO_FLAG)) || (await storage.listDatasets()).length > 0)) return { kind: 'skipped' };
        const files = (await options.demoFiles?.()) ?? [];
        if (files.length === 0) return { kind: 'missing' };
        // Built in memory and saved once, so a failure leaves no half-made demo behind.
        const outcome = await importInto(createDataset(newId(), DEMO_DATASET_NAME, { synthetic: true, now: now() }), files, onProgress);
        await storage.setFlag(DEMO_FLAG, true);
        return { kind: 'created', outcome };
      }),
  };
}

export type WorkspaceStore = ReturnType<typeof createWorkspaceStore>;

/** Oldest first, so the list does not reshuffle when a dataset is renamed or imported into. */
function sortByCreation(datasets: DatasetListItem[]): DatasetListItem[] {
  return [...datasets].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name));
}
