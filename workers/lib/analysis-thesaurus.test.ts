import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/dataset';
import { DEFAULT_MAP_OPTIONS } from '../../src/domain/maps/run-map';
import { author, publication } from '../../src/domain/network/test-support';
import { createEvolutionView } from './analysis-evolution';
import { createAnalysisStore } from './analysis-store';
import { checkThesaurus, createThesaurusCache } from './analysis-thesaurus';
import type { MapOptions, ThesaurusFile } from './analysis-types';
import { createIdbSavedMaps } from './saved-maps';

function dataset(): Dataset {
  const publications = [
    publication(1, { title: 'One', year: 2018, authors: [author('Smith J')], authorKeywords: ['maps', 'networks'] }),
    publication(2, { title: 'Two', year: 2019, authors: [author('Smith J')], authorKeywords: ['maps', 'clusters'] }),
    publication(3, { title: 'Three', year: 2020, authors: [author('Wu X')], authorKeywords: ['Networks', 'clusters'] }),
    publication(4, { title: 'Four', year: 2021, authors: [author('Wu X')], authorKeywords: ['maps', 'networks', 'clusters'] }),
  ];
  return { id: 'd1', name: 'Test', createdAt: '2024-01-01', updatedAt: '2024-01-01', synthetic: false, files: [], publications, patents: [], merges: [] };
}

const source = (data: Dataset) => ({ loadDataset: async (id: string) => (id === data.id ? structuredClone(data) : undefined) });
/** "networks" merged into "maps": three keywords become two. */
const merging: ThesaurusFile = { fileName: 'merge.txt', text: 'label\treplace by\nnetworks\tmaps\n' };
const keywords: MapOptions = { ...DEFAULT_MAP_OPTIONS, type: 'co-occurrence', unit: 'author-keywords', minOccurrences: 1 };
const dbName = () => `thesaurus-test-${Math.random()}`;

describe('checkThesaurus', () => {
  it('counts merges and drops and passes the parser issues on with their lines', () => {
    const check = checkThesaurus({ fileName: 't.txt', text: '\uFEFFlabel\treplace by\r\nGIS\tgeographic information systems\r\npaper\t\r\nstudy\r\nwrong  spaces\r\n' });
    expect(check).toMatchObject({ fileName: 't.txt', isUsable: true, entries: 3, merges: 1, drops: 2, issueCount: 2 });
    expect(check.problem).toBeUndefined();
    expect(check.issues.map((i) => [i.line, i.code, i.severity])).toEqual([[4, 'thesaurus-no-tab', 'warning'], [5, 'thesaurus-no-tab', 'error']]);
  });

  it('refuses what is not a thesaurus: binary, no header, nothing listed', () => {
    expect(checkThesaurus({ fileName: 'x.xlsx', text: 'PK\u0003\u0004\u0000\u0000' })).toMatchObject({ isUsable: false, problem: 'not-text' });
    // A bibliographic export picked by mistake would otherwise be read as a list of terms to remove.
    expect(checkThesaurus({ fileName: 'savedrecs.txt', text: 'FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\n' })).toMatchObject({ isUsable: false, problem: 'no-header' });
    expect(checkThesaurus({ fileName: 'e.txt', text: '' })).toMatchObject({ isUsable: false, problem: 'empty' });
    expect(checkThesaurus({ fileName: 'h.txt', text: 'label\treplace by\n' })).toMatchObject({ isUsable: false, problem: 'empty' });
    // A quoted header (a spreadsheet's export) is still a header.
    expect(checkThesaurus({ fileName: 'q.txt', text: '"label"\t"replace by"\nA\tB\n' })).toMatchObject({ isUsable: true, entries: 1 });
  });

  it('applies a usable thesaurus to keyword and term units only, and refuses an unusable one', () => {
    const cache = createThesaurusCache();
    expect(cache.forUnit(merging, 'keywords')?.replacements.get('networks')).toBe('maps');
    expect(cache.forUnit(merging, 'terms')).toBe(cache.forUnit(merging, 'author-keywords'));
    expect(cache.forUnit(merging, 'cited-references')).toBeUndefined();
    expect(cache.forUnit(undefined, 'keywords')).toBeUndefined();
    expect(() => cache.forUnit({ fileName: 'x.csv', text: 'a,b\n' }, 'keywords')).toThrow(/"x.csv" cannot be used: its first line is not the header/);
  });
});

