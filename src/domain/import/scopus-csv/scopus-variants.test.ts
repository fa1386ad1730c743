import { describe, expect, it } from 'vitest';
import { importText } from '../import-file';
import { isScopusCsvHead, scopusCsvImporter } from './index';
import { NEW_RECORD, OLD_RECORD, SCOPUS_43, SCOPUS_45, SCOPUS_46, scopusCsv, scopusRow } from './synthetic';
import { referencesOf } from '../../references/list';

const parse = (text: string) => scopusCsvImporter.parse(text, 'test.csv');
const codes = (text: string) => parse(text).issues.map((i) => i.code);

describe('Scopus CSV detection', () => {
  it('recognises quoted and unquoted headers in any column order', () => {
    expect(isScopusCsvHead(scopusCsv(SCOPUS_46, []).slice(1))).toBe(true);
    expect(isScopusCsvHead(scopusCsv(SCOPUS_43, [], { quoteHeader: false }).slice(1))).toBe(true);
    expect(isScopusCsvHead([...SCOPUS_46].reverse().join(','))).toBe(true);
    expect(isScopusCsvHead('Authors,Title,Source title,Link\n"A B.","T","S","https://www.scopus.com/inward/record.uri?eid=2-s2.0-1"')).toBe(true);
  });

  it('leaves other exports alone', () => {
    expect(isScopusCsvHead('Lens ID,Title,Date Published,Publication Year,Publication Type,Source Title')).toBe(false);
    expect(isScopusCsvHead('Rank,Publication ID,DOI,PMID,PMCID,Title,Abstract,Source title,PubYear,Authors,Dimensions URL')).toBe(false);
    expect(isScopusCsvHead('FN Clarivate Analytics Web of Science\nVR 1.0')).toBe(false);
    expect(isScopusCsvHead('')).toBe(false);
  });

  it('is what importText picks for a Scopus file', () => {
    const imported = importText(scopusCsv(SCOPUS_46, [NEW_RECORD]), 'scopus.csv');
    expect(imported.ok && imported.result.format).toBe('scopus-csv');
  });
});

