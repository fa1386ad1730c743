import { describe, expect, it } from 'vitest';
import { emptyPatent, emptyPublication, type FormatId, type Publication } from '../model';
import { authorFromName } from '../util/names';
import { mergeDuplicates, titleKey } from './merge';
import { addImports, createDataset } from './build';
import type { FileImport } from '../import';

let line = 1;
function pub(format: FormatId, fields: Partial<Publication>): Publication {
  return { ...emptyPublication({ file: `${format}.txt`, format, line: line++ }), ...fields };
}

describe('mergeDuplicates', () => {
  it('merges by DOI across databases and keeps the most complete fields', () => {
    const wos = pub('wos-plaintext', { ids: { doi: '10.1/x', wos: '000123' }, title: 'A study', year: 2020, sourceAbbrev: 'J X', citationsBySource: { 'wos-plaintext': 10 }, timesCited: 10, authorKeywords: ['a'] });
    const scopus = pub('scopus-csv', { ids: { doi: '10.1/x', eid: '2-s2.0-1' }, title: 'A Study', year: 2020, abstract: 'Text', citationsBySource: { 'scopus-csv': 12 }, timesCited: 12, authorKeywords: ['a', 'b'] });
    const result = mergeDuplicates([wos, scopus], []);
    expect(result.publications).toHaveLength(1);
    const merged = result.publications[0];
    expect(merged.ids).toEqual({ doi: '10.1/x', wos: '000123', eid: '2-s2.0-1' });
    expect(merged.abstract).toBe('Text');
    expect(merged.sourceAbbrev).toBe('J X');
    expect(merged.citationsBySource).toEqual({ 'wos-plaintext': 10, 'scopus-csv': 12 });
    expect(merged.timesCited).toBe(12);
    expect(merged.authorKeywords).toEqual(['a', 'b']);
    expect(merged.origins.map((o) => o.format).sort()).toEqual(['scopus-csv', 'wos-plaintext']);
    expect(result.merges).toEqual([{ kept: merged.id, merged: [expect.any(String)], rule: 'doi', title: merged.title }]);
  });

  it('merges by source id when DOIs are missing', () => {
    const a = pub('wos-plaintext', { ids: { wos: '000999' }, title: 'One' });
    const b = pub('wos-tab', { ids: { wos: '000999' }, title: 'One' });
    expect(mergeDuplicates([a, b], []).merges[0].rule).toBe('source-id');
  });

  it('merges by title + first author + year within one, but not across different DOIs', () => {
    const author = [authorFromName('Müller, Anna')];
    const a = pub('wos-plaintext', { title: 'Climate change and water quality: a review', year: 2020, authors: author });
    const b = pub('scopus-csv', { title: 'Climate Change and Water Quality - A Review', year: 2021, authors: [authorFromName('Muller A.')] });
    const c = pub('scopus-csv', { title: 'Climate change and water quality: a review', year: 2023, authors: author });
    const result = mergeDuplicates([a, b, c], []);
    expect(result.publications).toHaveLength(2);
    expect(result.merges[0].rule).toBe('title-year-author');

    const d = pub('wos-plaintext', { ids: { doi: '10.1/a' }, title: 'Same title for two papers', year: 2020, authors: author });
    const e = pub('scopus-csv', { ids: { doi: '10.1/b' }, title: 'Same title for two papers', year: 2020, authors: author });
    expect(mergeDuplicates([d, e], []).publications).toHaveLength(2);
  });

  it('leaves short titles alone (editorials called "Introduction")', () => {
    const a = pub('wos-plaintext', { title: 'Introduction', year: 2020, authors: [authorFromName('Smith, J')] });
    const b = pub('scopus-csv', { title: 'Introduction', year: 2020, authors: [authorFromName('Smith, J')] });
    expect(mergeDuplicates([a, b], []).publications).toHaveLength(2);
  });

  it('merges patents on publication number written differently, without touching the inputs', () => {
    const a = emptyPatent({ file: 'lens.csv', format: 'lens-patent-csv', line: 2 }, 'US 9999999 B2');
    const b = { ...emptyPatent({ file: 'gp.csv', format: 'google-patents-csv', line: 3 }, 'US-9999999-B2'), title: 'Widget', grantDate: '2020-01-01' };
    const result = mergeDuplicates([], [a, b]);
    expect(result.patents).toHaveLength(1);
    expect(result.patents[0].title).toBe('Widget');
    expect(result.patents[0].origins).toHaveLength(2);
    expect(a.title).toBe('');
    expect(a.origins).toHaveLength(1);
  });

  it('normalises titles for matching', () => {
    expect(titleKey('Über <i>Climate</i>: A Review!')).toBe('uberclimateareview');
  });
});

describe('addImports', () => {
  it('keeps the previous dataset intact and lists rejected files without records', () => {
    const start = createDataset('d1', 'Test', { now: new Date('2026-01-01') });
    const good: FileImport = { ok: true, file: 'a.txt', bytes: 10, encoding: 'utf-8', result: { format: 'wos-plaintext', publications: [pub('wos-plaintext', { title: 'A' })], patents: [], issues: [], stats: { rows: 1, records: 1, skipped: 0 } } };
    const bad: FileImport = { ok: false, file: 'b.pdf', bytes: 5, issues: [{ code: 'not-an-export', severity: 'error', file: 'b.pdf', message: 'PDF' }] };
    const next = addImports(start, [good, bad], new Date('2026-01-02'));
    expect(start.publications).toHaveLength(0);
    expect(start.files).toHaveLength(0);
    expect(next.publications).toHaveLength(1);
    expect(next.files.map((f) => [f.file, f.ok, f.records])).toEqual([['a.txt', true, 1], ['b.pdf', false, 0]]);
    expect(next.updatedAt).toBe('2026-01-02T00:00:00.000Z');
  });
});
