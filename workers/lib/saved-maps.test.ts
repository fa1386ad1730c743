import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/dataset';
import { DEFAULT_MAP_OPTIONS } from '../../src/domain/maps/run-map';
import { author, publication, reference } from '../../src/domain/network/test-support';
import { createAnalysisStore } from './analysis-store';
import type { MapOptions } from './analysis-types';
import { createIdbSavedMaps } from './saved-maps';

const refs = (...dois: string[]) => dois.map((doi) => reference(doi, `AU${doi.slice(-1)}`, 'J TEST'));

function dataset(updatedAt = '2024-01-01'): Dataset {
  const publications = [
    publication(1, { title: 'One', year: 2019, timesCited: 4, authors: [author('Smith J'), author('Lee K')], authorKeywords: ['maps', 'networks'], references: refs('10.1/a', '10.1/b', '10.1/c') }),
    publication(2, { title: 'Two', year: 2021, timesCited: 4, authors: [author('Smith J')], authorKeywords: ['maps', 'clusters'], references: refs('10.1/a', '10.1/b') }),
    publication(3, { title: 'Three', year: 2020, timesCited: 10, authors: [author('Wu X'), author('Lee K')], authorKeywords: ['networks', 'clusters'], references: refs('10.1/b', '10.1/c', '10.1/d') }),
    publication(4, { title: 'Four', year: 2018, authors: [author('Wu X')], authorKeywords: ['maps', 'networks', 'clusters'], references: refs('10.1/a', '10.1/c', '10.1/d') }),
  ];
  return { id: 'd1', name: 'Test', createdAt: updatedAt, updatedAt, synthetic: false, files: [], publications, patents: [], merges: [] };
}

const source = (data: Dataset) => ({ loadDataset: async (id: string) => (id === data.id ? structuredClone(data) : undefined) });
const keywords: MapOptions = { ...DEFAULT_MAP_OPTIONS, type: 'co-occurrence', unit: 'keywords', minOccurrences: 1 };
const dbName = () => `saved-maps-test-${Math.random()}`;

describe('saved maps in IndexedDB', () => {
  it('saves, lists, reopens identical and deletes a map', async () => {
    const name = dbName();
    const store = createAnalysisStore(source(dataset()), createIdbSavedMaps(name));
    const result = await store.runMap('d1', keywords);
    const summary = await store.saveMap('  Keywords 2024 ');
    expect(summary).toMatchObject({ datasetId: 'd1', datasetUpdatedAt: '2024-01-01', name: 'Keywords 2024', options: keywords, itemCount: 3, clusterCount: result.clusters.length });
    expect(await store.listSavedMaps('d1')).toEqual([summary]);
    expect(await store.listSavedMaps('other')).toEqual([]);

    // A fresh worker (new store, same database) reopens exactly what was shown and exports it.
    const fresh = createAnalysisStore(source(dataset()), createIdbSavedMaps(name));
    expect(() => fresh.exportMap('nodes-csv')).toThrow(/run a map first/);
    const saved = await fresh.openSavedMap(summary.id);
    expect(saved.result).toEqual(result);
    expect(saved.options).toEqual(keywords);
    expect(fresh.exportMap('nodes-csv').text).toBe(store.exportMap('nodes-csv').text);
    // ... and lists the documents behind its items from the network it rebuilds.
    const behind = await fresh.documentsBehind({ kind: 'item', item: 0 }, { offset: 0, limit: 10 });
    expect(behind.total).toBeGreaterThan(0);

    await fresh.deleteSavedMap(summary.id);
    expect(await store.listSavedMaps('d1')).toEqual([]);
    await expect(fresh.openSavedMap(summary.id)).rejects.toThrow(/no longer exists/);
  });

  it('lists the maps of a dataset newest first and refuses to save without a map or a name', async () => {
    const store = createAnalysisStore(source(dataset()), createIdbSavedMaps(dbName()));
    await expect(store.saveMap('x')).rejects.toThrow(/run a map first/);
    await store.runMap('d1', keywords);
    await expect(store.saveMap('   ')).rejects.toThrow(/name/);
    const first = await store.saveMap('First');
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await store.saveMap('Second');
    expect((await store.listSavedMaps('d1')).map((m) => m.id)).toEqual([second.id, first.id]);
  });
});

