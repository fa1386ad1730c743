import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Publication } from '../../model';
import { importFile, importText } from '../import-file';
import { hasSampleData, sampleBytes, sampleText } from '../test-support';
import type { ImportResult } from '../types';
import { dimensionsImporter, isDimensionsCsvHead } from './index';
import { parseAuthorGroups } from './affiliations';
import { referencesOf } from '../../references/list';

const BRANCHOUT = 'dimensions-csv-branchout-126rec.csv';
const parse = (text: string) => dimensionsImporter.parse(text, 'dim.csv');

describe.skipIf(!hasSampleData)('Dimensions CSV golden: 2025 standard export (34 columns)', () => {
  const imported = importFile(sampleBytes(BRANCHOUT), BRANCHOUT);
  if (!imported.ok) throw new Error(JSON.stringify(imported.issues));
  const result: ImportResult = imported.result;
  const byId = (id: string): Publication => result.publications.find((p) => p.ids.dimensions === id) as Publication;

  it('reads all 126 records; the only issue says references need the bibliometric-mapping export', () => {
    expect(result.format).toBe('dimensions-csv');
    expect(result.stats).toEqual({ rows: 126, records: 126, skipped: 0 });
    expect(result.issues.map((i) => [i.code, i.severity])).toEqual([['no-cited-references', 'warning']]);
    expect(result.issues[0].message).toContain('Export for bibliometric mapping');
  });

  it('records carry only the fields the file filled (no key left undefined)', () => {
    for (const pub of result.publications) expect(Object.keys(pub).filter((key) => pub[key as keyof Publication] === undefined)).toEqual([]);
  });

  it('first record', () => {
    expect(result.publications[0]).toMatchSnapshot();
  });

  it('counts lines across bare line breaks inside quoted cells (origins point at each row start)', () => {
    const lines = result.publications.map((p) => p.origins[0].line);
    expect(lines.slice(0, 4)).toEqual([2, 7, 8, 13]);
    const text = sampleText(BRANCHOUT).split('\r\n');
    // Every record's line is where its "Rank,pub.…" row starts in the file.
    for (const pub of result.publications.slice(0, 40)) {
      expect(text.join('\n').split('\n')[pub.origins[0].line - 1]).toMatch(new RegExp(`^\\d+,${pub.ids.dimensions?.replace('.', '\\.')},`));
    }
  });

  it('decodes HTML entities, splits pagination, reads PMCID and open access', () => {
    const all = JSON.stringify(result.publications);
    expect(all).not.toMatch(/&#x27;|&amp;|&quot;/);
    // In this file the entities sit in "Acknowledgements", which has no place in the model; the
    // synthetic mapping-export test below checks that titles and abstracts are decoded.
    const rtms = byId('pub.1141332431');
    expect(rtms).toMatchObject({ ids: { pmid: '34589203', pmcid: 'PMC8474312', doi: '10.1177/20451253211042696' }, pageStart: '20451253211042696' });
    expect(rtms.pageEnd).toBeUndefined();
    expect(byId('pub.1165535812').pageStart).toBe('l052301');
    expect(result.publications.filter((p) => p.openAccess === false)).toHaveLength(43);
    expect(result.publications.filter((p) => p.openAccess === true)).toHaveLength(83);
  });

  it('links authors to their raw affiliations, with standardised institutions and countries', () => {
    const first = result.publications[0];
    expect(first.authors).toHaveLength(15);
    expect(first.authors.every((a) => a.affiliationIndices.length > 0)).toBe(true);
    expect(first.affiliations[0]).toEqual({ raw: 'Institute of Medical Science, University of Toronto, Toronto, Canada', institution: 'University of Toronto', country: 'Canada' });
    const withAuthors = result.publications.filter((p) => p.authors.length > 0);
    expect(withAuthors).toHaveLength(123);
    for (const pub of withAuthors) for (const a of pub.authors) expect(a.affiliationIndices.length).toBeGreaterThan(0);
    expect(JSON.stringify(result.publications.map((p) => p.affiliations))).not.toContain('@');
  });
});

describe.skipIf(!hasSampleData)('Dimensions CSV: damaged real file never makes the parser throw', () => {
  const text = sampleText(BRANCHOUT).slice(0, 100_000);
  it('truncations and random edits', () => {
    const edit = fc.record({ at: fc.integer({ min: 0, max: text.length }), remove: fc.integer({ min: 0, max: 30 }), insert: fc.constantFrom('"', ',', '\n', '\r\n', '(', ')', ';', '&#x', '') });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 6 }), fc.integer({ min: 0, max: text.length }), (edits, cut) => {
        let damaged = text.slice(0, cut);
        for (const e of edits) damaged = damaged.slice(0, e.at) + e.insert + damaged.slice(e.at + e.remove);
        const result = parse(damaged);
        expect(result.stats.records + result.stats.skipped).toBeLessThanOrEqual(result.stats.rows);
      }),
      { numRuns: 60 },
    );
  });
});

