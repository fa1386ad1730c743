import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../types';
import { importFile, importText } from '../import-file';
import { detectImporter } from '../registry';
import { hasSampleData, sampleBytes, sampleText } from '../test-support';
import { documentTypeOf, formatGrant, meshDescriptor, orcidOf, parsePages, splitAddresses } from './fields';
import { parsePubmed, pubmedImporter } from '.';

const SAMPLE = 'pubmed-medline-pybibx-mcda-335rec.txt';

/** Structural invariants every result must satisfy, whatever the input. */
function expectConsistent(result: ImportResult): void {
  expect(result.stats.records).toBe(result.publications.length);
  expect(result.stats.rows).toBe(result.stats.records + result.stats.skipped);
  const broken = result.publications.filter((p) => !(p.origins[0].line > 0) || p.authors.some((a) => a.affiliationIndices.some((i) => i >= p.affiliations.length)));
  expect(broken).toEqual([]);
  expect(result.issues.filter((issue) => issue.message.length < 20)).toEqual([]);
}

const RECORD = [
  'PMID- 111',
  'TI  - A title that runs over ',
  '      two lines.',
  'FAU - Smith, John Adam',
  'AU  - Smith JA',
  'AUID- ORCID: https://orcid.org/0000-0002-1825-009X',
  'AD  - Department of Biology, University of Oxford, Oxford, UK. john@ox.ac.uk.',
  'AD  - Wellcome Sanger Institute, Hinxton, UK.',
  'FAU - Doe, Jane',
  'AU  - Doe J',
  'AD  - Department of Biology, University of Oxford, Oxford, UK.',
  'CN  - Some Consortium',
  'AD  - Members are listed at the end.',
  'DP  - 2021 Jun 15',
  'LID - 10.1000/ABC.1 [doi]',
  'LID - e12345',
  'PG  - 123-9',
  'PT  - Journal Article',
  'PT  - Review',
  'LA  - eng',
  'MH  - *Humans/epidemiology',
  'MH  - Humans',
  'OT  - bibliometrics',
  'GR  - R01 CA1/CA/NCI NIH HHS/United States',
  'TA  - J Test',
  'JT  - Journal of testing',
  'IS  - 1234-567x (Electronic)',
  'PMC - PMC999',
];

describe('pubmedImporter.detect', () => {
  it('claims MEDLINE text and nothing else', () => {
    expect(pubmedImporter.detect('PMID- 35757629\r\nOWN - NLM')).toBe(true);
    expect(pubmedImporter.detect('Lens ID,Title,Date Published')).toBe(false);
    expect(pubmedImporter.detect('FN Clarivate Analytics Web of Science\nVR 1.0')).toBe(false);
  });
  it('is what the registry picks for a MEDLINE file', () => {
    expect(detectImporter('\n\nPMID- 1\nTI  - x')?.format).toBe('pubmed-medline');
  });
});