describe('documents behind a map', () => {
  it('lists the documents of an item, a link and a cluster, most cited first, by page', async () => {
    const store = createAnalysisStore(source(dataset()));
    const { map } = await store.runMap('d1', keywords);
    const id = (label: string) => map.items.findIndex((item) => item.label === label);
    const maps = await store.documentsBehind({ kind: 'item', item: id('maps') }, { offset: 0, limit: 10 });
    expect(maps.total).toBe(3);
    // Times cited 4, 4, unknown: the 2021 one before the 2019 one.
    expect(maps.rows.map((r) => r.title)).toEqual(['Two', 'One', 'Four']);
    expect(maps.rows[0]).toMatchObject({ firstAuthor: 'Smith J', year: 2021, timesCited: 4 });
    const link = await store.documentsBehind({ kind: 'link', source: id('networks'), target: id('clusters') }, { offset: 0, limit: 10 });
    expect(link.rows.map((r) => r.title)).toEqual(['Three', 'Four']);
    expect(link.sharedReferences).toBeUndefined();
    const page = await store.documentsBehind({ kind: 'link', source: id('maps'), target: id('networks') }, { offset: 1, limit: 1 });
    expect(page).toEqual({ total: 2, rows: [expect.objectContaining({ title: 'Four' })] });
    const cluster = map.items[0].cluster;
    const all = await store.documentsBehind({ kind: 'cluster', cluster }, { offset: 0, limit: Infinity });
    const members = map.items.filter((item) => item.cluster === cluster).map((item) => item.id);
    expect(await store.documentsBehind({ kind: 'cluster', cluster, items: members }, { offset: 0, limit: Infinity })).toEqual(all);
    expect(all.total).toBeGreaterThanOrEqual(3);
    await expect(store.documentsBehind({ kind: 'item', item: 99 }, { offset: 0, limit: 10 })).rejects.toThrow(/no item 99/);
  });

  it('gives the two documents of a coupling link and the number of shared references', async () => {
    const store = createAnalysisStore(source(dataset()));
    const { map } = await store.runMap('d1', { ...DEFAULT_MAP_OPTIONS, type: 'coupling', unit: 'documents', minOccurrences: 0 });
    const link = map.links[0];
    const behind = await store.documentsBehind({ kind: 'link', source: link.source, target: link.target }, { offset: 0, limit: 10 });
    expect(behind.total).toBe(2);
    expect(behind.sharedReferences).toBe(link.strength);
  });

  it('refuses when the dataset changed since the map was made', async () => {
    const store = createAnalysisStore(source(dataset('2025-05-05')));
    await expect(store.documentsBehind({ kind: 'item', item: 0 }, { offset: 0, limit: 10 }, { datasetId: 'd1', options: keywords, datasetUpdatedAt: '2024-01-01' })).rejects.toThrow(/changed since/);
    await expect(store.documentsBehind({ kind: 'item', item: 0 }, { offset: 0, limit: 10 })).rejects.toThrow(/run a map first/);
  });
});

describe('saved maps and their dataset', () => {
  it('are deleted with the dataset (IndexedDB and memory)', async () => {
    const storage = createIdbSavedMaps(dbName());
    const base = { name: 'm', options: keywords, createdAt: '2024-01-01', datasetUpdatedAt: '2024-01-01' };
    const result = await createAnalysisStore(source(dataset()), createIdbSavedMaps(dbName())).runMap('d1', keywords);
    await storage.putMap({ ...base, id: 'a', datasetId: 'd1', result });
    await storage.putMap({ ...base, id: 'b', datasetId: 'd1', result });
    await storage.putMap({ ...base, id: 'c', datasetId: 'd2', result });
    await storage.deleteMapsOf('d1');
    expect((await storage.listMaps('d1')).length).toBe(0);
    expect((await storage.listMaps('d2')).map((m) => m.id)).toEqual(['c']);
  });
});
