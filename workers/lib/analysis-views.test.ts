import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/dataset';
import { makePublication } from '../../src/domain/history/test-support';
import { createAnalysisStore } from './analysis-store';
import { createAnalysisViews, historiographTop, validateBurstRequest } from './analysis-views';

const cite = (doi: string): string => `Someone X, 2000, J TEST, DOI ${doi}`;

/** A small corpus: "maps" bursts in 2014-2016, and a citation chain for the historiograph. */
function dataset(updatedAt = '2024-01-01'): Dataset {
  const publications = [
    makePublication({ author: 'Garfield, E', year: 2010, doi: '10.1000/0', keywords: ['history'] }),
    makePublication({ author: 'Small, H', year: 2012, doi: '10.1000/1', keywords: ['history'], references: [cite('10.1000/0')] }),
    makePublication({ author: 'Chen, C', year: 2016, doi: '10.1000/2', keywords: ['maps'], references: [cite('10.1000/0'), cite('10.1000/1')] }),
  ];
  for (let year = 2010; year <= 2019; year++) {
    for (let k = 0; k < 4; k++) {
      const isBurst = year >= 2014 && year <= 2016;
      publications.push(makePublication({ author: `Author${k}, A`, year, keywords: isBurst && k < 3 ? ['maps', 'networks'] : ['networks'] }));
    }
  }
  return { id: 'd1', name: 'Test', createdAt: updatedAt, updatedAt, synthetic: false, files: [], publications, patents: [], merges: [] };
}

function source(initial: Dataset) {
  let loads = 0;
  return {
    loadDataset: async (id: string) => {
      loads += 1;
      return id === initial.id ? structuredClone(initial) : undefined;
    },
    loads: () => loads,
  };
}

describe('analysis views', () => {
  it('finds the burst of a keyword, with its years and yearly counts', async () => {
    const views = createAnalysisViews(createAnalysisStore(source(dataset())).corpus);
    const table = await views.bursts('d1', { unit: 'author-keywords', gamma: 0.5, minDuration: 1 });
    expect(table.years[0]).toBe(2010);
    expect(table.years.at(-1)).toBe(2019);
    const maps = table.rows.find((row) => row.key === 'maps');
    expect(maps).toBeDefined();
    expect(maps?.strongest.start).toBeGreaterThanOrEqual(2014);
    expect(maps?.strongest.end).toBeLessThanOrEqual(2016);
    expect(maps?.counts).toHaveLength(10);
    // "networks" is everywhere: no burst.
    expect(table.rows.some((row) => row.key === 'networks')).toBe(false);
  });

  it('builds the historiograph and reuses the corpus while the dataset is unchanged', async () => {
    const src = source(dataset());
    const loader = createAnalysisStore(src).corpus;
    const views = createAnalysisViews(loader);
    const graph = await views.historiograph('d1', { top: 10 });
    expect(graph.nodes.map((n) => n.label)).toEqual(['Garfield E 2010', 'Small H 2012']);
    expect(graph.links).toEqual([{ from: 1, to: 0 }]);
    const first = await loader('d1');
    expect(await loader('d1')).toBe(first);
    expect(src.loads()).toBe(3);
  });

  it('rejects bad requests with named errors and unknown datasets as not found', async () => {
    const views = createAnalysisViews(createAnalysisStore(source(dataset())).corpus);
    expect(() => validateBurstRequest({ unit: 'author-keywords', gamma: -1, minDuration: 1 })).toThrow(/Gamma/);
    expect(() => validateBurstRequest({ unit: 'author-keywords', gamma: 1, minDuration: 0 })).toThrow(/duration/);
    expect(() => validateBurstRequest({ unit: 'authors' as 'keywords', gamma: 1, minDuration: 1 })).toThrow(/cannot/);
    expect(validateBurstRequest({ unit: 'keywords', gamma: 1, minDuration: 2 })).toMatchObject({ top: 50, minOccurrences: 3 });
    expect(historiographTop({ top: 0 })).toBe(1);
    expect(historiographTop({ top: 999 })).toBe(200);
    await expect(views.bursts('nope', { unit: 'keywords', gamma: 1, minDuration: 1 })).rejects.toMatchObject({ name: 'DatasetNotFoundError' });
  });
});
