import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScopusReference, parseScopusReferences, referenceAuthorKey, splitScopusReferences } from './parse-scopus';

describe('parseScopusReference: classic layout (year before the source)', () => {
  it('reads the FORMATS.md example', () => {
    expect(parseScopusReference('Aria M., Cuccurullo C., bibliometrix: An R-tool for comprehensive science mapping analysis, (2017) Journal of Informetrics, 11 (4), pp. 959-975')).toEqual({
      raw: 'Aria M., Cuccurullo C., bibliometrix: An R-tool for comprehensive science mapping analysis, (2017) Journal of Informetrics, 11 (4), pp. 959-975',
      author: 'Aria M.',
      authorKey: 'ARIA',
      title: 'bibliometrix: An R-tool for comprehensive science mapping analysis',
      year: 2017,
      source: 'Journal of Informetrics',
      volume: '11',
      issue: '4',
      page: '959',
      dois: [],
    });
  });

  it('reads initials written as their own comma field ("Aksha, S.K., Emrich, C.T., Title (2020) Source")', () => {
    const ref = parseScopusReference('Aksha, S.K., Emrich, C.T., Benchmarking community disaster resilience in Nepal (2020) International Journal of Environmental Research and Public Health, 17 (6), p. 1985');
    expect(ref).toMatchObject({ author: 'Aksha, S.K.', authorKey: 'AKSHA', year: 2020, title: 'Benchmarking community disaster resilience in Nepal', source: 'International Journal of Environmental Research and Public Health', volume: '17', issue: '6', page: '1985' });
  });

  it('reads a book: "(2015) Title, , Publisher, City"', () => {
    const ref = parseScopusReference('Bollen, K.A., (1989) Structural Equations with Latent Variables, , John Wiley & Sons, New York: 9780471011712');
    expect(ref).toMatchObject({ author: 'Bollen, K.A.', authorKey: 'BOLLEN', year: 1989, source: 'Structural Equations with Latent Variables' });
    expect(ref.title).toBeUndefined();
    expect(ref.volume).toBeUndefined();
    const publisher = parseScopusReference('Smith J., Geographic Information Systems, (2015) Wiley, Chichester');
    expect(publisher).toMatchObject({ authorKey: 'SMITH', year: 2015, title: 'Geographic Information Systems', source: 'Wiley' });
  });

  it('reads a reference without authors', () => {
    const ref = parseScopusReference('Good Governance for Critical Infrastructure Resilience (2019), OECD');
    expect(ref).toMatchObject({ year: 2019, title: 'Good Governance for Critical Infrastructure Resilience', source: 'OECD' });
    expect(ref.author).toBeUndefined();
    expect(ref.authorKey).toBeUndefined();
  });

  it('keeps commas inside parentheses in the source and takes the last (YYYY) when the title holds years', () => {
    const ref = parseScopusReference('Uitto, J.I., Shaw, R., Sustainable development (2016) Disaster Risk Reduction (Methods, Approaches and Practices), pp. 1-12');
    expect(ref).toMatchObject({ year: 2016, source: 'Disaster Risk Reduction (Methods, Approaches and Practices)', page: '1' });
    const years = parseScopusReference('Lee K., Trends 1990-2000 in the (1995) census, revisited (2005) Journal of Demography, 5, pp. 10-20');
    expect(years).toMatchObject({ year: 2005, title: 'Trends 1990-2000 in the (1995) census, revisited', source: 'Journal of Demography', volume: '5', page: '10' });
  });

  it('finds DOIs anywhere in the reference', () => {
    const ref = parseScopusReference('Aria M., Cuccurullo C., bibliometrix, (2017) Journal of Informetrics, 11 (4), pp. 959-975. , DOI 10.1016/J.JOI.2017.08.007');
    expect(ref.dois).toEqual(['10.1016/j.joi.2017.08.007']);
    expect(ref.source).toBe('Journal of Informetrics');
  });
});

