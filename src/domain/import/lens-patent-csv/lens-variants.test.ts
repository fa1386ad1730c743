/**
 * Synthetic Lens patent files (invented records, written here) for the older header generations,
 * Excel damage and broken input.
 */
import { describe, expect, it } from 'vitest';
import { resultProblems, syntheticCsv } from '../patent-common/synthetic-csv';
import type { ImportResult } from '../types';
import { parseLensPatentCsv } from '.';

const CURRENT = '#, Jurisdiction, Kind, Display Key, Lens ID, Publication Date, Publication Year, Application Number, Application Date, Priority Numbers, Earliest Priority Date, Title, Abstract, Applicants, Inventors, Owners, URL, Document Type, Has Full Text, Cites Patent Count, Cited by Patent Count, Simple Family Size, Simple Family Members, Simple Family Member Jurisdictions, Extended Family Size, Extended Family Members, Extended Family Member Jurisdictions, Sequence Count, CPC Classifications, IPCR Classifications, US Classifications, NPL Citation Count, NPL Resolved Citation Count, NPL Resolved Lens ID(s), NPL Resolved External ID(s), NPL Citations, Legal Status'.split(', ');
const GEN_2020 = '#, Jurisdiction, Kind, Publication Number, Lens ID, Publication Date, Publication Year, Application Number, Application Date, Priority Numbers, Earliest Priority Date, Title, Applicants, Inventors, Owners (US), URL, Type, Has Full Text, Cites Patent Count, Cited by Patent Count, Simple Family Size, Extended Family Size, Sequence Count, CPC Classifications, IPCR Classifications, US Classifications, NPL Citation Count, NPL Resolved Citation Count, NPL Resolved Lens ID(s), NPL Resolved External Id(s), NPL Citations'.split(', ');
const GEN_2017 = '#, Jurisdiction, Kind, Publication Number, Lens ID, Publication Date, Publication Year, Application Number, Application Date, Priority Numbers, Title, Applicants, Inventors, URL, Type, Full Text, Cited Count, Simple Family Size, Extended Family Size, Sequence Count, CPC Classifications, IPCR Classifications, US Classifications, NPL Citation Id(s), Non-Patent Citations'.split(', ');

const codes = (result: ImportResult): string[] => result.issues.map((issue) => issue.code);
const parse = (text: string): ImportResult => {
  const result = parseLensPatentCsv(text, 'synthetic.csv');
  expect(resultProblems(result)).toEqual([]);
  return result;
};

const ACME = {
  '#': '1', Jurisdiction: 'US', Kind: 'B2', 'Display Key': 'US 9999999 B2', 'Lens ID': '123-456-789-012-34X',
  'Publication Date': '2017-12-05', 'Publication Year': '2017', 'Application Number': 'US 201715012345 A', 'Application Date': '2017-03-14',
  'Priority Numbers': 'US 201715012345 A;;US 201462012345 P', 'Earliest Priority Date': '2014-07-30', Title: ' Widget  gripper ',
  Applicants: 'ACME ROBOTICS CORP;;ROE; JANE', Inventors: 'DOE; JOHN;;ROE; JANE', Owners: 'ACME ROBOTICS CORP (2017-01-05);;ACME HOLDINGS LLC (2019-02-01)',
  'Document Type': 'Granted Patent', 'Cites Patent Count': '12', 'Cited by Patent Count': '3', 'Simple Family Size': '2',
  'Simple Family Members': '123-456-789-012-34X;;111-222-333-444-555', 'CPC Classifications': 'B25J15/00;;B25J15/00;;B25J9/16',
  'IPCR Classifications': 'B25J15/00', 'NPL Citation Count': '2', 'NPL Resolved External ID(s)': '12345678;;10.1000/XYZ.1;;pmc99999',
  'NPL Citations': 'Roe J, "Grippers", J. Synth. 2001, doi: 10.1000/abc.2.;;None', 'Legal Status': 'active',
};

