import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';
import type { Dataset } from '../../src/domain/dataset';
import { toListItem } from './dataset-overview';
import { toStorageError } from './errors';
import type { DatasetListItem } from './workspace-types';

/** Where datasets live between sessions. The worker talks to this, never to IndexedDB directly. */
export interface DatasetStorage {
  listDatasets(): Promise<DatasetListItem[]>;
  loadDataset(id: string): Promise<Dataset | undefined>;
  /** Writes the dataset and its list entry in one transaction: both or neither. */
  saveDataset(dataset: Dataset): Promise<void>;
  deleteDataset(id: string): Promise<void>;
  getFlag(name: string): Promise<boolean>;
  setFlag(name: string, value: boolean): Promise<void>;
}

interface WorkspaceDb extends DBSchema {
  datasets: { key: string; value: Dataset };
  meta: { key: string; value: DatasetListItem };
  flags: { key: string; value: boolean };
}

export const DB_NAME = 'meridian-workspace';
const DB_VERSION = 1;

/** IndexedDB storage (via idb). Every failure becomes a StorageFullError or a StorageError. */
export function createIdbStorage(dbName: string = DB_NAME): DatasetStorage {
  let dbPromise: Promise<IDBPDatabase<WorkspaceDb>> | undefined;
  const db = (): Promise<IDBPDatabase<WorkspaceDb>> => {
    dbPromise ??= openDB<WorkspaceDb>(dbName, DB_VERSION, {
      upgrade(database) {
        database.createObjectStore('datasets');
        database.createObjectStore('meta');
        database.createObjectStore('flags');
      },
    }).catch((error: unknown) => {
      dbPromise = undefined;
      throw error;
    });
    return dbPromise;
  };
  const guard = async <T>(action: string, run: (database: IDBPDatabase<WorkspaceDb>) => Promise<T>): Promise<T> => {
    try {
      return await run(await db());
    } catch (error) {
      throw toStorageError(error, action);
    }
  };
  return {
    listDatasets: () => guard('list the datasets', (database) => database.getAll('meta')),
    loadDataset: (id) => guard('read the dataset', (database) => database.get('datasets', id)),
    saveDataset: (dataset) =>
      guard('save the dataset', async (database) => {
        const tx = database.transaction(['datasets', 'meta'], 'readwrite');
        await Promise.all([tx.objectStore('datasets').put(dataset, dataset.id), tx.objectStore('meta').put(toListItem(dataset), dataset.id), tx.done]);
      }),
    deleteDataset: (id) =>
      guard('delete the dataset', async (database) => {
        const tx = database.transaction(['datasets', 'meta'], 'readwrite');
        await Promise.all([tx.objectStore('datasets').delete(id), tx.objectStore('meta').delete(id), tx.done]);
      }),
    getFlag: (name) => guard('read a setting', async (database) => (await database.get('flags', name)) ?? false),
    setFlag: (name, value) => guard('save a setting', async (database) => { await database.put('flags', value, name); }),
  };
}

/** Storage in memory only, for tests. */
export function createMemoryStorage(): DatasetStorage & { datasets: Map<string, Dataset> } {
  const datasets = new Map<string, Dataset>();
  const flags = new Map<string, boolean>();
  const clone = <T>(value: T): T => structuredClone(value);
  return {
    datasets,
    listDatasets: async () => [...datasets.values()].map(toListItem),
    loadDataset: async (id) => (datasets.has(id) ? clone(datasets.get(id)) : undefined),
    saveDataset: async (dataset) => { datasets.set(dataset.id, clone(dataset)); },
    deleteDataset: async (id) => { datasets.delete(id); },
    getFlag: async (name) => flags.get(name) ?? false,
    setFlag: async (name, value) => { flags.set(name, value); },
  };
}