describe('parseScopusReference: 2023-24 and 2025 layouts (year last)', () => {
  it('reads the 2025 example with ";" between authors', () => {
    expect(parseScopusReference('Smith J.; Doe A., Title, Journal Name, 50, pp. 128-139, (2025)')).toEqual({
      raw: 'Smith J.; Doe A., Title, Journal Name, 50, pp. 128-139, (2025)',
      author: 'Smith J.',
      authorKey: 'SMITH',
      title: 'Title',
      source: 'Journal Name',
      year: 2025,
      volume: '50',
      page: '128',
      dois: [],
    });
  });

  it('reads the 2023-24 layout with volume and issue', () => {
    const ref = parseScopusReference('Akkamis M., Keskin M., Sekerli Y.E., Comparative appraisal of three low-cost GPS speed sensors, AgriEngineering, 3, 2, pp. 423-437, (2021)');
    expect(ref).toMatchObject({ author: 'Akkamis M.', authorKey: 'AKKAMIS', year: 2021, title: 'Comparative appraisal of three low-cost GPS speed sensors', source: 'AgriEngineering', volume: '3', issue: '2', page: '423' });
  });

  it('skips "et al." and reads initials without periods', () => {
    expect(parseScopusReference('Popkov N A, Et al., Feed and biologically active substances, (2005)')).toMatchObject({ author: 'Popkov N A', authorKey: 'POPKOV', title: 'Feed and biologically active substances', year: 2005 });
    expect(parseScopusReference('Smith J. et al., Soil carbon, Geoderma, 12, (2001)')).toMatchObject({ authorKey: 'SMITH', title: 'Soil carbon', source: 'Geoderma', volume: '12' });
  });

  it('recognises anonymous authors, a bare year and references without a year', () => {
    expect(parseScopusReference('Anonymous., Machinery: strong robot arm, Farmers Guardian., (2009)')).toMatchObject({ author: 'Anonymous', authorKey: 'ANONYMOUS', year: 2009 });
    expect(parseScopusReference('(2010)')).toEqual({ raw: '(2010)', year: 2010, dois: [] });
    const noYear = parseScopusReference('Feed and feed additives');
    expect(noYear.year).toBeUndefined();
    expect(noYear.title).toBe('Feed and feed additives');
  });
});

describe('referenceAuthorKey', () => {
  it('folds particles, hyphens and diacritics like the WoS key ("van Eck NJ" -> VANECK)', () => {
    expect(referenceAuthorKey('Van Eck')).toBe('VANECK');
    expect(referenceAuthorKey('van Eck')).toBe('VANECK');
    expect(referenceAuthorKey('Osei-Kyei')).toBe('OSEIKYEI');
    expect(referenceAuthorKey('Béné')).toBe('BENE');
    expect(referenceAuthorKey("O'Brien")).toBe('OBRIEN');
    expect(referenceAuthorKey('--')).toBeUndefined();
  });

  it('gives the same key for the same person across layouts', () => {
    const classic = parseScopusReference('van Eck, N.J., Waltman, L., Software survey (2010) Scientometrics, 84 (2), pp. 523-538');
    const newer = parseScopusReference('Van Eck N.J.; Waltman L., Software survey, Scientometrics, 84, 2, pp. 523-538, (2010)');
    expect(classic.authorKey).toBe('VANECK');
    expect(newer.authorKey).toBe('VANECK');
    expect([classic.volume, classic.issue, classic.page]).toEqual([newer.volume, newer.issue, newer.page]);
  });
});

describe('splitScopusReferences', () => {
  it('splits the classic and 2023-24 layouts on "; "', () => {
    expect(splitScopusReferences('A B., T1, (2001) S1, 1; C D., T2, S2, 2, (2002); ')).toEqual(['A B., T1, (2001) S1, 1', 'C D., T2, S2, 2, (2002)']);
  });

  it('keeps the ";"-separated authors of the 2025 layout together', () => {
    expect(splitScopusReferences('Smith J.; Doe A., Title one, Journal, 50, pp. 1-2, (2025); Roe B., Title two, J2, 3, (2024); Kim K.; Lee L.; Park P., T3, J3, (2023)')).toEqual([
      'Smith J.; Doe A., Title one, Journal, 50, pp. 1-2, (2025)',
      'Roe B., Title two, J2, 3, (2024)',
      'Kim K.; Lee L.; Park P., T3, J3, (2023)',
    ]);
  });

  it('returns nothing for empty cells', () => {
    expect(splitScopusReferences('')).toEqual([]);
    expect(splitScopusReferences(undefined)).toEqual([]);
    expect(parseScopusReferences(' ; ')).toEqual([]);
  });
});

describe('parseScopusReference never throws', () => {
  it('on garbage', () => {
    for (const raw of ['', ';', '(', ')', '(((2019)', ', , ,', 'pp.', '10.', '(2019) , (2020) ,', 'A B., ((', '\u0000\uFFFF', 'x'.repeat(100_000)]) {
      expect(() => parseScopusReference(raw)).not.toThrow();
    }
  });

  it('on arbitrary strings (property)', () => {
    const piece = fc.constantFrom('Smith J.', ', ', '; ', '(2019)', '(', ')', 'pp. 1-2', '10.1000/x', 'Title', ' ', 'et al.', '');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(piece).map((parts) => parts.join(''))), (raw) => {
        const refs = parseScopusReferences(raw);
        for (const ref of refs) expect(typeof ref.raw).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });
});