describe('Scopus CSV layouts', () => {
  it('2023+ layout (46 columns): maps every field', () => {
    const [pub] = parse(scopusCsv(SCOPUS_46, [NEW_RECORD])).publications;
    expect(pub).toMatchObject({
      ids: { eid: '2-s2.0-85100000001', doi: '10.1016/j.joi.2024.101500', pmid: '38000001' },
      title: 'Mapping science, with commas',
      year: 2024,
      sourceTitle: 'Journal of Informetrics',
      sourceAbbrev: 'J. Informetr.',
      volume: '18',
      issue: '2',
      articleNumber: '101500',
      issn: ['1751-1577'],
      publisher: 'Elsevier Ltd',
      language: 'English',
      documentType: 'article',
      documentTypeRaw: 'Article',
      openAccess: true,
      timesCited: 7,
      citationsBySource: { 'scopus-csv': 7 },
      authorKeywords: ['bibliometrics', 'science mapping'],
      indexKeywords: ['Citation analysis', 'Mapping'],
      abstract: 'An abstract. © 2024 Elsevier',
      funding: ['Research Council of Norway, RCN, (123)'],
      institutions: ['University of Oslo', 'Leiden University'],
      countries: ['Norway', 'Netherlands'],
      origins: [{ file: 'test.csv', format: 'scopus-csv', line: 2 }],
    });
    expect(pub.authors).toEqual([
      { fullName: 'Smith, John', shortName: 'Smith, J', surname: 'Smith', given: 'John', sourceId: '57000000001', affiliationIndices: [0] },
      { fullName: 'Van Eck, Nees Jan', shortName: 'Van Eck, NJ', surname: 'Van Eck', given: 'Nees Jan', sourceId: '57000000002', affiliationIndices: [1] },
    ]);
    expect(referencesOf(pub.references).map((r) => [r.authorKey, r.year, r.source, r.volume, r.issue, r.page])).toEqual([
      ['ARIA', 2017, 'Journal of Informetrics', '11', '4', '959'],
      ['VANECK', 2010, 'Scientometrics', '84', '2', '523'],
    ]);
  });

  it('older layout (43 columns, unquoted header, ", " authors, trailing ";" in ids, classic references) gives the same record', () => {
    const older = parse(scopusCsv(SCOPUS_43, [OLD_RECORD], { quoteHeader: false, quoteAll: false })).publications[0];
    const newer = parse(scopusCsv(SCOPUS_46, [NEW_RECORD])).publications[0];
    expect(older.authors.map((a) => [a.surname, a.sourceId, a.affiliationIndices])).toEqual([
      ['Smith', '57000000001', [0]],
      ['Van Eck', '57000000002', [1]],
    ]);
    expect(older.authors[1].fullName).toBe('Van Eck, N.J.');
    expect(older.affiliations).toEqual(newer.affiliations);
    expect(referencesOf(older.references).map((r) => [r.authorKey, r.year, r.title, r.source, r.volume, r.issue, r.page])).toEqual(
      referencesOf(newer.references).map((r) => [r.authorKey, r.year, r.title, r.source, r.volume, r.issue, r.page]),
    );
    expect(older.funding).toEqual([]);
  });

  it('45-column variant, "Author Ids" header and reordered columns', () => {
    expect(parse(scopusCsv(SCOPUS_45, [NEW_RECORD])).publications[0].year).toBe(2024);
    const renamed = SCOPUS_46.map((c) => (c === 'Author(s) ID' ? 'Author Ids' : c));
    const record = { ...NEW_RECORD, 'Author Ids': NEW_RECORD['Author(s) ID'] };
    expect(parse(scopusCsv(renamed, [record])).publications[0].authors.map((a) => a.sourceId)).toEqual(['57000000001', '57000000002']);
    const reversed = [...SCOPUS_46].reverse();
    const a = parse(scopusCsv(reversed, [NEW_RECORD])).publications[0];
    const b = parse(scopusCsv(SCOPUS_46, [NEW_RECORD])).publications[0];
    expect(a).toEqual(b);
  });

  it('without "Authors with affiliations": affiliations from "Affiliations", unlinked', () => {
    const columns = SCOPUS_46.filter((c) => c !== 'Authors with affiliations' && c !== 'Author full names');
    const [pub] = parse(scopusCsv(columns, [NEW_RECORD])).publications;
    expect(pub.affiliations.map((a) => a.institution)).toEqual(['Leiden University', 'University of Oslo']);
    expect(pub.authors.map((a) => [a.fullName, a.affiliationIndices])).toEqual([
      ['Smith, J.', []],
      ['Van Eck, N.J.', []],
    ]);
  });

  it('placeholders, empty "Cited by" and empty "Open Access", 2025 references', () => {
    const record = {
      ...NEW_RECORD,
      Authors: '[No author name available]',
      'Author full names': '',
      'Author(s) ID': '[No author id available]',
      'Authors with affiliations': '',
      Abstract: '[No abstract available]',
      'Cited by': '',
      'Open Access': '',
      References: 'Smith J.; Doe A., Title one, Journal, 50, pp. 1-2, (2025); Roe B., Title two, J2, 3, (2024)',
    };
    const [pub] = parse(scopusCsv(SCOPUS_46, [record])).publications;
    expect(pub.authors).toEqual([]);
    expect(pub.abstract).toBeUndefined();
    expect(pub.timesCited).toBe(0);
    expect(pub.openAccess).toBe(false);
    expect(referencesOf(pub.references).map((r) => [r.author, r.title, r.year])).toEqual([
      ['Smith J.', 'Title one', 2025],
      ['Roe B.', 'Title two', 2024],
    ]);
  });

  it('without an EID column the EID is read from the scopus.com link', () => {
    const [pub] = parse(scopusCsv(SCOPUS_46.filter((c) => c !== 'EID'), [NEW_RECORD])).publications;
    expect(pub.ids.eid).toBe('2-s2.0-85100000001');
  });

  it('a header and rows padded with empty columns by Excel', () => {
    const text = scopusCsv([...SCOPUS_46, '', '', ''], [`${scopusRow(SCOPUS_46, NEW_RECORD)},,,`]);
    const result = parse(text);
    expect(result.issues.map((i) => [i.code, i.severity])).toEqual([['excel-trailing-columns', 'info']]);
    expect(result.publications[0].title).toBe('Mapping science, with commas');
  });

  it('CRLF rows and no BOM', () => {
    const result = parse(scopusCsv(SCOPUS_46, [NEW_RECORD, { ...NEW_RECORD, EID: '2-s2.0-2' }], { eol: '\r\n', bom: false }));
    expect(result.stats).toEqual({ rows: 2, records: 2, skipped: 0 });
    expect(result.publications[1].origins[0].line).toBe(3);
    expect(result.issues).toEqual([]);
  });
});

