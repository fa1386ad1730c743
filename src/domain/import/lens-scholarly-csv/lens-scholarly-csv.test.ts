import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFile } from '../import-file';
import { detectImporter } from '../registry';
import { hasSampleData, sampleBytes, sampleText } from '../test-support';
import type { ImportResult } from '../types';
import { isLensId, lensDocumentType, lensIssns, repairGluedName, stripJats } from './fields';
import { lensScholarlyImporter, parseLensScholarly } from '.';
import { referencesOf } from '../../references/list';

const SAMPLE = 'lens-scholarly-csv-salmon-24rec.csv';
const HEADER = 'Lens ID,Title,Date Published,Publication Year,Publication Type,Source Title,ISSNs,Publisher,Source Country,Author/s,Abstract,Volume,Issue Number,Start Page,End Page,Fields of Study,Keywords,MeSH Terms,Chemicals,Funding,Source URLs,External URL,PMID,DOI,Microsoft Academic ID,PMCID,Citing Patents Count,References,Citing Works Count,Is Open Access,Open Access License,Open Access Colour';

/** Builds one data row from named cells; every other column is empty. */
function row(values: Record<string, string>): string {
  return HEADER.split(',').map((name) => {
    const value = values[name] ?? '';
    return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  }).join(',');
}

function expectConsistent(result: ImportResult): void {
  expect(result.stats.records).toBe(result.publications.length);
  expect(result.stats.rows).toBe(result.stats.records + result.stats.skipped);
  expect(result.publications.filter((p) => !(p.origins[0].line > 0) || (!p.title && !p.ids.lens))).toEqual([]);
}

describe('lensScholarlyImporter.detect', () => {
  it('claims plain and quoted Lens scholarly headers only', () => {
    expect(lensScholarlyImporter.detect(HEADER)).toBe(true);
    expect(lensScholarlyImporter.detect('"Lens ID","Title","Date Published"')).toBe(true);
    expect(lensScholarlyImporter.detect('#,Jurisdiction,Kind,Display Key,Lens ID')).toBe(false);
    expect(lensScholarlyImporter.detect('PMID- 1')).toBe(false);
    expect(detectImporter(`${HEADER}\n`)?.format).toBe('lens-scholarly-csv');
  });
});

