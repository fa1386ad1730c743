import { describe, expect, it } from 'vitest';
import { parseReprint, splitAddresses, wosAffiliations, wosAuthors, wosDocumentType, wosPublication } from '.';
import { squash } from '../../util/text';
import { referencesOf } from '../../references/list';

const origin = { file: 'savedrecs.txt', format: 'wos-plaintext' as const, line: 3 };

describe('splitAddresses', () => {
  it('splits on "; " outside brackets and before "["', () => {
    expect(splitAddresses('[Smith, J; Doe, A] Univ A, Dept X, Oxford, England.; [Lee, K] Univ B, Seoul, South Korea.')).toEqual([
      '[Smith, J; Doe, A] Univ A, Dept X, Oxford, England.',
      '[Lee, K] Univ B, Seoul, South Korea.',
    ]);
    expect(splitAddresses('Dept A, Univ Rome, Rome, Italy.; Ministry of Defence, Rome, Italy.')).toEqual(['Dept A, Univ Rome, Rome, Italy.', 'Ministry of Defence, Rome, Italy.']);
  });

  it('recovers after an unclosed bracket at the next "; ["', () => {
    expect(splitAddresses('[Smith, J; Doe Univ A, Italy.; [Lee, K] Univ B, Korea.')).toEqual(['[Smith, J; Doe Univ A, Italy.', '[Lee, K] Univ B, Korea.']);
  });
});

describe('parseReprint', () => {
  it('reads several corresponding authors and shared addresses', () => {
    expect(parseReprint('Wan, YC (corresponding author), Beijing Univ, Beijing 100048, Peoples R China.; Ma, XH; Li, Y (corresponding author), Chinese Acad Sci, Beijing, Peoples R China.')).toEqual([
      { names: ['Wan, YC'], address: 'Beijing Univ, Beijing 100048, Peoples R China.' },
      { names: ['Ma, XH', 'Li, Y'], address: 'Chinese Acad Sci, Beijing, Peoples R China.' },
    ]);
    expect(parseReprint('Nasalski, W (reprint author), POLISH ACAD SCI,INST FUNDAMENTAL TECHNOL RES,PL-00049 WARSAW,POLAND.')).toEqual([
      { names: ['Nasalski, W'], address: 'POLISH ACAD SCI,INST FUNDAMENTAL TECHNOL RES,PL-00049 WARSAW,POLAND.' },
    ]);
    expect(parseReprint('no marker here')).toEqual([]);
  });
});

describe('wosDocumentType', () => {
  it.each([
    ['Article', 'article'],
    ['Article; Early Access', 'article'],
    ['Early Access; Review', 'review'],
    ['Proceedings Paper', 'conference-paper'],
    ['Article; Proceedings Paper', 'article'],
    ['Review; Book Chapter', 'review'],
    ['Book Chapter', 'book-chapter'],
    ['Editorial Material', 'editorial'],
    ['Letter', 'letter'],
    ['Correction', 'erratum'],
    ['Meeting Abstract', 'conference-paper'],
    ['News Item', 'other'],
  ] as const)('%s -> %s', (dt, type) => {
    expect(wosDocumentType(dt, 'J')).toBe(type);
  });

  it('falls back on PT when DT is missing', () => {
    expect(wosDocumentType(undefined, 'C')).toBe('conference-paper');
    expect(wosDocumentType('', 'J')).toBe('other');
  });
});

