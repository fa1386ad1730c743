import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDataset } from '../../src/domain/dataset';
import { createIdbStorage } from './dataset-storage';
import { toStorageError } from './errors';

describe('IndexedDB dataset storage', () => {
  it('saves, lists, loads and deletes datasets and flags', async () => {
    const storage = createIdbStorage(`test-${Math.random()}`);
    const dataset = createDataset('d1', 'Theses', { now: new Date('2026-01-01T00:00:00Z') });
    await storage.saveDataset(dataset);
    expect(await storage.listDatasets()).toEqual([expect.objectContaining({ id: 'd1', name: 'Theses', publications: 0 })]);
    expect(await storage.loadDataset('d1')).toEqual(dataset);
    await storage.deleteDataset('d1');
    expect(await storage.listDatasets()).toEqual([]);
    expect(await storage.loadDataset('d1')).toBeUndefined();
    expect(await storage.getFlag('demo-created')).toBe(false);
    await storage.setFlag('demo-created', true);
    expect(await storage.getFlag('demo-created')).toBe(true);
  });
});

describe('toStorageError', () => {
  it('turns a quota error into the storage-full message', () => {
    const error = toStorageError(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }), 'save the dataset');
    expect(error.name).toBe('StorageFullError');
    expect(error.message).toBe("Your browser's storage for this site is full: delete a dataset or free disk space.");
  });

  it('reports other failures with what was being done', () => {
    const error = toStorageError(Object.assign(new Error('gone'), { name: 'InvalidStateError' }), 'save the dataset');
    expect(error.name).toBe('StorageError');
    expect(error.message).toContain('could not save the dataset (InvalidStateError: gone)');
  });
});
