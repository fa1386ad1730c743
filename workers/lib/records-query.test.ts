import { describe, expect, it } from 'vitest';
import { emptyPatent, emptyPublication } from '../../src/domain/model';
import type { Publication } from '../../src/domain/model';
import { buildRecordIndex, compareValues, foldText, queryRecordIndex } from './records-query';

function publication(line: number, fields: Partial<Publication>): Publication {
  return { ...emptyPublication({ file: 'a.txt', format: 'wos-plaintext', line }), ...fields };
}

const author = (surname: string) => ({ fullName: `${surname}, Anna`, shortName: `${surname}, A`, surname, affiliationIndices: [] });

const dataset = {
  publications: [
    publication(1, { title: 'Bibliometric mapping of science', year: 2019, timesCited: 10, authors: [author('Müller')], sourceTitle: 'Scientometrics', authorKeywords: ['VOSviewer'] }),
    publication(2, { title: 'Co-citation analysis revisited', year: 2021, timesCited: 3, authors: [author('Aria')], sourceTitle: 'Journal of Informetrics' }),
    publication(3, { title: 'Undated note', authors: [], sourceTitle: 'Scientometrics' }),
    publication(4, { title: 'Another 2021 paper', year: 2021, timesCited: 30, authors: [author('Chen')] }),
  ],
  patents: [{ ...emptyPatent({ file: 'p.csv', format: 'lens-patent-csv', line: 2 }, 'US 1 B2'), title: 'Sensor', applicants: ['ACME CORP'], cpc: ['G01N33/00'] }],
};

describe('records query', () => {
  const index = buildRecordIndex(dataset);

  it('searches title, author (accents folded), source and keywords, all terms required', () => {
    const titles = (search: string) => queryRecordIndex(index, { kind: 'publication', search }).rows.map((row) => row.title);
    expect(titles('muller')).toEqual(['Bibliometric mapping of science']);
    expect(titles('scientometrics')).toEqual(['Bibliometric mapping of science', 'Undated note']);
    expect(titles('vosviewer')).toEqual(['Bibliometric mapping of science']);
    expect(titles('scientometrics undated')).toEqual(['Undated note']);
    expect(titles('nothing-like-this')).toEqual([]);
  });

  it('sorts by year both ways, missing years last, ties in import order', () => {
    const ids = (sortDir: 'asc' | 'desc') => queryRecordIndex(index, { kind: 'publication', sortBy: 'year', sortDir }).rows.map((row) => row.title);
    expect(ids('desc')).toEqual(['Co-citation analysis revisited', 'Another 2021 paper', 'Bibliometric mapping of science', 'Undated note']);
    expect(ids('asc')).toEqual(['Bibliometric mapping of science', 'Co-citation analysis revisited', 'Another 2021 paper', 'Undated note']);
  });

  it('sorts by times cited numerically and by first author alphabetically', () => {
    expect(queryRecordIndex(index, { kind: 'publication', sortBy: 'timesCited', sortDir: 'desc' }).rows.map((row) => row.kind === 'publication' && row.timesCited)).toEqual([30, 10, 3, undefined]);
    expect(queryRecordIndex(index, { kind: 'publication', sortBy: 'firstAuthor', sortDir: 'asc' }).rows.map((row) => row.kind === 'publication' && row.firstAuthor)).toEqual(['Aria, A', 'Chen, A', 'Müller, A', '']);
  });

  it('pages through the same order and reports the total', () => {
    const first = queryRecordIndex(index, { kind: 'publication', sortBy: 'year', sortDir: 'desc', offset: 0, limit: 2 });
    const second = queryRecordIndex(index, { kind: 'publication', sortBy: 'year', sortDir: 'desc', offset: 2, limit: 2 });
    expect(first.total).toBe(4);
    expect([...first.rows, ...second.rows].map((row) => row.id)).toHaveLength(4);
    expect(new Set([...first.rows, ...second.rows].map((row) => row.id)).size).toBe(4);
  });

  it('returns patent rows for the patent table', () => {
    const page = queryRecordIndex(index, { kind: 'patent', search: 'acme' });
    expect(page.total).toBe(1);
    expect(page.rows[0]).toMatchObject({ kind: 'patent', publicationNumber: 'US 1 B2', applicants: 'ACME CORP', cpc: 'G01N33/00', formats: ['lens-patent-csv'] });
  });

  it('stays fast on 50,000 records', () => {
    const many = { publications: Array.from({ length: 50_000 }, (_, i) => publication(i + 1, { title: `Title ${i}`, year: 1990 + (i % 35), authors: [author(`Name${i % 997}`)] })), patents: [] };
    const big = buildRecordIndex(many);
    const started = performance.now();
    const page = queryRecordIndex(big, { kind: 'publication', search: 'title 12', sortBy: 'year', sortDir: 'desc', limit: 50 });
    queryRecordIndex(big, { kind: 'publication', search: 'title 12', sortBy: 'year', sortDir: 'desc', offset: 50, limit: 50 });
    expect(page.total).toBeGreaterThan(1000);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

describe('helpers', () => {
  it('folds accents and case', () => expect(foldText('Ålesund MÜLLER')).toBe('alesund muller'));
  it('puts missing values last in both directions', () => {
    expect(compareValues(undefined, 1, 'asc')).toBeGreaterThan(0);
    expect(compareValues(undefined, 1, 'desc')).toBeGreaterThan(0);
  });
});