describe('wosAuthors', () => {
  it('pairs AF full names with AU short names by position', () => {
    expect(wosAuthors(['Houssein, Essam H.', 'Emam, Marwa M.'], ['Houssein, EH', 'Emam, MM'])).toEqual([
      { fullName: 'Houssein, Essam H.', shortName: 'Houssein, EH', surname: 'Houssein', given: 'Essam H.', affiliationIndices: [] },
      { fullName: 'Emam, Marwa M.', shortName: 'Emam, MM', surname: 'Emam', given: 'Marwa M.', affiliationIndices: [] },
    ]);
  });

  it('uses AU alone when AF is absent, and AF beyond AU', () => {
    expect(wosAuthors([], ['Ostadtaghizadeh, Abbas']).map((a) => [a.fullName, a.shortName])).toEqual([['Ostadtaghizadeh, Abbas', 'Ostadtaghizadeh, A']]);
    expect(wosAuthors(['Smith, John', 'Doe, Jane'], ['Smith, J']).map((a) => a.shortName)).toEqual(['Smith, J', 'Doe, J']);
  });

  it('title-cases old upper-case names but keeps initials', () => {
    expect(wosAuthors(['BREVIK, I', 'VAN LABEKE, D', "O'BRIEN, JP"], ['BREVIK, I', 'VAN LABEKE, D', "O'BRIEN, JP"]).map((a) => [a.fullName, a.shortName])).toEqual([
      ['Brevik, I', 'Brevik, I'],
      ['Van Labeke, D', 'Van Labeke, D'],
      ["O'Brien, JP", "O'Brien, JP"],
    ]);
    expect(wosAuthors(['SMITH, JOHN A'], ['SMITH, JA'])[0]).toMatchObject({ fullName: 'Smith, John A', shortName: 'Smith, JA' });
  });
});

describe('wosAffiliations', () => {
  it('links authors named in brackets, by full name or by short name', () => {
    const authors = wosAuthors(['Smith, John', 'Doe, Jane', 'Lee, Kim'], ['Smith, J', 'Doe, J', 'Lee, K']);
    const affiliations = wosAffiliations(['[Smith, John; Doe, Jane] Univ Oxford, Dept X, Oxford, England.', '[LEE, K] Seoul Natl Univ, Seoul, South Korea.'], undefined, authors, ['Smith, J', 'Doe, J', 'Lee, K']);
    expect(affiliations).toEqual([
      { raw: 'Univ Oxford, Dept X, Oxford, England.', institution: 'Univ Oxford', country: 'United Kingdom' },
      { raw: 'Seoul Natl Univ, Seoul, South Korea.', institution: 'Seoul Natl Univ', country: 'South Korea' },
    ]);
    expect(authors.map((a) => a.affiliationIndices)).toEqual([[0], [0], [1]]);
  });

  it('links the same way with few authors (names scanned) and many (names looked up in a map)', () => {
    for (const count of [4, 40]) {
      const af = Array.from({ length: count }, (_, i) => `Author${i}, Ann`);
      const au = Array.from({ length: count }, (_, i) => `Author${i}, A`);
      // Two authors with the same short name: a short name in brackets links both.
      au[1] = au[0];
      const authors = wosAuthors(af, au);
      const c1 = [`[${af[2]}; ${au[0]}] Univ A, Town, Spain.`, `[${af[count - 1]}] Univ B, Town, Peru.`, '[Nobody, N] Univ C, Town, Chile.'];
      wosAffiliations(c1, undefined, authors, au);
      expect(authors[0].affiliationIndices, `${count} authors`).toEqual([0]);
      expect(authors[1].affiliationIndices, `${count} authors`).toEqual([0]);
      expect(authors[2].affiliationIndices, `${count} authors`).toEqual([0]);
      expect(authors[count - 1].affiliationIndices, `${count} authors`).toEqual([1]);
      expect(authors.filter((a) => a.affiliationIndices.length > 0)).toHaveLength(4);
    }
  });

  it('links nobody when addresses have no brackets', () => {
    const authors = wosAuthors([], ['COWAN, JJ', 'ANICIN, B']);
    const affiliations = wosAffiliations(['OAK RIDGE NATL LAB,OAK RIDGE,TN 37830.', 'BORIS KIDRIC INST,YU-11000 BELGRADE,YUGOSLAVIA.'], undefined, authors, ['COWAN, JJ', 'ANICIN, B']);
    expect(affiliations.map((a) => [a.institution, a.country])).toEqual([
      ['OAK RIDGE NATL LAB', 'USA'],
      ['BORIS KIDRIC INST', undefined],
    ]);
    expect(authors.every((a) => a.affiliationIndices.length === 0)).toBe(true);
  });

  it('falls back on RP when there is no C1, linking the corresponding author', () => {
    const au = ['Doe, J', 'Nasalski, W'];
    const authors = wosAuthors([], au);
    const affiliations = wosAffiliations([], 'Nasalski, W (reprint author), POLISH ACAD SCI,PL-00049 WARSAW,POLAND.', authors, au);
    expect(affiliations).toEqual([{ raw: 'POLISH ACAD SCI,PL-00049 WARSAW,POLAND.', institution: 'POLISH ACAD SCI', country: 'Poland' }]);
    expect(authors.map((a) => a.affiliationIndices)).toEqual([[], [0]]);
  });
});

