import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';
import type { MapOptions, MapResult } from './analysis-types';
import { toStorageError } from './errors';

/** A map saved with the parameters that made it, reopened exactly as it was shown. */
export interface SavedMap {
  id: string;
  datasetId: string;
  /** `updatedAt` of the dataset when the map was made: a different value means the data changed since. */
  datasetUpdatedAt: string;
  name: string;
  options: MapOptions;
  /** ISO date-time. */
  createdAt: string;
  result: MapResult;
}

/** A saved map in a list: everything but the (large) result, plus its size. */
export type SavedMapSummary = Omit<SavedMap, 'result'> & { itemCount: number; clusterCount: number };

export const toSavedMapSummary = ({ result, ...rest }: SavedMap): SavedMapSummary => ({ ...rest, itemCount: result.map.items.length, clusterCount: result.clusters.length });

export interface SavedMapStorage {
  putMap(map: SavedMap): Promise<void>;
  getMap(id: string): Promise<SavedMap | undefined>;
  /** The maps of one dataset, newest first. */
  listMaps(datasetId: string): Promise<SavedMapSummary[]>;
  deleteMap(id: string): Promise<void>;
  /** Deletes every map saved from a dataset (when the dataset itself is deleted). */
  deleteMapsOf(datasetId: string): Promise<void>;
}

interface SavedMapsDb extends DBSchema {
  maps: { key: string; value: SavedMap; indexes: { datasetId: string } };
}

/**
 * A database of its own rather than a new store in `meridian-workspace`: that one is opened at a
 * fixed version by the workspace worker, and bumping it from here would make that open fail
 * (VersionError) or block. Keeping maps apart also keeps the analysis worker read-only there.
 */
export const SAVED_MAPS_DB_NAME = 'meridian-saved-maps';
const SAVED_MAPS_DB_VERSION = 1;

const newestFirst = (a: SavedMapSummary, b: SavedMapSummary): number => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0);

/** Saved maps in IndexedDB (via idb). Every failure becomes a StorageFullError or a StorageError. */
export function createIdbSavedMaps(dbName: string = SAVED_MAPS_DB_NAME): SavedMapStorage {
  let dbPromise: Promise<IDBPDatabase<SavedMapsDb>> | undefined;
  const db = (): Promise<IDBPDatabase<SavedMapsDb>> => {
    dbPromise ??= openDB<SavedMapsDb>(dbName, SAVED_MAPS_DB_VERSION, {
      upgrade(database, oldVersion) {
        // Each version adds what it needs and never touches what exists.
        if (oldVersion < 1) database.createObjectStore('maps', { keyPath: 'id' }).createIndex('datasetId', 'datasetId');
      },
    }).catch((error: unknown) => {
      dbPromise = undefined;
      throw error;
    });
    return dbPromise;
  };
  const guard = async <T>(action: string, run: (database: IDBPDatabase<SavedMapsDb>) => Promise<T>): Promise<T> => {
    try {
      return await run(await db());
    } catch (error) {
      throw toStorageError(error, action);
    }
  };
  return {
    putMap: (map) => guard('save the map', async (database) => { await database.put('maps', map); }),
    getMap: (id) => guard('read the saved map', (database) => database.get('maps', id)),
    listMaps: (datasetId) => guard('list the saved maps', async (database) => (await database.getAllFromIndex('maps', 'datasetId', datasetId)).map(toSavedMapSummary).sort(newestFirst)),
    deleteMap: (id) => guard('delete the saved map', (database) => database.delete('maps', id)),
    deleteMapsOf: (datasetId) =>
      guard('delete the saved maps', async (database) => {
        const tx = database.transaction('maps', 'readwrite');
        for (const key of await tx.store.index('datasetId').getAllKeys(datasetId)) await tx.store.delete(key);
        await tx.done;
      }),
  };
}

/** Saved maps in memory only, for tests. */
export function createMemorySavedMaps(): SavedMapStorage {
  const maps = new Map<string, SavedMap>();
  return {
    putMap: async (map) => { maps.set(map.id, structuredClone(map)); },
    getMap: async (id) => (maps.has(id) ? structuredClone(maps.get(id)) : undefined),
    listMaps: async (datasetId) => [...maps.values()].filter((m) => m.datasetId === datasetId).map(toSavedMapSummary).sort(newestFirst),
    deleteMap: async (id) => { maps.delete(id); },
    deleteMapsOf: async (datasetId) => {
      for (const [id, map] of maps) if (map.datasetId === datasetId) maps.delete(id);
    },
  };
}
