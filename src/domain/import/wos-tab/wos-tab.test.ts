import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Publication } from '../../model';
import { importFile } from '../import-file';
import { hasSampleData, sampleBytes, sampleText } from '../test-support';
import type { ImportResult } from '../types';
import { detectWosTab, parseWosTab, wosTabImporter } from '.';
import { referencesOf } from '../../references/list';

const FILE = 'savedrecs.txt';
const parse = (text: string): ImportResult => parseWosTab(text, FILE);
const codes = (result: ImportResult): string[] => result.issues.map((i) => i.code);
const tsv = (rows: string[][]): string => rows.map((r) => r.join('\t')).join('\n');

const HEADER = ['PT', 'AU', 'AF', 'TI', 'SO', 'DT', 'C1', 'CR', 'TC', 'PY', 'DI', 'UT'];
const ROW = [
  'J',
  'Smith, J; Doe, A; Lee, K',
  'Smith, John; Doe, Anna; Lee, Kim',
  'A "quoted" title',
  'NATURE',
  'Article',
  '[Smith, John; Doe, Anna] Univ Oxford, Oxford, England.; [Lee, Kim] Seoul Natl Univ, Seoul, South Korea.',
  'Aria M, 2017, J INFORMETR, V11, P959, DOI 10.1016/j.joi.2017.08.007; [Anonymous], 2019, WORLD HLTH STAT',
  '4',
  '2020',
  '10.1000/ABC',
  'WOS:000000000000001',
];

describe.skipIf(!hasSampleData)('golden: real WoS tab-delimited export', () => {
  it('lamatawk diversity (1000 records, 71 columns, exported without cited references)', () => {
    const name = 'wos-tabdelimited-lamatawk-diversity-1000rec.txt';
    const outcome = importFile(sampleBytes(name), name);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    const result = outcome.result;
    expect(result.format).toBe('wos-tab');
    expect(result.stats).toEqual({ rows: 1000, records: 1000, skipped: 0 });
    expect(codes(result)).toEqual(['no-cited-references']);
    expect(result.issues[0]).toMatchObject({ severity: 'warning', field: 'CR' });
    expect(result.issues[0].message).toContain('Full Record and Cited References');
    expect(result.publications[0]).toMatchSnapshot();
    const at = (line: number): Publication => result.publications.find((p) => p.origins[0].line === line) as Publication;
    // Early access with PY; PT C without DT is a conference paper.
    expect(at(32)).toMatchObject({ ids: { wos: '001119512000001' }, year: 2023 });
    expect(at(3)).toMatchObject({ documentType: 'conference-paper', ids: { wos: '000284085300036' }, pageStart: '189', pageEnd: '192' });
    // Old record: upper-case names title-cased, PMID kept.
    expect(at(16)).toMatchObject({ ids: { wos: 'A1979HA14600007', pmid: '491693', doi: '10.1016/0022-5193(79)90022-5' } });
    expect(at(16).authors.map((a) => a.shortName)).toEqual(['Lyons, NI', 'Hutcheson, K']);
    expect(result.publications.filter((p) => p.documentType === 'conference-paper')).toHaveLength(51);
    expect(result.publications.every((p) => p.title && p.ids.wos && p.year && referencesOf(p.references).length === 0)).toBe(true);
  });
});

describe('detection', () => {
  it.each([
    ['PT\tAU\tBA\tTI\tSO\tUT\n', true],
    ['PT\tAU\tTI\tUT\t\n', true],
    ['PT\tAN\tTI\tAU\tSO\n', true],
    ['PT\tAU\tXX\n', false],
    ['PT J\nAU Smith\n', false],
    ['Authors\tTitle\tUT\n', false],
    ['', false],
  ])('%j -> %s', (head, expected) => {
    expect(detectWosTab(head)).toBe(expected);
    expect(wosTabImporter.detect(head)).toBe(expected);
  });
});