describe('parsePubmed on synthetic records', () => {
  const result = parsePubmed(RECORD.join('\n'), 'one.txt');
  const p = result.publications[0];

  it('maps every field', () => {
    expect(result.stats).toEqual({ rows: 1, records: 1, skipped: 0 });
    expect(p.ids).toEqual({ pmid: '111', doi: '10.1000/abc.1', pmcid: 'PMC999' });
    expect(p.title).toBe('A title that runs over two lines.');
    expect(p.year).toBe(2021);
    expect(p.pageStart).toBe('123');
    expect(p.pageEnd).toBe('129');
    expect(p.articleNumber).toBe('e12345');
    expect(p.documentType).toBe('review');
    expect(p.documentTypeRaw).toBe('Journal Article; Review');
    expect(p.language).toBe('English');
    expect(p.indexKeywords).toEqual(['Humans']);
    expect(p.authorKeywords).toEqual(['bibliometrics']);
    expect(p.funding).toEqual(['NCI NIH HHS [R01 CA1]']);
    expect(p.sourceAbbrev).toBe('J Test');
    expect(p.sourceTitle).toBe('Journal of testing');
    expect(p.issn).toEqual(['1234-567X']);
    expect(p.references).toEqual([]);
  });

  it('links each AD to the author above it, and not to a group (CN)', () => {
    expect(p.authors.map((a) => [a.fullName, a.shortName, a.orcid])).toEqual([
      ['Smith, John Adam', 'Smith, JA', '0000-0002-1825-009X'],
      ['Doe, Jane', 'Doe, J', undefined],
    ]);
    expect(p.affiliations.map((a) => a.raw)).toEqual([
      'Department of Biology, University of Oxford, Oxford, UK',
      'Wellcome Sanger Institute, Hinxton, UK',
      'Members are listed at the end',
    ]);
    expect(p.authors[0].affiliationIndices).toEqual([0, 1]);
    expect(p.authors[1].affiliationIndices).toEqual([0]);
    expect(p.institutions).toEqual(['University of Oxford', 'Wellcome Sanger Institute', 'Members are listed at the end']);
    expect(p.countries).toEqual(['United Kingdom']);
  });

  it('reads LF, CRLF and CR-only files alike', () => {
    const lf = parsePubmed(RECORD.join('\n'), 'a.txt').publications;
    expect(parsePubmed(RECORD.join('\r\n'), 'a.txt').publications).toEqual(lf);
    expect(parsePubmed(RECORD.join('\r'), 'a.txt').publications).toEqual(lf);
    expect(parsePubmed(`\uFEFF${RECORD.join('\n')}`, 'a.txt').publications).toEqual(lf);
  });

  it('splits records at blank lines and at a PMID line without a blank line before it', () => {
    const text = ['PMID- 1', 'TI  - One.', '', '', 'PMID- 2', 'TI  - Two.', 'PMID- 3', 'TI  - Three.', ''].join('\n');
    const r = parsePubmed(text, 'x.txt');
    expect(r.publications.map((q) => [q.ids.pmid, q.title, q.origins[0].line])).toEqual([['1', 'One.', 1], ['2', 'Two.', 5], ['3', 'Three.', 7]]);
  });

  it('reads old records that have AU without FAU', () => {
    const r = parsePubmed(['PMID- 5', 'TI  - Old.', 'AU  - Smith JA', 'AU  - van der Berg A', 'AD  - Univ X, Paris, France.'].join('\n'), 'old.txt');
    expect(r.publications[0].authors.map((a) => [a.fullName, a.shortName])).toEqual([['Smith, JA', 'Smith, JA'], ['van der Berg, A', 'van der Berg, A']]);
    expect(r.publications[0].authors[1].affiliationIndices).toEqual([0]);
  });

  it('takes the title of a book from BTI and its series from CTI, and strips translation brackets', () => {
    const book = parsePubmed(['PMID- 9', 'BTI - A book.', 'CTI - A series', 'PB  - A press', 'PT  - Book', 'DP  - 2018'].join('\n'), 'b.txt').publications[0];
    expect([book.title, book.sourceTitle, book.publisher, book.documentType]).toEqual(['A book.', 'A series', 'A press', 'book']);
    expect(parsePubmed('PMID- 1\nTI  - [A translated title].', 't.txt').publications[0].title).toBe('A translated title.');
  });

  it('explains broken input instead of throwing', () => {
    const codes = (text: string): string[] => parsePubmed(text, 'bad.txt').issues.map((i) => i.code);
    expect(parsePubmed('', 'empty.txt').stats).toEqual({ rows: 0, records: 0, skipped: 0 });
    expect(codes('')).toEqual(['no-pubmed-records']);
    expect(codes('Lens ID,Title\n1,2')).toEqual(['unrecognised-line', 'no-pubmed-records']);
    const onlyPmid = parsePubmed('PMID- 42\n', 'cut.txt');
    expect(onlyPmid.stats).toEqual({ rows: 1, records: 0, skipped: 1 });
    expect(onlyPmid.issues[0]).toMatchObject({ code: 'empty-record', line: 1, severity: 'error' });
    const noPmid = parsePubmed('TI  - Lost its PMID.\nAU  - Smith J', 'nopmid.txt');
    expect(noPmid.publications[0].title).toBe('Lost its PMID.');
    expect(noPmid.issues.map((i) => i.code)).toEqual(['record-without-pmid', 'no-cited-references']);
    const untitled = parsePubmed('PMID- 7\nAU  - Smith J', 'untitled.txt');
    expect(untitled.issues[0]).toMatchObject({ code: 'missing-title', line: 1 });
    const stray = parsePubmed('      stray continuation\nPMID- 1\nTI  - T.', 'stray.txt');
    expect(stray.issues[0]).toMatchObject({ code: 'unrecognised-line', line: 1 });
  });

  it('reads huge fields in linear time', () => {
    const huge = 'x'.repeat(300_000);
    const spaces = ' '.repeat(300_000);
    const text = ['PMID- 1', `TI  - ${huge}`, `      ${spaces}y`, `AU  - A${'B'.repeat(300_000)}!`, `AD  - ${'a '.repeat(150_000)}@${'b'.repeat(300_000)}`, `MH  - ${'*'.repeat(300_000)}`].join('\n');
    const started = Date.now();
    const r = parsePubmed(text, 'huge.txt');
    expect(r.publications[0].title).toHaveLength(300_002);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('keeps a record cut off in the middle of a field', () => {
    const r = parsePubmed(RECORD.slice(0, 4).join('\n').slice(0, -3), 'cut.txt');
    expect(r.publications[0].title).toBe('A title that runs over two lines.');
    expect(r.publications[0].authors[0]).toMatchObject({ fullName: 'Smith, John A', shortName: 'Smith, JA' });
  });
});

describe('field helpers', () => {
  it('expands MEDLINE page ranges', () => {
    expect(parsePages('1741-56')).toEqual({ pageStart: '1741', pageEnd: '1756' });
    expect(parsePages('S119-26')).toEqual({ pageStart: 'S119', pageEnd: 'S126' });
    expect(parsePages('e298-e305')).toEqual({ pageStart: 'e298', pageEnd: 'e305' });
    expect(parsePages('676-90; appendix 690-2')).toEqual({ pageStart: '676', pageEnd: '690' });
    expect(parsePages('345ps14')).toEqual({ pageStart: '345ps14' });
    expect(parsePages('')).toEqual({});
  });
  it('formats grants as "Agency [grant]"', () => {
    expect(formatGrant('G1002226/MRC_/Medical Research Council/United Kingdom')).toBe('Medical Research Council [G1002226]');
    expect(formatGrant('DEC-2020/37/B/ST4/02886/National Science Center/')).toBe('National Science Center [DEC-2020/37/B/ST4/02886]');
    expect(formatGrant('AbbVie/')).toBe('AbbVie');
  });
  it('maps publication types, MeSH, ORCID and addresses', () => {
    expect(documentTypeOf(['Journal Article'])).toBe('article');
    expect(documentTypeOf(['Journal Article', 'Systematic Review'])).toBe('review');
    expect(documentTypeOf(['Published Erratum', 'Journal Article'])).toBe('erratum');
    expect(documentTypeOf(['Dataset'])).toBe('other');
    expect(meshDescriptor('Hazardous Waste/*analysis/prevention & control')).toBe('Hazardous Waste');
    expect(meshDescriptor('*COVID-19')).toBe('COVID-19');
    expect(orcidOf('ORCID: 0000-0003-4262-8608')).toBe('0000-0003-4262-8608');
    expect(orcidOf('Scopus: 123')).toBeUndefined();
    expect(splitAddresses('Dept A, Univ B, Athens, Greece. x.y@z.gr.')).toEqual(['Dept A, Univ B, Athens, Greece']);
    expect(splitAddresses('A, Qld 4006, Australia. Email.')).toEqual(['A, Qld 4006, Australia']);
    expect(splitAddresses('A, Sydney, Australia; B, Cambridge, UK.')).toEqual(['A, Sydney, Australia', 'B, Cambridge, UK']);
    expect(splitAddresses('School of Policy &amp; Management, Rotterdam, Netherlands.')).toEqual(['School of Policy & Management, Rotterdam, Netherlands']);
  });
});

describe('parsePubmed never throws', () => {
  const alphabet = fc.constantFrom('PMID- ', 'PMID-', 'TI  - ', 'FAU - ', 'AU  - ', 'AD  - ', 'AUID- ', 'PG  - ', 'LID - ', 'CN  - ', 'MH  - *', 'GR  - ', '      ', '\n', '\r\n', '\r', '\uFEFF', 'x', '1', '-', '/', ';', ',', '[doi]', '@', '10.1/x', ' ');
  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => expectConsistent(parsePubmed(text, 'fuzz.txt'))), { numRuns: 300 });
  });
  it('on MEDLINE-like token soup', () => {
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 200 }), (parts) => expectConsistent(parsePubmed(parts.join(''), 'soup.txt'))), { numRuns: 300 });
  });
});