// The "bibliometric mapping" export (FORMATS.md section 7), with its preamble line.
const MAPPING_HEADER = ['Publication ID', 'DOI', 'PMID', 'Title', 'Abstract', 'Source title', 'PubYear', 'Volume', 'Issue', 'Pagination', 'Authors', 'Authors (Raw Affiliation)', 'Corresponding Authors', 'Research Organizations standardized', 'Country of Research organization', 'Publication Type', 'Times cited', 'Recent citations', 'Funder', 'Cited references', 'FOR (ANZSRC) Categories', 'Sustainable Development Goals'];
const MAPPING_ROW: Record<string, string> = {
  'Publication ID': 'pub.1100000001',
  DOI: '10.1000/ABC.1',
  PMID: '30000001',
  Title: 'Maps of science &amp; technology',
  Abstract: 'First line.\nSecond line with &#x27;quotes&#x27;.',
  'Source title': 'Scientometrics',
  PubYear: '2019',
  Volume: '120',
  Issue: '3',
  Pagination: '1001–1020',
  Authors: 'Doe, Jane; van Eck, Nees Jan',
  'Authors (Raw Affiliation)': 'Doe, Jane (Dept of Physics, University of Oslo, Oslo, Norway); van Eck, Nees Jan (CWTS (Centre for Science and Technology Studies), Leiden University, Leiden, The Netherlands; Elsevier, Amsterdam, Netherlands)',
  'Research Organizations standardized': 'University of Oslo; Leiden University; Elsevier (Netherlands)',
  'Country of Research organization': 'Norway; Netherlands',
  'Publication Type': 'Proceeding',
  'Times cited': '12',
  Funder: 'Research Council of Norway; European Commission',
  'Cited references': '[Aria, Massimo; Cuccurullo, Corrado]|bibliometrix|Journal of Informetrics|2017|11|4|959-975|10.1016/j.joi.2017.08.007|pub.1091458717;[Small, Henry]|Co-citation|JASIS|1973|24|4|265-269||pub.1001',
  'FOR (ANZSRC) Categories': '08 Information and Computing Sciences; 0807 Library and Information Studies',
};
const q = (v: string) => `"${v.replace(/"/g, '""')}"`;
const mappingCsv = (rows: Record<string, string>[], preamble = '"About the data: Exported on Jan 06, 2022. Criteria: bibliometrics."') =>
  [...(preamble ? [preamble] : []), MAPPING_HEADER.join(','), ...rows.map((r) => MAPPING_HEADER.map((c) => q(r[c] ?? '')).join(','))].join('\r\n') + '\r\n';