describe('a thesaurus in the analysis store', () => {
  it('changes the live item count, and nothing is left cached from another thesaurus', async () => {
    const store = createAnalysisStore(source(dataset()));
    const plain = await store.thresholdInfo('d1', { type: 'co-occurrence', unit: 'author-keywords' });
    expect(plain.units).toBe(3);
    expect([...plain.sortedWeights]).toEqual([3, 3, 3]);
    const merged = await store.thresholdInfo('d1', { type: 'co-occurrence', unit: 'author-keywords', thesaurus: merging });
    expect(merged.units).toBe(2);
    expect([...merged.sortedWeights]).toEqual([3, 4]);
    const dropping = await store.thresholdInfo('d1', { type: 'co-occurrence', unit: 'author-keywords', thesaurus: { fileName: 'drop.txt', text: 'label\treplace by\nclusters\t\n' } });
    expect(dropping.units).toBe(2);
    expect([...dropping.sortedWeights]).toEqual([3, 3]);
    expect((await store.thresholdInfo('d1', { type: 'co-occurrence', unit: 'author-keywords' })).units).toBe(3);
    await expect(store.thresholdInfo('d1', { type: 'co-occurrence', unit: 'author-keywords', thesaurus: { fileName: 'x.txt', text: 'not\ta thesaurus\n' } })).rejects.toMatchObject({ name: 'InvalidRequestError' });
  });

  it('runs the map with it and names it in the map parameters', async () => {
    const store = createAnalysisStore(source(dataset()));
    const plain = await store.runMap('d1', keywords);
    const merged = await store.runMap('d1', { ...keywords, thesaurus: merging });
    expect(plain.map.items.map((i) => i.label).sort()).toEqual(['clusters', 'maps', 'networks']);
    expect(merged.map.items.map((i) => i.label).sort()).toEqual(['clusters', 'maps']);
    expect(merged.map.items.find((i) => i.label === 'maps')?.weights.Occurrences).toBe(4);
    expect(merged.map.parameters?.thesaurus).toBe('merge.txt');
    expect(plain.map.parameters?.thesaurus).toBeUndefined();
    expect(JSON.parse(store.exportMap('vosviewer-json').text).config.parameters.thesaurus).toBe('merge.txt');
    // The documents behind an item come from the network made with the same thesaurus.
    const maps = merged.map.items.findIndex((i) => i.label === 'maps');
    expect((await store.documentsBehind({ kind: 'item', item: maps }, { offset: 0, limit: 10 })).total).toBe(4);
  });

  it('keeps it in a saved map, which reopens identical in a fresh worker', async () => {
    const name = dbName();
    const store = createAnalysisStore(source(dataset()), createIdbSavedMaps(name));
    const options: MapOptions = { ...keywords, thesaurus: merging };
    const result = await store.runMap('d1', options);
    const summary = await store.saveMap('Merged keywords');
    expect(summary.options.thesaurus).toEqual(merging);
    expect(summary.itemCount).toBe(2);

    const fresh = createAnalysisStore(source(dataset()), createIdbSavedMaps(name));
    const saved = await fresh.openSavedMap(summary.id);
    expect(saved.options).toEqual(options);
    expect(saved.result).toEqual(result);
    // Running the saved options again gives the same map.
    expect((await createAnalysisStore(source(dataset())).runMap('d1', saved.options)).map).toEqual(result.map);
    // The fresh worker rebuilds the network with the saved thesaurus: without it there would be
    // three items, and the documents behind the map could not be listed.
    const maps = saved.result.map.items.findIndex((i) => i.label === 'maps');
    const behind = await fresh.documentsBehind({ kind: 'item', item: maps }, { offset: 0, limit: 10 }, { datasetId: 'd1', options: saved.options, datasetUpdatedAt: saved.datasetUpdatedAt, itemCount: saved.result.map.items.length });
    expect(behind.total).toBe(4);
    await expect(fresh.documentsBehind({ kind: 'item', item: 0 }, { offset: 0, limit: 10 }, { datasetId: 'd1', options: keywords, itemCount: 2 })).rejects.toThrow(/no longer matches/);
  });

  it('applies to every period of the thematic evolution', async () => {
    const store = createAnalysisStore(source(dataset()));
    const view = createEvolutionView((id) => store.corpus(id));
    const periods = [{ from: 2018, to: 2019 }, { from: 2020, to: 2021 }];
    // Items mapped per period: the themes' sizes added up.
    const items = (result: Awaited<ReturnType<typeof view.evolution>>) => result.periods.map((p) => p.themes.reduce((n, theme) => n + theme.size, 0));
    expect(items(await view.evolution('d1', { options: keywords, periods, index: 'inclusion' }))).toEqual([3, 3]);
    expect(items(await view.evolution('d1', { options: { ...keywords, thesaurus: merging }, periods, index: 'inclusion' }))).toEqual([2, 2]);
  });
});