describe('rows and cells', () => {
  it('maps a full row: multi-values, bracket-aware C1 split, author links, references', () => {
    const result = parse(tsv([HEADER, ROW]));
    expect(codes(result)).toEqual([]);
    const pub = result.publications[0];
    expect(pub).toMatchObject({
      title: 'A "quoted" title',
      ids: { wos: '000000000000001', doi: '10.1000/abc' },
      documentType: 'article',
      timesCited: 4,
      citationsBySource: { 'wos-tab': 4 },
      institutions: ['Univ Oxford', 'Seoul Natl Univ'],
      countries: ['United Kingdom', 'South Korea'],
      origins: [{ file: FILE, format: 'wos-tab', line: 2 }],
    });
    expect(pub.authors.map((a) => [a.shortName, a.affiliationIndices])).toEqual([
      ['Smith, J', [0]],
      ['Doe, A', [0]],
      ['Lee, K', [1]],
    ]);
    expect(referencesOf(pub.references).map((r) => r.authorKey)).toEqual(['ARIA', 'ANONYMOUS']);
  });

  it('reads BOM, CRLF and CR-only files', () => {
    const text = tsv([HEADER, ROW, ROW]);
    for (const variant of [`\uFEFF${text}`, text.replace(/\n/g, '\r\n'), text.replace(/\n/g, '\r'), `${text}\r\n`]) {
      const result = parse(variant);
      expect(result.stats).toEqual({ rows: 2, records: 2, skipped: 0 });
      expect(result.publications[1].origins[0].line).toBe(3);
      expect(result.publications[0].ids.wos).toBe('000000000000001');
    }
  });

  it('ignores a trailing empty field silently but warns about extra values', () => {
    expect(codes(parse(tsv([[...HEADER, ''], [...ROW, '']])))).toEqual([]);
    const result = parse(tsv([HEADER, [...ROW, 'stray'], [...ROW, '', 'more']]));
    expect(result.stats.records).toBe(2);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'extra-fields', severity: 'warning', line: 2, count: 2 })]);
  });

  it('fills missing fields with empty values and warns', () => {
    const result = parse(tsv([HEADER, ROW.slice(0, 5)]));
    expect(result.stats).toEqual({ rows: 1, records: 1, skipped: 0 });
    expect(result.publications[0]).toMatchObject({ title: 'A "quoted" title', sourceTitle: 'NATURE' });
    expect(result.publications[0].ids).toEqual({});
    expect(codes(result)).toEqual(['missing-fields', 'no-cited-references']);
    expect(result.issues[0]).toMatchObject({ line: 2 });
  });

  it('ignores unknown tags and tolerates missing ones (other WoS databases)', () => {
    const result = parse(tsv([['PT', 'AN', 'TI', 'AU', 'SO', 'PS', 'UT', 'ZZ'], ['J', '33520598', 'Medline title', 'Cantelmi, R; Di Gravio, G', 'Env Syst Decis', '341-376', 'MEDLINE:33520598', 'x']]));
    expect(result.publications[0]).toMatchObject({ title: 'Medline title', ids: { wos: 'MEDLINE:33520598', pmid: '33520598' }, pageStart: '341', pageEnd: '376' });
    expect(result.publications[0].authors).toHaveLength(2);
    expect(codes(result)).toEqual(['no-cited-references']);
  });

  it('skips and counts rows without title, UT or DOI', () => {
    const result = parse(tsv([HEADER, ROW, ['continued abstract text that lost its row'], ROW]));
    expect(result.stats).toEqual({ rows: 3, records: 2, skipped: 1 });
    expect(codes(result)).toEqual(['missing-fields', 'row-without-title']);
    expect(result.issues[1]).toMatchObject({ severity: 'error', line: 3 });
  });

  it('warns once when the CR column is empty everywhere or missing', () => {
    const noCr = ROW.map((v, i) => (HEADER[i] === 'CR' ? '' : v));
    expect(codes(parse(tsv([HEADER, noCr, noCr])))).toEqual(['no-cited-references']);
    expect(codes(parse(tsv([HEADER, noCr, ROW])))).toEqual([]);
    expect(parse(tsv([HEADER.filter((t) => t !== 'CR'), ROW.filter((_, i) => HEADER[i] !== 'CR')])).issues[0].message).toContain('no CR');
  });

  it('reads UTF-16 exports through importFile', () => {
    const text = `\uFEFF${tsv([HEADER, ROW])}`;
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[2 * i] = text.charCodeAt(i) & 0xff;
      bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    const outcome = importFile(bytes, 'savedrecs-win.txt');
    expect(outcome.ok && outcome.result.format).toBe('wos-tab');
    expect(outcome.ok && outcome.result.publications[0].title).toBe('A "quoted" title');
  });

  it('reports progress every two thousand rows', () => {
    const progress: number[] = [];
    const result = parseWosTab(tsv([HEADER, ...Array.from({ length: 4500 }, () => ROW)]), FILE, { onProgress: (p) => progress.push(p.done / p.total) });
    expect(result.stats.records).toBe(4500);
    expect(progress).toHaveLength(2);
    expect(progress[1]).toBeGreaterThan(progress[0]);
  });

  it('handles empty, header-only and wrong-format input without throwing', () => {
    expect(parse('')).toMatchObject({ publications: [], issues: [], stats: { rows: 0, records: 0, skipped: 0 } });
    expect(parse(tsv([HEADER]))).toMatchObject({ publications: [], issues: [], stats: { rows: 0 } });
    const wrong = parse('Authors,Title\nSmith,T\n');
    expect(wrong.publications).toEqual([]);
    expect(codes(wrong)).toEqual(['bad-header']);
  });
});

describe('robustness', () => {
  it('never throws on arbitrary text', () => {
    const cells = fc.constantFrom('', 'J', 'Smith, J; Doe, A', '[A; B] Org, X.; [C] Y', '[', ']', 'WOS:1', 'a; b', '2020', '\t', 'MEDLINE:x');
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }).map((s) => `PT\tAU\tTI\tC1\tCR\tUT\n${s}`), fc.array(fc.array(cells, { maxLength: 8 }), { maxLength: 20 }).map((rows) => tsv([HEADER, ...rows]))), (text) => {
        const result = parse(text);
        expect(result.stats.rows).toBe(result.stats.records + result.stats.skipped);
      }),
      { numRuns: 1000 },
    );
  });

  it.skipIf(!hasSampleData)('never throws on truncations and mutations of a real export', () => {
    const text = sampleText('wos-tabdelimited-lamatawk-diversity-1000rec.txt').slice(0, 150_000);
    fc.assert(
      fc.property(fc.nat({ max: text.length }), fc.nat({ max: text.length }), fc.string({ maxLength: 20 }), fc.nat({ max: 300 }), (cut, at, insert, remove) => {
        parse(text.slice(0, cut));
        const mutated = parse(text.slice(0, at) + insert + text.slice(at + remove));
        expect(mutated.stats.rows).toBe(mutated.stats.records + mutated.stats.skipped);
      }),
      { numRuns: 200 },
    );
  });
});