describe('Dimensions CSV: bibliometric-mapping export', () => {
  it('detects the file with and without the preamble', () => {
    expect(isDimensionsCsvHead(mappingCsv([MAPPING_ROW]))).toBe(true);
    expect(isDimensionsCsvHead(mappingCsv([MAPPING_ROW], ''))).toBe(true);
    expect(isDimensionsCsvHead('Authors,Title,Source title,EID')).toBe(false);
    expect(isDimensionsCsvHead('Some,other\nthing,Publication ID,PubYear')).toBe(false);
    const imported = importText(mappingCsv([MAPPING_ROW]), 'dim.csv');
    expect(imported.ok && imported.result.format).toBe('dimensions-csv');
  });

  it('maps every field and parses the cited references', () => {
    const result = parse(mappingCsv([MAPPING_ROW, { ...MAPPING_ROW, 'Publication ID': 'pub.2' }]));
    expect(result.issues).toEqual([]);
    expect(result.stats).toEqual({ rows: 2, records: 2, skipped: 0 });
    const [pub, second] = result.publications;
    expect(pub.origins).toEqual([{ file: 'dim.csv', format: 'dimensions-csv', line: 3 }]);
    expect(second.origins[0].line).toBe(5);
    expect(pub).toMatchObject({
      ids: { dimensions: 'pub.1100000001', doi: '10.1000/abc.1', pmid: '30000001' },
      title: 'Maps of science & technology',
      abstract: "First line. Second line with 'quotes'.",
      sourceTitle: 'Scientometrics',
      year: 2019,
      volume: '120',
      issue: '3',
      pageStart: '1001',
      pageEnd: '1020',
      documentType: 'conference-paper',
      documentTypeRaw: 'Proceeding',
      timesCited: 12,
      citationsBySource: { 'dimensions-csv': 12 },
      funding: ['Research Council of Norway', 'European Commission'],
      subjectCategories: ['08 Information and Computing Sciences', '0807 Library and Information Studies'],
      countries: ['Norway', 'Netherlands'],
    });
    expect(pub.institutions).toEqual(['University of Oslo', 'Leiden University', 'Elsevier', 'Elsevier (Netherlands)']);
    expect(pub.authors.map((a) => [a.fullName, a.affiliationIndices])).toEqual([
      ['Doe, Jane', [0]],
      ['van Eck, Nees Jan', [1, 2]],
    ]);
    expect(pub.affiliations[1].raw).toBe('CWTS (Centre for Science and Technology Studies), Leiden University, Leiden, The Netherlands');
    expect(referencesOf(pub.references).map((r) => [r.authorKey, r.year, r.source, r.dois, r.sourceId])).toEqual([
      ['ARIA', 2017, 'Journal of Informetrics', ['10.1016/j.joi.2017.08.007'], 'pub.1091458717'],
      ['SMALL', 1973, 'JASIS', [], 'pub.1001'],
    ]);
  });

  it('an empty "Cited references" column is reported once', () => {
    const result = parse(mappingCsv([{ ...MAPPING_ROW, 'Cited references': '' }]));
    expect(result.issues.map((i) => i.code)).toEqual([]);
    expect(referencesOf(result.publications[0].references)).toEqual([]);
  });
});

describe('Dimensions CSV: broken input', () => {
  it('empty, header only, wrong format', () => {
    expect(parse('').publications).toEqual([]);
    expect(parse(mappingCsv([])).stats).toEqual({ rows: 0, records: 0, skipped: 0 });
    const wrong = parse('PMID- 123\nTI  - A title\n');
    expect(wrong.issues.map((i) => i.code)).toEqual(['missing-columns']);
  });

  it('a row with an extra cell is re-aligned and reported with its line', () => {
    const good = MAPPING_HEADER.map((c) => q(MAPPING_ROW[c] ?? ''));
    const extra = [...good.slice(0, 4), '"split"', ...good.slice(4)].join(',');
    const text = ['"About the data: x"', MAPPING_HEADER.join(','), good.join(','), extra].join('\r\n');
    const result = parse(text);
    expect(result.stats.records).toBe(2);
    const issue = result.issues.find((i) => i.code === 'row-field-count');
    expect(issue).toMatchObject({ line: 5, severity: 'warning' });
    expect(result.publications[1]).toMatchObject({ year: 2019, ids: { dimensions: 'pub.1100000001' } });
  });

  it('arbitrary text never makes the parser throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(() => parse(text)).not.toThrow();
        expect(() => parse(`Publication ID,PubYear,Title,Authors (Raw Affiliation),Cited references\n${text}`)).not.toThrow();
      }),
      { numRuns: 400 },
    );
  });
});

describe('parseAuthorGroups', () => {
  it('reads nested parentheses and several affiliations per author', () => {
    expect(parseAuthorGroups('A, B (X (Y), Z; W); C, D (V.); E, F')).toEqual([
      { name: 'A, B', groups: ['X (Y), Z', 'W'] },
      { name: 'C, D', groups: ['V.'] },
      { name: 'E, F', groups: [] },
    ]);
    expect(() => parseAuthorGroups('((;)));(')).not.toThrow();
  });
});
