/** Synthetic Google Patents files (invented records, written here): variants, Excel damage, broken input, fuzzing. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resultProblems, syntheticCsv } from '../patent-common/synthetic-csv';
import { hasSampleData, sampleText } from '../test-support';
import type { ImportResult } from '../types';
import { parseGooglePatentsCsv } from '.';

const HEADER = ['id', 'title', 'assignee', 'inventor/author', 'priority date', 'filing/creation date', 'publication date', 'grant date', 'result link', 'representative figure link'];
const SEARCH = 'search URL:,https://patents.google.com/?q=gripper&oq=gripper';
const codes = (result: ImportResult): string[] => result.issues.map((issue) => issue.code);
const parse = (text: string): ImportResult => {
  const result = parseGooglePatentsCsv(text, 'synthetic.csv');
  expect(resultProblems(result)).toEqual([]);
  return result;
};

const US = {
  id: 'US-2017123456-A1', title: 'Robotic gripper  ', assignee: 'Acme Battery, Inc., Roe Labs Llc', 'inventor/author': 'Jane Roe, John Doe, Jr.',
  'priority date': '2015-01-02', 'filing/creation date': '2016-01-02', 'publication date': '2017-05-04', 'grant date': '',
  'result link': 'https://patents.google.com/patent/US2017123456A1/en',
};
const GRANT = { ...US, id: 'US-9999999-B2', 'grant date': '2018-02-03', 'publication date': '2018-02-03', 'result link': 'https://patents.google.com/patent/US9999999B2/en' };
const CN = { ...US, id: 'CN-112345678-A', title: '一种抓取装置', assignee: '示例科技有限公司', 'inventor/author': '不公告发明人', 'result link': '' };

describe('Google Patents CSV (synthetic)', () => {
  it('maps every field the export has', () => {
    const result = parse(syntheticCsv(HEADER, [US, GRANT], { preamble: [SEARCH], newline: '\n' }));
    expect(codes(result)).toEqual(['no-classification']);
    expect(result.issues[0].message).toContain('lens.org');
    expect(result.patents[0]).toMatchObject({
      publicationNumber: 'US-2017123456-A1', jurisdiction: 'US', kindCode: 'A1', title: 'Robotic gripper',
      applicants: ['Acme Battery, Inc.', 'Roe Labs Llc'], inventors: ['Jane Roe', 'John Doe, Jr.'],
      priorityDate: '2015-01-02', applicationDate: '2016-01-02', publicationDate: '2017-05-04', publicationYear: 2017,
      url: 'https://patents.google.com/patent/US2017123456A1/en', origins: [{ file: 'synthetic.csv', format: 'google-patents-csv', line: 3 }],
    });
    expect(result.patents[0].grantDate).toBeUndefined();
    expect(result.patents[1]).toMatchObject({ kindCode: 'B2', grantDate: '2018-02-03' });
  });

  it('drops "inventor not disclosed" and says so', () => {
    const result = parse(syntheticCsv(HEADER, [CN, US, CN], { preamble: [SEARCH], newline: '\n' }));
    expect(result.patents[0]).toMatchObject({ jurisdiction: 'CN', kindCode: 'A', inventors: [], applicants: ['示例科技有限公司'] });
    const issue = result.issues.find((i) => i.code === 'inventor-not-disclosed');
    expect(issue).toMatchObject({ severity: 'info', line: 3, count: 2 });
  });

  it('reads day-first Excel dates when the file shows them, and a ; delimiter', () => {
    const row = { ...US, 'priority date': '2/1/2015', 'filing/creation date': '25/12/2016', 'publication date': '4/5/2017' };
    const result = parse(syntheticCsv(HEADER, [row], { preamble: [SEARCH.replace(',', ';')], delimiter: ';', newline: '\r\n' }));
    expect(result.patents[0]).toMatchObject({ priorityDate: '2015-01-02', applicationDate: '2016-12-25', publicationDate: '2017-05-04', applicants: ['Acme Battery, Inc.', 'Roe Labs Llc'] });
    expect(result.issues.find((i) => i.code === 'excel-dates')?.message).toContain('"25/12/2016" (line 3)');
  });

  it('assumes month-first for ambiguous Excel dates and says it could not be confirmed', () => {
    const result = parse(syntheticCsv(HEADER, [{ ...US, 'publication date': '4/5/2017' }], { newline: '\r' }));
    expect(result.patents[0].publicationDate).toBe('2017-04-05');
    expect(codes(result)).toEqual(['excel-resaved', 'no-classification', 'excel-dates']);
    expect(result.issues[2].message).toContain('could not be confirmed');
  });

  it('keeps odd ids with a warning', () => {
    const result = parse(syntheticCsv(HEADER, [{ ...US, id: 'patent 42' }]));
    expect(codes(result)).toEqual(['no-classification', 'odd-publication-number']);
    expect(result.patents[0].jurisdiction).toBeUndefined();
  });
});

describe('Google Patents broken input', () => {
  it('handles empty text, the search line only and a header only', () => {
    expect(parse('').stats).toEqual({ rows: 0, records: 0, skipped: 0 });
    expect(parse(`${SEARCH}\n`).stats.records).toBe(0);
    const headerOnly = parse(syntheticCsv(HEADER, [], { preamble: [SEARCH] }));
    expect(headerOnly.stats).toEqual({ rows: 0, records: 0, skipped: 0 });
  });

  it('rejects another format with one clear issue', () => {
    const result = parse('"#",Jurisdiction,Kind,Display Key\n1,US,B2,US 1 B2\n');
    expect(codes(result)).toEqual(['missing-column']);
    expect(result.stats).toEqual({ rows: 1, records: 0, skipped: 1 });
  });

  it('skips rows without an id or with misaligned cells, keeps short rows', () => {
    const text = `${syntheticCsv(HEADER, [US, { ...US, id: '' }], { preamble: [SEARCH], newline: '\n' })}US-1-B1,Short\nUS-2-A1,x,y,z,2015-01-01,,,,,,surplus\n`;
    const result = parse(text);
    expect(result.stats).toEqual({ rows: 4, records: 2, skipped: 2 });
    expect(codes(result)).toEqual(['no-classification', 'missing-publication-number', 'short-row', 'row-field-count']);
    expect(result.issues.slice(1).map((issue) => issue.line)).toEqual([4, 5, 6]);
  });

  it('never throws on arbitrary strings or CSV-like noise', () => {
    const pieces = ['"', ',', ', ', 'Inc.', '\n', '\r', 'search URL:', 'id', '2017-01-02', '1/2/2017', '不公告发明人', 'US-1-A1', ' '];
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => void parse(text)), { numRuns: 300 });
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 200 }), (p) => void parse(`${SEARCH}\n${HEADER.join(',')}\n${p.join('')}`)), { numRuns: 300 });
  });

  it.skipIf(!hasSampleData)('never throws on truncations and mutations of the real export', () => {
    const text = sampleText('googlepatents-csv-biogas-brazil-511rec.csv');
    fc.assert(fc.property(fc.nat({ max: text.length }), (cut) => void parse(text.slice(0, cut))), { numRuns: 60 });
    const edit = fc.record({ at: fc.nat({ max: text.length }), remove: fc.nat({ max: 100 }), insert: fc.constantFrom('"', ',', '\n', '\r', ', Inc.', '') });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        let mutated = text;
        for (const { at, remove, insert } of edits) mutated = mutated.slice(0, at) + insert + mutated.slice(at + remove);
        parse(mutated);
      }),
      { numRuns: 60 },
    );
  });
});
