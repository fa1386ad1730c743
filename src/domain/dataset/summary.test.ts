import { describe, expect, it } from 'vitest';
import { emptyPublication, type Publication } from '../model';
import { createDataset } from './build';
import { fieldCompleteness, summarizeCitedWorks, summarizeDataset, topAuthorKeywords } from './summary';

let line = 1;
const pub = (fields: Partial<Publication>): Publication => ({ ...emptyPublication({ file: 'f', format: 'scopus-csv', line: line++ }), ...fields });

describe('summary', () => {
  it('counts author keywords case-folded, once per record', () => {
    const pubs = [pub({ authorKeywords: ['Deep Learning', 'deep  learning', 'CNN'] }), pub({ authorKeywords: ['deep learning'] }), pub({ authorKeywords: ['cnn'] }), pub({ authorKeywords: ['Alpha'] })];
    expect(topAuthorKeywords(pubs)).toEqual([
      { label: 'cnn', count: 2 },
      { label: 'deep learning', count: 2 },
      { label: 'alpha', count: 1 },
    ]);
  });

  it('computes field completeness as shares', () => {
    const pubs = [pub({ ids: { doi: '10.1/a' }, year: 2020 }), pub({ abstract: 'x' }), pub({}), pub({})];
    expect(fieldCompleteness(pubs)).toMatchObject({ publications: 4, doi: 0.25, abstract: 0.25, year: 0.25, references: 0 });
    expect(fieldCompleteness([]).doi).toBe(0);
  });

  it('ranks cited works by citing records and reports the year range', () => {
    const r = (doi: string) => ({ raw: doi, dois: [doi] });
    const dataset = { ...createDataset('d', 'd'), publications: [pub({ year: 2019, references: [r('10.1/a'), r('10.1/b')] }), pub({ year: 2021, references: [r('10.1/a')] })] };
    expect(summarizeCitedWorks(dataset)).toEqual({ top: [{ label: '10.1/a', doi: '10.1/a', count: 2 }, { label: '10.1/b', doi: '10.1/b', count: 1 }], works: 2, references: 3 });
    expect(summarizeDataset(dataset).yearRange).toEqual([2019, 2021]);
  });
});