describe('Scopus CSV rows with the wrong number of cells', () => {
  const line = (record: Record<string, string>) => scopusRow(SCOPUS_43, record, { quoteAll: false });

  it('an extra cell (unquoted comma in the title) is re-aligned; the split title is named and left empty', () => {
    const broken = line(OLD_RECORD).replace('"Mapping science, with commas"', 'Mapping science, with commas');
    const result = parse(scopusCsv(SCOPUS_43, [OLD_RECORD, broken, OLD_RECORD], { quoteHeader: false }));
    expect(result.stats).toEqual({ rows: 3, records: 3, skipped: 0 });
    const [issue] = result.issues;
    expect(issue).toMatchObject({ code: 'row-field-count', severity: 'warning', line: 3, field: 'Title' });
    expect(issue.message).toContain('Line 3 of "test.csv" has one cell more');
    expect(issue.message).toContain('"Title" could not be placed');
    const pub = result.publications[1];
    expect(pub.title).toBe('');
    expect(pub).toMatchObject({ year: 2024, sourceTitle: 'Journal of Informetrics', ids: { eid: '2-s2.0-85100000001', doi: '10.1016/j.joi.2024.101500' }, documentType: 'article', issn: ['1751-1577'] });
    expect(pub.authors).toHaveLength(2);
    expect(referencesOf(pub.references)).toHaveLength(2);
  });

  it('a missing cell is re-aligned from both ends; only the field at the break is lost', () => {
    const cells = SCOPUS_43.map((c) => OLD_RECORD[c] ?? '');
    cells.splice(SCOPUS_43.indexOf('Issue'), 1);
    const broken = cells.map((v) => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',');
    const result = parse(scopusCsv(SCOPUS_43, [broken], { quoteHeader: false }));
    const [issue] = result.issues;
    expect(issue).toMatchObject({ code: 'row-field-count', line: 2 });
    expect(issue.message).toContain('one cell fewer');
    const pub = result.publications[0];
    expect(pub).toMatchObject({ title: 'Mapping science, with commas', year: 2024, ids: { doi: '10.1016/j.joi.2024.101500', eid: '2-s2.0-85100000001', pmid: '38000001' }, documentType: 'article', timesCited: 7 });
    expect(pub.volume).toBe('18');
    // The lost cell sits among short numeric columns: those whose place is uncertain are emptied and named.
    expect(issue.field).toBe('Issue, Art. No., Page count');
    expect(pub.issue).toBeUndefined();
    expect(issue.message).toContain('"Issue", "Art. No." and "Page count" could not be placed');
  });

  it('trailing empty cells added by Excel are dropped and reported once as info', () => {
    const result = parse(scopusCsv(SCOPUS_46, [`${scopusRow(SCOPUS_46, NEW_RECORD)},,,,`, `${scopusRow(SCOPUS_46, NEW_RECORD)},,`]));
    expect(result.issues.map((i) => [i.code, i.severity, i.count])).toEqual([['excel-trailing-columns', 'info', 2]]);
    expect(result.publications[1].title).toBe('Mapping science, with commas');
  });
});