describe('parseLensScholarly on synthetic rows', () => {
  const text = [HEADER, row({
    'Lens ID': '019-810-466-864-64x', Title: 'A  title', 'Date Published': '2020-03-31', 'Publication Year': '2020', 'Publication Type': 'book chapter',
    'Source Title': 'A Book', ISSNs: '1869215x; 18697534', 'Author/s': 'I.S. Wallace; Ludwig van Beethoven; null null', Abstract: '<jats:p>Text.</jats:p>',
    'Start Page': '1', 'End Page': '9', 'Fields of Study': 'Biology; Zoology', Keywords: 'salmon; lice', 'MeSH Terms': 'Animals; Fishes/microbiology; Fishes',
    Funding: 'Fund A; Fund B', PMID: '123', DOI: 'https://doi.org/10.1000/ABC', PMCID: 'pmc42', References: '002-768-730-759-782; 019-810-466-864-64X',
    'Citing Works Count': '7', 'Is Open Access': 'false',
  })].join('\n');
  const result = parseLensScholarly(text, 'one.csv');
  const p = result.publications[0];

  it('maps every column', () => {
    expect(result.stats).toEqual({ rows: 1, records: 1, skipped: 0 });
    expect(p.ids).toEqual({ lens: '019-810-466-864-64X', doi: '10.1000/abc', pmid: '123', pmcid: 'PMC42' });
    expect(p).toMatchObject({
      title: 'A title', year: 2020, documentType: 'book-chapter', documentTypeRaw: 'book chapter', sourceTitle: 'A Book', issn: ['1869-215X', '1869-7534'],
      abstract: 'Text.', pageStart: '1', pageEnd: '9', subjectCategories: ['Biology', 'Zoology'], authorKeywords: ['salmon', 'lice'],
      indexKeywords: ['Animals', 'Fishes'], funding: ['Fund A', 'Fund B'], timesCited: 7, citationsBySource: { 'lens-scholarly-csv': 7 }, openAccess: false,
      affiliations: [], institutions: [], countries: [],
    });
    expect(p.authors.map((a) => a.fullName)).toEqual(['Wallace, I.S.', 'van Beethoven, Ludwig']);
    expect(p.authors[0].shortName).toBe('Wallace, IS');
    expect(referencesOf(p.references)).toEqual([
      { raw: '002-768-730-759-782', sourceId: '002-768-730-759-782', dois: [] },
      { raw: '019-810-466-864-64X', sourceId: '019-810-466-864-64X', dois: [] },
    ]);
    expect(result.issues.map((i) => i.code)).toEqual(['placeholder-author']);
  });

  it('reads the quoted layout bibliometrix writes, with "NA" for missing numbers', () => {
    const quoted = `${HEADER.split(',').map((h) => `"${h}"`).join(',')}\n${row({ 'Lens ID': '000-360-106-493-122', Title: 'T', PMID: 'NA', 'Citing Works Count': '10' })}`;
    const r = parseLensScholarly(quoted, 'q.csv');
    expect(r.publications[0].ids).toEqual({ lens: '000-360-106-493-122' });
    expect(r.publications[0].timesCited).toBe(10);
  });

  it('reads columns by name, whatever their order', () => {
    const r = parseLensScholarly('Title,Author/s,Lens ID\nReordered,Ann Lee,000-000-000-000-001', 'order.csv');
    expect(r.publications[0]).toMatchObject({ title: 'Reordered', ids: { lens: '000-000-000-000-001' } });
    expect(r.publications[0].authors[0].fullName).toBe('Lee, Ann');
    expect(r.issues.map((i) => i.code)).toEqual(['missing-column']);
  });

  it('reports spreadsheet damage with line numbers', () => {
    const damaged = [`${HEADER},,,`, row({ 'Lens ID': '000-000-000-000-001', Title: 'T', 'Date Published': '31/03/2020', 'Publication Year': '2020', PMID: '3.01E+09' }) + ',,,', ',,,,', ''].join('\r');
    const r = parseLensScholarly(damaged, 'excel.csv');
    expect(r.stats).toEqual({ rows: 2, records: 1, skipped: 1 });
    expect(r.publications[0].ids.pmid).toBeUndefined();
    expect(r.publications[0].year).toBe(2020);
    expect(r.issues.map((i) => [i.code, i.line])).toEqual([
      ['cr-line-endings', undefined], ['trailing-empty-columns', 1], ['excel-number', 2], ['excel-date', 2], ['empty-row', 3],
    ]);
  });

  it('handles broken input without throwing', () => {
    expect(parseLensScholarly('', 'empty.csv').issues.map((i) => i.code)).toEqual(['missing-columns']);
    expect(parseLensScholarly(HEADER, 'header.csv').stats).toEqual({ rows: 0, records: 0, skipped: 0 });
    const wrong = parseLensScholarly('PMID- 1\nTI  - x', 'wrong.csv');
    expect(wrong.stats).toEqual({ rows: 1, records: 0, skipped: 1 });
    expect(wrong.issues.map((i) => i.code)).toEqual(['missing-columns']);
    const truncated = parseLensScholarly(`${HEADER}\n000-000-000-000-001,"An unfinished title`, 'cut.csv');
    expect(truncated.publications[0].title).toBe('An unfinished title');
    expect(truncated.issues.map((i) => i.code)).toEqual(['csv-quotes', 'short-row']);
    const noId = parseLensScholarly(`${HEADER}\n,,2020`, 'noid.csv');
    expect(noId.stats.skipped).toBe(1);
    expect(noId.issues.find((i) => i.code === 'row-without-id')?.line).toBe(2);
  });

  it('reads huge cells in linear time', () => {
    const huge = row({ 'Lens ID': '000-000-000-000-001', Title: 'T', Abstract: `<jats:${'p'.repeat(300_000)}`, 'Author/s': `Ann ${'aB.'.repeat(100_000)} Lee`, References: '000-000-000-000-002; '.repeat(50_000) });
    const started = Date.now();
    const r = parseLensScholarly(`${HEADER}\n${huge}`, 'huge.csv');
    expect(referencesOf(r.publications[0].references)).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('drops repeated references, sorted or not', () => {
    const r = parseLensScholarly(`${HEADER}\n${row({ 'Lens ID': '000-000-000-000-001', Title: 'T', References: '000-000-000-000-009; 000-000-000-000-002; 000-000-000-000-009; 000-000-000-000-002' })}`, 'dups.csv');
    expect(referencesOf(r.publications[0].references).map((ref) => ref.sourceId)).toEqual(['000-000-000-000-009', '000-000-000-000-002']);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (t) => expectConsistent(parseLensScholarly(t, 'fuzz.csv'))), { numRuns: 200 });
    const cells = fc.array(fc.constantFrom('000-000-000-000-001', '"', ',', ';', '; ', '\n', '\r', 'null null', 'A.B. SmithA.B. Smith', '1869215x', 'true', '10.1/x', ''), { maxLength: 60 });
    fc.assert(fc.property(cells, (parts) => expectConsistent(parseLensScholarly(`${HEADER}\n${parts.join('')}`, 'soup.csv'))), { numRuns: 200 });
  });
});