describe.skipIf(!hasSampleData)(`golden: ${SAMPLE}`, () => {
  const imported = importFile(sampleBytes(SAMPLE), SAMPLE);
  if (!imported.ok) throw new Error(`domain/import: ${SAMPLE} was rejected: ${JSON.stringify(imported.issues)}`);
  const result = imported.result;
  const byPmid = (pmid: string) => result.publications.find((p) => p.ids.pmid === pmid);

  it('reads all 335 records with only the expected issue', () => {
    expect(result.format).toBe('pubmed-medline');
    expect(result.stats).toEqual({ rows: 335, records: 335, skipped: 0 });
    expect(result.issues.map((i) => i.code)).toEqual(['no-cited-references']);
    expectConsistent(result);
  });

  it('reads the first record completely', () => {
    expect(result.publications[0]).toMatchSnapshot();
  });

  it('handles the tricky records', () => {
    const book = byPmid('30329254');
    expect(book).toMatchObject({ title: expect.stringMatching(/^The impact of home energy efficiency/), documentType: 'book', publisher: 'NIHR Journals Library', sourceTitle: 'Public Health Research', year: 2018 });
    expect(book?.ids.doi).toBe('10.3310/phr06110');
    expect(book?.authors[5]).toMatchObject({ fullName: 'Goodwin, James', orcid: '0000-0002-7879-4942', affiliationIndices: [4, 5] });

    const group = byPmid('29510783');
    expect(group?.authors).toHaveLength(5);
    const note = group?.affiliations.findIndex((a) => a.raw.startsWith('The Euro-FBP workshop participants')) ?? -1;
    expect(note).toBeGreaterThanOrEqual(0);
    expect(group?.authors.some((a) => a.affiliationIndices.includes(note))).toBe(false);
    expect(group?.articleNumber).toBe('17-00161');

    expect(byPmid('24964709')).toMatchObject({ pageStart: 'S119', pageEnd: 'S126' });
    expect(byPmid('9106708')).toMatchObject({ pageStart: '676', pageEnd: '690', year: 1997 });
    const translated = byPmid('29267710');
    expect(translated?.title.startsWith('Socio-environmental vulnerability index')).toBe(true);
    expect(translated?.language).toBe('Portuguese');
    expect(translated?.ids.doi).toBe('10.1590/1413-812320172212.25032017');
  });

  it('gives every record an author list and most an affiliation with a country', () => {
    const authors = result.publications.reduce((n, p) => n + p.authors.length, 0);
    expect(authors).toBe(2076);
    const affiliations = result.publications.flatMap((p) => p.affiliations);
    expect(affiliations.filter((a) => a.country).length / affiliations.length).toBeGreaterThan(0.9);
  });

  it('does not throw on mutations and truncations of the real file', () => {
    const text = sampleText(SAMPLE);
    const mutation = fc.record({
      at: fc.nat({ max: text.length }),
      cut: fc.nat({ max: 5000 }),
      insert: fc.string({ unit: 'binary', maxLength: 50 }),
      truncate: fc.boolean(),
    });
    fc.assert(fc.property(mutation, ({ at, cut, insert, truncate }) => {
      const mutated = truncate ? text.slice(0, at) : text.slice(0, at) + insert + text.slice(at + cut);
      const r = parsePubmed(mutated, 'mutated.txt');
      expectConsistent(r);
      expect(r.publications.length).toBeLessThanOrEqual(336);
    }), { numRuns: 25 });
  });

  it('is rejected cleanly through importText when nothing is left', () => {
    const outcome = importText('PMID- 1\n', 'cut.txt');
    expect(outcome.ok).toBe(false);
  });
});