describe('Scopus CSV: Excel damage', () => {
  it('reports ids in scientific notation and drops them', () => {
    const result = parse(scopusCsv(SCOPUS_46, [{ ...NEW_RECORD, 'Author(s) ID': '5.7E+10; 5.70000E+10', 'PubMed ID': '3.8E+07' }]));
    const issues = result.issues.filter((i) => i.code === 'excel-scientific-notation');
    expect(issues.map((i) => [i.field, i.line])).toEqual([
      ['Author(s) ID', 2],
      ['PubMed ID', 2],
    ]);
    expect(issues[0].message).toContain('Excel');
    const [pub] = result.publications;
    expect(pub.ids.pmid).toBeUndefined();
    expect(pub.authors.map((a) => a.sourceId)).toEqual(['57000000001', '57000000002']);
    const noFullNames = parse(scopusCsv(SCOPUS_43, [{ ...OLD_RECORD, 'Author(s) ID': '5.7E+10;' }])).publications[0];
    expect(noFullNames.authors.map((a) => a.sourceId)).toEqual([undefined, undefined]);
  });

  it('reports CR-only line endings and still reads the rows', () => {
    const result = parse(scopusCsv(SCOPUS_46, [NEW_RECORD, NEW_RECORD], { eol: '\r' }));
    expect(result.stats.records).toBe(2);
    expect(result.issues.map((i) => i.code)).toEqual(['cr-line-endings']);
  });

  it('restores an ISSN that lost its leading zero', () => {
    const result = parse(scopusCsv(SCOPUS_46, [{ ...NEW_RECORD, ISSN: '1234567' }]));
    expect(result.publications[0].issn).toEqual(['0123-4567']);
    expect(result.issues.map((i) => [i.code, i.severity, i.line])).toEqual([['excel-leading-zeros', 'info', 2]]);
  });
});

describe('Scopus CSV: broken input', () => {
  it('empty text and header only give no records and no crash', () => {
    expect(parse('').stats).toEqual({ rows: 0, records: 0, skipped: 0 });
    const headerOnly = parse(scopusCsv(SCOPUS_46, []));
    expect(headerOnly.stats).toEqual({ rows: 0, records: 0, skipped: 0 });
    expect(headerOnly.issues).toEqual([]);
  });

  it('a file cut inside a quoted cell: the last record is kept and the damage reported', () => {
    const full = scopusCsv(SCOPUS_46, [NEW_RECORD, NEW_RECORD]);
    const cut = full.slice(0, full.lastIndexOf('An abstract') + 5);
    const result = parse(cut);
    expect(result.publications).toHaveLength(2);
    expect(codes(cut)).toContain('csv-quotes');
  });

  it('another format is refused with one clear error', () => {
    const result = parse('FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Smith, J\nER\nEF\n');
    expect(result.publications).toEqual([]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'missing-columns', severity: 'error' });
  });

  it('rows without title, EID or DOI are skipped and explained; empty rows are counted', () => {
    const result = parse(scopusCsv(SCOPUS_46, [NEW_RECORD, { Authors: 'Smith J.', Year: '2020' }, ',,,']));
    expect(result.stats).toEqual({ rows: 3, records: 1, skipped: 2 });
    expect(result.issues.map((i) => [i.code, i.line])).toEqual([
      ['row-unreadable', 3],
      ['row-field-count', 4],
      ['empty-row', 4],
    ]);
  });

  it('warns when the export has no references', () => {
    const columns = SCOPUS_46.filter((c) => c !== 'References');
    expect(codes(scopusCsv(columns, [NEW_RECORD]))).toEqual(['no-cited-references']);
    expect(codes(scopusCsv(SCOPUS_46, [{ ...NEW_RECORD, References: '' }]))).toEqual(['no-cited-references']);
  });
});
