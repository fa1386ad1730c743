import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/dataset';
import { DEFAULT_MAP_OPTIONS } from '../../src/domain/maps/run-map';
import { author, publication, reference } from '../../src/domain/network/test-support';
import { createAnalysisStore, throttleProgress } from './analysis-store';
import type { AnalysisProgress } from './analysis-types';

const refs = (...dois: string[]) => dois.map((doi) => reference(doi, `AU${doi.slice(-1)}`, 'J TEST'));

function dataset(updatedAt = '2024-01-01'): Dataset {
  const publications = [
    publication(1, { authors: [author('Smith J'), author('Lee K')], authorKeywords: ['maps', 'networks'], references: refs('10.1/a', '10.1/b', '10.1/c') }),
    publication(2, { authors: [author('Smith J')], authorKeywords: ['maps', 'clusters'], references: refs('10.1/a', '10.1/b') }),
    publication(3, { authors: [author('Wu X'), author('Lee K')], authorKeywords: ['networks', 'clusters'], references: refs('10.1/b', '10.1/c', '10.1/d') }),
    publication(4, { authors: [author('Wu X')], authorKeywords: ['maps', 'networks', 'clusters'], references: refs('10.1/a', '10.1/c', '10.1/d') }),
  ];
  return { id: 'd1', name: 'Test', createdAt: updatedAt, updatedAt, synthetic: false, files: [], publications, patents: [], merges: [] };
}

function source(initial: Dataset) {
  let current = initial;
  let loads = 0;
  return {
    loadDataset: async (id: string) => {
      loads += 1;
      return id === current.id ? structuredClone(current) : undefined;
    },
    set: (next: Dataset) => {
      current = next;
    },
    loads: () => loads,
  };
}

describe('analysis store', () => {
  it('reports what the dataset supports', async () => {
    const store = createAnalysisStore(source(dataset()));
    const caps = await store.capabilities('d1');
    expect(caps).toMatchObject({ publications: 4, withReferences: 4, withAuthors: 4, withAuthorKeywords: 4, withIndexKeywords: 0, citedWorks: 4 });
  });

  it('returns the sorted unit weights for the live threshold count', async () => {
    const store = createAnalysisStore(source(dataset()));
    const info = await store.thresholdInfo('d1', { type: 'co-citation', unit: 'cited-references' });
    expect(info.units).toBe(4);
    expect([...info.sortedWeights]).toEqual([2, 3, 3, 3]);
    const keywords = await store.thresholdInfo('d1', { type: 'co-occurrence', unit: 'author-keywords' });
    expect([...keywords.sortedWeights]).toEqual([3, 3, 3]);
    const limited = await store.thresholdInfo('d1', { type: 'co-authorship', unit: 'authors', maxAuthorsPerDocument: 1 });
    expect(limited.ignoredDocuments).toBe(2);
  });

  it('runs a map, reports progress, and exports the last map in every format', async () => {
    const store = createAnalysisStore(source(dataset()));
    await expect(async () => store.exportMap('pajek')).rejects.toThrow(/run a map first/);
    const progress: AnalysisProgress[] = [];
    const result = await store.runMap('d1', { ...DEFAULT_MAP_OPTIONS, type: 'co-citation', unit: 'cited-references', minOccurrences: 1 }, (p) => progress.push(p));
    expect(result.map.items).toHaveLength(4);
    expect(progress[0].phase).toBe('loading');
    expect(progress.some((p) => p.phase === 'clustering')).toBe(true);
    const net = store.exportMap('pajek', 'x');
    expect(net.fileName).toBe('x.net');
    expect(net.text).toMatch(/^\*Vertices 4/);
    expect(store.exportMap('vosviewer-map').text.split('\n')[0]).toMatch(/^id\tlabel\tx\ty\tcluster/);
    expect(store.exportMap('nodes-csv').fileName).toBe('meridian-map-nodes.csv');
    expect(JSON.parse(store.exportMap('vosviewer-json').text).network.items).toHaveLength(4);
    expect(store.exportMap('graphml').text).toContain('<graphml');
    // A fresh worker can still write a map it is handed.
    const fresh = createAnalysisStore(source(dataset()));
    expect(fresh.exportMap('links-csv', 'y', result.map).text).toContain('Source,Target');
  });

  it('reloads the dataset but matches references again only when it changed', async () => {
    const src = source(dataset());
    const store = createAnalysisStore(src);
    await store.capabilities('d1');
    await store.capabilities('d1');
    expect(src.loads()).toBe(2);
    const changed = dataset('2024-02-02');
    changed.publications.pop();
    src.set(changed);
    expect((await store.capabilities('d1')).publications).toBe(3);
  });

  it('says so when the dataset is gone', async () => {
    const store = createAnalysisStore(source(dataset()));
    await expect(store.capabilities('nope')).rejects.toMatchObject({ name: 'DatasetNotFoundError' });
  });
});

describe('throttleProgress', () => {
  it('forwards at most one report per interval per phase, and every change of phase', () => {
    const seen: string[] = [];
    let now = 0;
    const report = throttleProgress((p) => seen.push(`${p.phase}:${p.done}`), 100, () => now);
    report({ phase: 'clustering', done: 0, total: 3 });
    now = 50;
    report({ phase: 'clustering', done: 1, total: 3 });
    now = 120;
    report({ phase: 'clustering', done: 2, total: 3 });
    now = 130;
    report({ phase: 'layout', done: 0, total: 1 });
    expect(seen).toEqual(['clustering:0', 'clustering:2', 'layout:0']);
  });
});
