import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarizeDataset } from '../../src/domain/dataset';
import { createMemoryStorage } from './dataset-storage';
import type { DatasetStorage } from './dataset-storage';
import { createWorkspaceStore } from './workspace-store';
import type { ImportFileInput, ImportProgress } from './workspace-types';

const bytesOf = (text: string): ArrayBuffer => new TextEncoder().encode(text).buffer as ArrayBuffer;
const fixedNow = () => new Date('2026-01-01T00:00:00Z');

function makeStore(storage: DatasetStorage = createMemoryStorage(), demoFiles?: () => Promise<ImportFileInput[]>) {
  let counter = 0;
  return createWorkspaceStore({ storage, summarize: summarizeDataset, now: fixedNow, newId: () => `ds-${++counter}`, progressIntervalMs: 0, demoFiles });
}

describe('workspace store', () => {
  it('creates, lists, renames and deletes datasets, persisting each change', async () => {
    const storage = createMemoryStorage();
    const store = makeStore(storage);
    expect(await store.startup()).toEqual({ datasets: [], isFirstRun: true });
    const created = await store.createDataset('  Theses 2024  ');
    expect(created).toMatchObject({ id: 'ds-1', name: 'Theses 2024', synthetic: false, publications: 0, files: 0 });
    await store.renameDataset('ds-1', 'Theses');
    expect((await store.listDatasets()).map((item) => item.name)).toEqual(['Theses']);
    expect(storage.datasets.get('ds-1')?.name).toBe('Theses');
    await store.deleteDataset('ds-1');
    expect(await store.listDatasets()).toEqual([]);
    await expect(store.getSummary('ds-1')).rejects.toMatchObject({ name: 'DatasetNotFoundError' });
  });

  it('refuses an empty name with a named error', async () => {
    await expect(makeStore().createDataset('   ')).rejects.toMatchObject({ name: 'InvalidRequestError' });
  });

  it('records a rejected file with its reason, reports progress, and drops the raw bytes', async () => {
    const store = makeStore();
    await store.createDataset('A');
    const events: ImportProgress[] = [];
    const files = [{ name: 'notes.txt', bytes: bytesOf('hello, this is not an export\n') }];
    const outcome = await store.importFiles('ds-1', files, (progress) => events.push(progress));
    expect(outcome.newFiles).toHaveLength(1);
    expect(outcome.newFiles[0]).toMatchObject({ file: 'notes.txt', ok: false });
    expect(outcome.newFiles[0].issues[0].code).toBe('unknown-format');
    expect(outcome.overview.summary.publications).toBe(0);
    expect(events.map((event) => event.phase)).toEqual(['queued', 'parsing', 'rejected', 'merging', 'saving', 'done']);
    expect(files[0].bytes.byteLength).toBe(0);
  });

  it('keeps the dataset as it was when saving fails, and says the storage is full', async () => {
    const memory = createMemoryStorage();
    const store = makeStore({
      ...memory,
      saveDataset: async (dataset) => {
        if (dataset.files.length > 0) throw Object.assign(new Error("Your browser's storage for this site is full"), { name: 'StorageFullError' });
        return memory.saveDataset(dataset);
      },
    });
    await store.createDataset('A');
    await expect(store.importFiles('ds-1', [{ name: 'x.txt', bytes: bytesOf('nothing') }])).rejects.toMatchObject({ name: 'StorageFullError' });
    expect((await store.getSummary('ds-1')).files).toEqual([]);
    expect(memory.datasets.get('ds-1')?.files).toEqual([]);
  });

  it('creates the synthetic demo once and not when there are no demo files', async () => {
    expect(await makeStore(createMemoryStorage(), async () => []).loadDemo()).toEqual({ kind: 'missing' });
    const storage = createMemoryStorage();
    const store = makeStore(storage, async () => [{ name: 'demo.txt', bytes: bytesOf('not an export') }]);
    // Two first-run calls at once (React's double effects) make one demo.
    const [first, second] = await Promise.all([store.loadDemo({ ifFirstRun: true }), store.loadDemo({ ifFirstRun: true })]);
    expect(first.kind === 'created' && first.outcome.overview.dataset).toMatchObject({ name: 'Demo workspace (synthetic)', synthetic: true });
    expect(second).toEqual({ kind: 'skipped' });
    expect(await store.listDatasets()).toHaveLength(1);
    expect((await makeStore(storage).startup()).isFirstRun).toBe(false);
  });

  const demoDir = resolve(__dirname, '../../sample-data');
  it.skipIf(!existsSync(resolve(demoDir, 'demo-wos.txt')))('imports the committed demo files, merges duplicates and answers table queries', async () => {
    const files = ['demo-wos.txt', 'demo-scopus.csv', 'demo-lens-patents.csv'].map((name) => ({ name, bytes: new Uint8Array(readFileSync(resolve(demoDir, name))).buffer as ArrayBuffer }));
    const store = makeStore(createMemoryStorage(), async () => files);
    const demo = await store.loadDemo();
    if (demo.kind !== 'created') throw new Error(`demo not created: ${demo.kind}`);
    const { overview } = demo.outcome;
    expect(overview.files.map((file) => file.ok)).toEqual([true, true, true]);
    expect(overview.summary.publications).toBeGreaterThan(0);
    expect(overview.summary.patents).toBeGreaterThan(0);
    expect(overview.mergeCount).toBeGreaterThan(0);
    expect(overview.recordsPerYear.length).toBeGreaterThan(0);
    const page = await store.queryRecords(overview.dataset.id, { kind: 'publication', sortBy: 'year', sortDir: 'desc', limit: 10 });
    expect(page.total).toBe(overview.summary.publications);
    const record = await store.getRecord(overview.dataset.id, page.rows[0].id);
    expect(record?.kind).toBe('publication');
  });
});