describe('wosPublication', () => {
  it('maps every tag of a minimal record', () => {
    const fields = new Map<string, string[]>([
      ['PT', ['J']],
      ['AU', ['Smith, J']],
      ['AF', ['Smith, John']],
      ['TI', ['A title']],
      ['SO', ['JOURNAL OF TESTS']],
      ['J9', ['J TESTS']],
      ['JI', ['J. Tests']],
      ['SN', ['1234-5678']],
      ['EI', ['8765-4321']],
      ['PU', ['TEST PUBL']],
      ['PY', ['']],
      ['EA', ['JUL 2021']],
      ['VL', ['3']],
      ['IS', ['2']],
      ['BP', ['10']],
      ['EP', ['20']],
      ['AR', ['e123']],
      ['DT', ['Article; Early Access']],
      ['LA', ['English']],
      ['DE', ['one; two;', 'three']],
      ['ID', ['ALPHA; BETA']],
      ['AB', ['An  abstract.']],
      ['WC', ['Information Science & Library Science']],
      ['TC', ['7']],
      ['FU', ['Agency A [1]; Agency B']],
      ['FX', ['We thank the agencies.']],
      ['OA', ['gold']],
      ['C1', ['[Smith, John] Univ X, Paris, France.']],
      ['CR', ['Aria M, 2017, J INFORMETR, V11, P959, DOI 10.1016/j.joi.2017.08.007']],
      ['DI', ['10.1000/ABC']],
      ['PM', ['12345']],
      ['UT', ['WOS:000123456700001']],
    ]);
    const pub = wosPublication(fields, origin);
    expect(pub).toMatchObject({
      ids: { wos: '000123456700001', doi: '10.1000/abc', pmid: '12345' },
      title: 'A title',
      sourceTitle: 'JOURNAL OF TESTS',
      sourceAbbrev: 'J TESTS',
      sourceIsoAbbrev: 'J. Tests',
      issn: ['1234-5678', '8765-4321'],
      publisher: 'TEST PUBL',
      year: 2021,
      volume: '3',
      issue: '2',
      pageStart: '10',
      pageEnd: '20',
      articleNumber: 'e123',
      documentType: 'article',
      documentTypeRaw: 'Article; Early Access',
      language: 'English',
      authorKeywords: ['one', 'two', 'three'],
      indexKeywords: ['ALPHA', 'BETA'],
      abstract: 'An abstract.',
      subjectCategories: ['Information Science & Library Science'],
      timesCited: 7,
      citationsBySource: { 'wos-plaintext': 7 },
      funding: ['Agency A [1]', 'Agency B'],
      openAccess: true,
      institutions: ['Univ X'],
      countries: ['France'],
      origins: [origin],
    });
    expect(pub.authors[0]).toMatchObject({ fullName: 'Smith, John', shortName: 'Smith, J', affiliationIndices: [0] });
    expect(referencesOf(pub.references)).toHaveLength(1);
    expect(referencesOf(pub.references)[0].dois).toEqual(['10.1016/j.joi.2017.08.007']);
  });

  it('keeps other databases\' accession numbers with their prefix and reads MEDLINE pages', () => {
    const pub = wosPublication(new Map([['UT', ['MEDLINE:33520598']], ['TI', ['T']], ['PS', ['341-376']], ['FX', ['Thanks.']]]), origin);
    expect(pub.ids).toEqual({ wos: 'MEDLINE:33520598', pmid: '33520598' });
    expect([pub.pageStart, pub.pageEnd]).toEqual(['341', '376']);
    expect(pub.funding).toEqual(['Thanks.']);
    expect(pub.openAccess).toBeUndefined();
  });
});

describe('squash (as used for WoS fields)', () => {
  it('matches squash', () => {
    for (const value of ['a  b', ' a\tb\n', 'abc', '', '  ', 'a\u00a0b', 'x \r\n y']) expect(squash(value)).toBe(value.replace(/\s+/g, ' ').trim());
  });
});