describe('Lens current layout (synthetic)', () => {
  it('maps every field and splits on ;; only', () => {
    const [patent] = parse(syntheticCsv(CURRENT, [ACME]).replace(/^#,/, '"#",')).patents;
    expect(patent).toMatchObject({
      publicationNumber: 'US 9999999 B2', jurisdiction: 'US', kindCode: 'B2', lensId: '123-456-789-012-34X',
      publicationDate: '2017-12-05', grantDate: '2017-12-05', publicationYear: 2017, applicationDate: '2017-03-14', priorityDate: '2014-07-30',
      title: 'Widget gripper', applicants: ['ACME ROBOTICS CORP', 'ROE; JANE'], inventors: ['DOE; JOHN', 'ROE; JANE'],
      owners: ['ACME ROBOTICS CORP', 'ACME HOLDINGS LLC'], cpc: ['B25J15/00', 'B25J9/16'], ipc: ['B25J15/00'],
      citesPatentCount: 12, citedByPatentCount: 3, simpleFamilySize: 2, nplCount: 2, legalStatus: 'ACTIVE',
      citedDois: ['10.1000/xyz.1', '10.1000/abc.2'], simpleFamily: ['123-456-789-012-34X', '111-222-333-444-555'],
    });
  });

  it('gives no grant date to applications', () => {
    const [patent] = parse(syntheticCsv(CURRENT, [{ ...ACME, Kind: 'A1', 'Display Key': 'US 2017/0123456 A1', 'Document Type': 'Patent Application' }])).patents;
    expect(patent.grantDate).toBeUndefined();
    expect(patent.publicationDate).toBe('2017-12-05');
  });
});

describe('Lens ~2020 layout, 31 columns (synthetic)', () => {
  it('reads Publication Number, Owners (US), Type and NPL Resolved External Id(s)', () => {
    const row = {
      '#': '1', Jurisdiction: 'EP', Kind: 'B1', 'Publication Number': 'EP 1234567 B1', 'Lens ID': '001-002-003-004-005', 'Publication Date': '2019-06-12',
      'Publication Year': '2019', 'Earliest Priority Date': '2015-01-02', Title: 'Solar still', 'Owners (US)': 'SUNNY WATER AB (2018-03-04)',
      Type: 'Granted Patent', 'Cites Patent Count': '4', 'Cited by Patent Count': '7', 'NPL Resolved External Id(s)': '10.1234/still.9;;31415926',
    };
    const result = parse(syntheticCsv(GEN_2020, [row, { ...row, '#': '2', 'Publication Number': 'EP 1234568 A1', Kind: 'A1', Type: 'Patent Application', 'Lens ID': '001-002-003-004-006' }]));
    expect(codes(result)).toEqual(['older-lens-layout']);
    expect(result.issues[0].message).toContain('about 2020');
    expect(result.patents[0]).toMatchObject({ publicationNumber: 'EP 1234567 B1', owners: ['SUNNY WATER AB'], documentType: 'Granted Patent', grantDate: '2019-06-12', citesPatentCount: 4, citedByPatentCount: 7, citedDois: ['10.1234/still.9'], priorityDate: '2015-01-02' });
    expect(result.patents[1].grantDate).toBeUndefined();
  });
});

describe('Lens 2017 layout, 25 columns + Excel padding (synthetic)', () => {
  const row = {
    '#': '1', Jurisdiction: 'US', Kind: 'A1', 'Publication Number': 'US 2008/0123456 A1', 'Lens ID': '010-020-030-040-05X', 'Publication Date': '2008-05-22',
    'Publication Year': '2008', 'Application Number': 'US 2007/0012345 W', 'Priority Numbers': 'US 60123456 P 20061219;;US 60111111 P 20060301',
    Title: 'Drone tether', Applicants: 'SKY LIFT INC', Type: 'Patent Application', 'Full Text': 'yes', 'Cited Count': '9',
    'NPL Citation Id(s)': '10.5555/TETHER.1;;17171717', 'Non-Patent Citations': 'Smith, ""Tethers"", https://doi.org/10.5555/tether.2 (2005)',
  };
  const text = syntheticCsv(GEN_2017, [row], { trailingEmptyCells: 300, newline: '\n' });

  it('ignores the hundreds of empty trailing columns and derives the earliest priority date', () => {
    const result = parse(text);
    expect(codes(result)).toEqual(['older-lens-layout']);
    expect(result.issues[0].message).toContain('2017');
    expect(result.patents[0]).toMatchObject({
      publicationNumber: 'US 2008/0123456 A1', lensId: '010-020-030-040-05X', priorityNumbers: ['US 60123456 P', 'US 60111111 P'], priorityDate: '2006-03-01',
      citedByPatentCount: 9, documentType: 'Patent Application', citedDois: ['10.5555/tether.1', '10.5555/tether.2'], owners: [],
    });
    expect(result.patents[0].abstract).toBeUndefined();
  });
});

describe('Lens Excel damage (synthetic)', () => {
  const rows = [
    { ...ACME, 'Publication Date': '05/12/17', 'Application Date': '14/03/17', 'Earliest Priority Date': '30/07/14' },
    { ...ACME, '#': '2', 'Display Key': 'US 2018/0000001 A1', Kind: 'A1', 'Lens ID': '999-888-777-666-555', 'Document Type': 'Patent Application', 'Publication Date': '04/01/18', 'Application Date': '', 'Earliest Priority Date': '' },
  ];

  it('reads a CR-only file with dd/mm/yy dates and reports both', () => {
    const result = parse(syntheticCsv(CURRENT, rows, { newline: '\r' }));
    expect(codes(result)).toEqual(['excel-resaved', 'excel-dates', 'excel-dates', 'excel-dates']);
    expect(result.issues[1]).toMatchObject({ field: 'Publication Date', line: 2, severity: 'warning' });
    expect(result.issues[1].message).toContain('"14/03/17" (line 2)');
    expect(result.patents.map((p) => [p.publicationDate, p.applicationDate, p.priorityDate, p.grantDate])).toEqual([
      ['2017-12-05', '2017-03-14', '2014-07-30', '2017-12-05'],
      ['2018-01-04', undefined, undefined, undefined],
    ]);
    expect(result.patents[1].origins[0].line).toBe(3);
  });

  it('reads month-first Excel dates when the file shows them', () => {
    const result = parse(syntheticCsv(CURRENT, [{ ...ACME, 'Publication Date': '12/5/2017', 'Application Date': '3/14/2017', 'Earliest Priority Date': '7/30/2014' }]));
    expect(result.patents[0]).toMatchObject({ publicationDate: '2017-12-05', applicationDate: '2017-03-14', priorityDate: '2014-07-30' });
    expect(result.issues.find((issue) => issue.code === 'excel-dates')?.message).toContain('month/day/year');
  });

  it('reads a semicolon-delimited Excel save', () => {
    const result = parse(syntheticCsv(CURRENT, [ACME], { delimiter: ';' }));
    expect(result.patents[0]).toMatchObject({ applicants: ['ACME ROBOTICS CORP', 'ROE; JANE'], lensId: '123-456-789-012-34X' });
  });
});

describe('Lens broken input', () => {
  it('returns nothing, without throwing, for empty text or a header only', () => {
    expect(parse('').stats).toEqual({ rows: 0, records: 0, skipped: 0 });
    const headerOnly = parse(syntheticCsv(CURRENT, []));
    expect(headerOnly.stats).toEqual({ rows: 0, records: 0, skipped: 0 });
    expect(codes(headerOnly)).toEqual([]);
  });

  it('rejects another format with one clear issue', () => {
    const result = parse('id,title,assignee\nUS-1-A1,x,y\n');
    expect(codes(result)).toEqual(['missing-column']);
    expect(result.stats.skipped).toBe(1);
    expect(result.issues[0].message).toContain('Display Key');
  });

  it('skips rows without a publication number or with misaligned cells, keeps short rows', () => {
    const acmeLine = syntheticCsv(CURRENT, [ACME]).split('\r\n')[1];
    const text = `${syntheticCsv(CURRENT, [ACME, { ...ACME, 'Display Key': '' }])}3,US,B2,US 1 B2,123-456-789-012-346,2017-12-05,2017\r\n${acmeLine},extra,cells\r\n${acmeLine}\r\n`;
    const result = parse(text);
    expect(result.stats).toEqual({ rows: 5, records: 3, skipped: 2 });
    expect(codes(result)).toEqual(['missing-publication-number', 'short-row', 'row-field-count', 'duplicate-row']);
    expect(result.issues.map((issue) => issue.line)).toEqual([3, 4, 5, 6]);
    expect(result.issues[3].message).toContain('already appeared on line 2');
    expect(result.patents[1]).toMatchObject({ publicationNumber: 'US 1 B2', publicationDate: '2017-12-05', grantDate: '2017-12-05', title: '' });
  });

  it('reads a file cut in the middle of a quoted cell up to the cut', () => {
    const text = syntheticCsv(CURRENT, [ACME, { ...ACME, 'Lens ID': '555-444-333-222-111', 'Display Key': 'US 8888888 B2' }]);
    const result = parse(text.slice(0, text.lastIndexOf('Roe J') + 3));
    expect(result.patents.map((p) => p.publicationNumber)).toEqual(['US 9999999 B2', 'US 8888888 B2']);
    expect(codes(result)).toContain('quote-error');
  });

  it('warns about a Lens ID of the wrong shape, keeping it', () => {
    const result = parse(syntheticCsv(CURRENT, [{ ...ACME, 'Lens ID': '1.23457E+14' }]));
    expect(codes(result)).toEqual(['odd-lens-id']);
    expect(result.patents[0].lensId).toBe('1.23457E+14');
    expect(result.issues[0].message).toContain('turned into a number by Excel');
  });
});