describe('field helpers', () => {
  it('normalises Lens values', () => {
    expect(lensDocumentType('journal article')).toBe('article');
    expect(lensDocumentType('Conference Proceedings Article')).toBe('conference-paper');
    expect(lensDocumentType('dissertation')).toBe('other');
    expect(lensIssns('24103888')).toEqual({ issns: ['2410-3888'], invalid: [] });
    expect(lensIssns('1234; 0140-7775')).toEqual({ issns: ['0140-7775'], invalid: ['1234'] });
    expect(repairGluedName('Shane F. O’NeilS.F. O’Neil')).toEqual({ name: 'Shane F. O’Neil', repaired: true });
    expect(repairGluedName('Anne McDonald')).toEqual({ name: 'Anne McDonald', repaired: false });
    expect(stripJats('<jats:title>Abstract</jats:title><jats:p>Body</jats:p>')).toBe('Abstract Body');
    expect(isLensId('019-810-466-864-64X')).toBe(true);
    expect(isLensId('19-810')).toBe(false);
  });
});

describe.skipIf(!hasSampleData)(`golden: ${SAMPLE}`, () => {
  const imported = importFile(sampleBytes(SAMPLE), SAMPLE);
  if (!imported.ok) throw new Error(`domain/import: ${SAMPLE} was rejected: ${JSON.stringify(imported.issues)}`);
  const result = imported.result;
  const byLine = (line: number) => result.publications.find((p) => p.origins[0].line === line);

  it('reads all 24 records with the expected issues', () => {
    expect(result.format).toBe('lens-scholarly-csv');
    expect(result.stats).toEqual({ rows: 24, records: 24, skipped: 0 });
    expect(result.issues.map((i) => [i.code, i.line, i.count])).toEqual([
      ['author-name-repaired', 12, undefined],
      ['placeholder-author', 21, undefined],
    ]);
    expectConsistent(result);
  });

  it('reads the first record completely', () => {
    expect(result.publications[0]).toMatchSnapshot();
  });

  it('handles the tricky records', () => {
    expect(byLine(4)?.issn).toEqual(['1869-215X', '1869-7534']);
    expect(byLine(3)?.indexKeywords.slice(0, 3)).toEqual(['Actinomycetales Infections', 'Aeromonas salmonicida', 'Animals']);
    expect(byLine(3)?.authorKeywords).toEqual(['Scottish wild fish', 'disease interactions', 'fin fish aquaculture', 'pathogens']);
    expect(byLine(12)?.authors.map((a) => a.shortName)).toEqual(['Morris, MRJ', 'Fraser, DJ', 'Heggelin, AJ', 'Whoriskey, FG', 'Carr, JW', 'O’Neil, SF', 'Hutchings, JA']);
    const efsa = byLine(21);
    expect(efsa?.ids).toMatchObject({ pmid: '35136422', pmcid: 'PMC8808658' });
    expect(efsa?.authors[0].fullName).toBe('Nielsen, Søren Saxmose');
    const thesis = byLine(25);
    expect(thesis).toMatchObject({ documentType: 'other', documentTypeRaw: 'dissertation', year: 2018, references: [], timesCited: 0 });
    expect(result.publications.reduce((n, p) => n + referencesOf(p.references).length, 0)).toBe(1930);
  });

  it('keeps every record of a large file (bibliometrix issue #155 lost two thirds)', () => {
    const text = sampleText(SAMPLE).replace(/^\uFEFF/, '');
    const newline = text.indexOf('\n');
    const body = text.slice(newline + 1).replace(/\n?$/, '\n');
    const big = parseLensScholarly(text.slice(0, newline + 1) + body.repeat(100), 'big.csv');
    expect(big.stats).toEqual({ rows: 2400, records: 2400, skipped: 0 });
  });

  it('does not throw on mutations and truncations of the real file', () => {
    const text = sampleText(SAMPLE);
    const mutation = fc.record({ at: fc.nat({ max: text.length }), cut: fc.nat({ max: 3000 }), insert: fc.string({ unit: 'binary', maxLength: 40 }), truncate: fc.boolean() });
    fc.assert(fc.property(mutation, ({ at, cut, insert, truncate }) => {
      const mutated = truncate ? text.slice(0, at) : text.slice(0, at) + insert + text.slice(at + cut);
      expectConsistent(parseLensScholarly(mutated, 'mutated.csv'));
    }), { numRuns: 60 });
  });
});
