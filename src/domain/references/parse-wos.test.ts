import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asCitedWorkId, type CitedReference } from '../model';
import { referenceCount, referencesOf } from './list';
import { doisOf, parseWosReference, readWosReference, surnameKey, wosSurnameKey, WosReferenceReader } from './parse-wos';

describe('parseWosReference', () => {
  it('reads the standard shape', () => {
    expect(parseWosReference('Aria M, 2017, J INFORMETR, V11, P959, DOI 10.1016/j.joi.2017.08.007')).toEqual({
      raw: 'Aria M, 2017, J INFORMETR, V11, P959, DOI 10.1016/j.joi.2017.08.007',
      author: 'Aria M',
      authorKey: 'ARIA',
      year: 2017,
      source: 'J INFORMETR',
      volume: '11',
      page: '959',
      dois: ['10.1016/j.joi.2017.08.007'],
    });
  });

  it('reads [Anonymous] authors', () => {
    const ref = parseWosReference('[Anonymous], 2019, WORLD HLTH STAT');
    expect(ref).toMatchObject({ author: '[Anonymous]', authorKey: 'ANONYMOUS', year: 2019, source: 'WORLD HLTH STAT', dois: [] });
    expect(parseWosReference('[Anonymous]')).toMatchObject({ authorKey: 'ANONYMOUS' });
  });

  it('keeps book titles truncated to 20 characters as the source', () => {
    expect(parseWosReference('Smith JA, 2015, GEOGRAPHIC INFORM SY')).toMatchObject({ authorKey: 'SMITH', year: 2015, source: 'GEOGRAPHIC INFORM SY' });
  });

  it('reads a bracketed list of DOIs, with or without their own DOI prefix, distinct and lower-case', () => {
    expect(parseWosReference('Smith J, 2020, NATURE, V1, P2, DOI [10.1000/xyz123, 10.1000/XYZ.123]').dois).toEqual(['10.1000/xyz123', '10.1000/xyz.123']);
    expect(parseWosReference('Zemmal N, 2015, 2015 12 INT S PROGR, P1, DOI [10.1109/ISPS.2015.7244993, DOI 10.1109/ISPS.2015.7244993]').dois).toEqual([
      '10.1109/isps.2015.7244993',
    ]);
    expect(doisOf('[10.1000/A, doi 10.1000/b, DOI  10.1000/c, DOI DOI 10.1000/d, DOI 10.1000/e f, DOI 10.1000/(g)h]')).toEqual([
      '10.1000/a',
      '10.1000/b',
      '10.1000/c',
      '10.1000/d',
      '10.1000/ef',
      '10.1000/(g)h',
    ]);
  });

  it('reads a doubled DOI prefix', () => {
    expect(parseWosReference('Byra M, 2017, 2017 IEEE INT ULTR S, DOI DOI 10.1109/ULTSYM.2017.8092154')).toMatchObject({
      source: '2017 IEEE INT ULTR S',
      dois: ['10.1109/ultsym.2017.8092154'],
    });
  });

  it('reads references without an author', () => {
    const ref = parseWosReference('2024, J EXAMPLE STUD, V9, DOI [10.1000/a1, 10.1000/b2]');
    expect(ref.author).toBeUndefined();
    expect(ref.authorKey).toBeUndefined();
    expect(ref).toMatchObject({ year: 2024, source: 'J EXAMPLE STUD', volume: '9', dois: ['10.1000/a1', '10.1000/b2'] });
  });

  it('reads mixed-case full source names and initials with periods', () => {
    expect(parseWosReference('Smith J.A., 2021, Journal of Example Studies, V3, P12')).toMatchObject({
      author: 'Smith J.A.',
      authorKey: 'SMITH',
      year: 2021,
      source: 'Journal of Example Studies',
      volume: '3',
      page: '12',
    });
  });

  it('collapses double spaces', () => {
    expect(parseWosReference('Candemir  S., 2014,  IEEE T MED IMAGING')).toMatchObject({ author: 'Candemir S.', authorKey: 'CANDEMIR', source: 'IEEE T MED IMAGING' });
  });

  it('reads the same fields whatever the spacing: tabs, runs of spaces, no-break spaces', () => {
    const tidy = 'van Eck NJ, 2010, SCIENTOMETRICS, V84, P523, DOI 10.1007/s11192-009-0146-3';
    const fields = ({ raw: _raw, ...rest }: ReturnType<typeof parseWosReference>) => JSON.parse(JSON.stringify(rest));
    const expected = fields(parseWosReference(tidy));
    const space = fc.constantFrom(' ', '  ', '\t', '\u00a0', ' \t ');
    fc.assert(
      fc.property(fc.array(space, { minLength: 12, maxLength: 12 }), (spaces) => {
        let k = 0;
        const loose = tidy.replace(/ /g, () => spaces[k++ % spaces.length]).replace(/,/g, (comma) => (k++ % 2 ? `${comma} ` : comma));
        expect(fields(parseWosReference(loose))).toEqual(expected);
      }),
    );
  });

  it('reads year, volume and page fields exactly as their regexes define them', () => {
    const year = /^(1\d{3}|20\d{2})$/;
    const volume = /^V(?:[A-Za-z]?\d\S*|[IVXLC]{1,6})$/;
    const page = /^[Pp][A-Za-z]?\d\S*$/;
    const token = fc.string({ unit: fc.constantFrom('V', 'P', 'p', 'I', 'X', 'L', 'C', 'S', 'e', '0', '1', '2', '9', '-', '.', '\u00a0', 'é'), minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(token, (t) => {
        const clean = t.replace(/^\s+|\s+$/g, '');
        expect(parseWosReference(`Smith J, ${t}, J EXAMPLE`).year).toBe(year.test(clean) ? Number(clean) : undefined);
        const ref = parseWosReference(`Smith J, 2001, J EXAMPLE, ${t}`);
        if (volume.test(clean)) expect(ref.volume).toBe(clean.slice(1));
        else if (page.test(clean)) expect(ref.page).toBe(clean.slice(1));
        else expect([ref.volume, ref.page]).toEqual([undefined, undefined]);
      }),
      { numRuns: 5000 },
    );
  });

  it('reads references without a year', () => {
    expect(parseWosReference('Mooney Paul, DEVELOPER ADVOCATE K')).toMatchObject({ authorKey: 'MOONEY', source: 'DEVELOPER ADVOCATE K' });
    expect(parseWosReference('Mooney Paul, DEVELOPER ADVOCATE K').year).toBeUndefined();
    expect(parseWosReference('Chen Liang, 2016 IEEE INT C IM P')).toMatchObject({ authorKey: 'CHEN', source: '2016 IEEE INT C IM P' });
    expect(parseWosReference('Plotz T, P 22 INT JOINT C ART, P1729')).toMatchObject({ source: 'P 22 INT JOINT C ART', page: '1729' });
    expect(parseWosReference('Langroudi S. H. F., P19')).toMatchObject({ authorKey: 'LANGROUDI', page: '19' });
    expect(parseWosReference('Langroudi S. H. F., P19').source).toBeUndefined();
  });

  it('reads supplement-style pages and article numbers', () => {
    expect(parseWosReference('Gammino VM, 2014, J INFECT DIS, V210, pS98, DOI 10.1093/infdis/jit285').page).toBe('S98');
    expect(parseWosReference('Ai T, 2020, RADIOLOGY, V296, pE32').page).toBe('E32');
    expect(parseWosReference('Smith J, 2019, PLOS ONE, V14, ARTN e0212345')).toMatchObject({ volume: '14', page: 'e0212345' });
    expect(parseWosReference('Smith J, 2019, SCI REP-UK, V9, UNSP 1234')).toMatchObject({ volume: '9', page: '1234' });
  });

  it('keeps commas inside conference names as written', () => {
    expect(parseWosReference('Jiang Y, 2005, HIS 2005: 5TH INTERNATIONAL CONFERENCE ON HYBRID INTELLIGENT SYSTEMS, PROCEEDINGS, P367')).toMatchObject({
      source: 'HIS 2005: 5TH INTERNATIONAL CONFERENCE ON HYBRID INTELLIGENT SYSTEMS, PROCEEDINGS',
      page: '367',
    });
    expect(parseWosReference('Thomas C, 2005, 2005 IEEE CONF, VOLS 1-4, CONFERENCE PROCEEDINGS, P1569').source).toBe('2005 IEEE CONF, VOLS 1-4, CONFERENCE PROCEEDINGS');
  });

  it('repairs DOIs broken by a space and drops truncated ones', () => {
    expect(parseWosReference('Veettil BK, 2020, ECOL INDIC, DOI 10.1016/j.ecoli nd.2020.106560').dois).toEqual(['10.1016/j.ecolind.2020.106560']);
    expect(parseWosReference('Adeyinka A, 2018, Mining Intelligence, P321, DOI 10').dois).toEqual([]);
    expect(parseWosReference('United Nations, 2018, DOI 10.4054/DemRes.2005.12.9.').dois).toEqual(['10.4054/demres.2005.12.9']);
  });

  it('reads old truncated upper-case authors', () => {
    expect(parseWosReference('CAVALLER.G, 1973, LETT NUOVO CIMENTO, V6, P305')).toMatchObject({ authorKey: 'CAVALLER', year: 1973, volume: '6', page: '305' });
    expect(parseWosReference('COSTADEBEAUREGARD O, 1975, CAN J PHYS, V53, P2355').authorKey).toBe('COSTADEBEAUREGARD');
  });

  it('does not take an author named Doi for a DOI', () => {
    expect(parseWosReference('Doi K, 2007, COMPUT MED IMAG GRAP, V31, P198')).toMatchObject({ author: 'Doi K', authorKey: 'DOI', year: 2007, volume: '31', dois: [] });
    expect(parseWosReference('Doi K, 2007, COMPUT MED IMAG GRAP, V31, P198, DOI 10.1016/j.compmedimag.2007.02.002').dois).toEqual(['10.1016/j.compmedimag.2007.02.002']);
    expect(parseWosReference('Smith J, 2007, NATURE, V1, P2,doi 10.1000/ABC').dois).toEqual(['10.1000/abc']);
  });

  it('survives garbage', () => {
    expect(parseWosReference('')).toEqual({ raw: '', dois: [] });
    expect(parseWosReference('   ')).toEqual({ raw: '   ', dois: [] });
    expect(parseWosReference('[No title captured]')).toEqual({ raw: '[No title captured]', dois: [] });
    expect(parseWosReference('**DATA OBJECT**')).toEqual({ raw: '**DATA OBJECT**', dois: [] });
    expect(parseWosReference(',,, ,')).toEqual({ raw: ',,, ,', dois: [] });
    expect(parseWosReference('DOI 10.1000/xyz').dois).toEqual(['10.1000/xyz']);
    expect(parseWosReference('DOI [').dois).toEqual([]);
  });

  it('never throws and always keeps raw', () => {
    const parts = fc.constantFrom('Smith J', '[Anonymous]', '2020', 'V3', 'P12', 'pS1', 'DOI', 'DOI [10.1/a', '10.1000/x]', ',', ', ', ' ', '[', ']', 'ARTN', 'é', '*');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(parts).map((xs) => xs.join(''))), (raw) => {
        const ref = parseWosReference(raw);
        expect(ref.raw).toBe(raw);
        expect(Array.isArray(ref.dois)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('wosSurnameKey', () => {
  it.each([
    ['Aria M', 'ARIA'],
    ['van Eck NJ', 'VANECK'],
    ['Van Laere J', 'VANLAERE'],
    ['Di Gravio G', 'DIGRAVIO'],
    ['de la Fuente J', 'DELAFUENTE'],
    ['Costa de Beauregard O.', 'COSTADEBEAUREGARD'],
    ['Ginzburg V. L.', 'GINZBURG'],
    ['Al-antari MA', 'ALANTARI'],
    ["D'Este GM", 'DESTE'],
    ["O'Sullivan JJ", 'OSULLIVAN'],
    ['Keim Mark E', 'KEIM'],
    ['Müller K', 'MULLER'],
    ['Łukasz A', 'LUKASZ'],
    ['[Anonymous]', 'ANONYMOUS'],
    ['COSTADEB.O', 'COSTADEB'],
    ['NVIDIA', 'NVIDIA'],
    ['GROOT SRD', 'GROOT'],
    ['Brook A.', 'BROOK'],
    ['Lehman C. D.', 'LEHMAN'],
    ['Dhawan A.P.', 'DHAWAN'],
    ['Abdel-Nasser M.-A.', 'ABDELNASSER'],
    ['Smith ABCDEF', 'SMITH'],
    ['de A.', 'DE'],
    ['Smith  A.', 'SMITH'],
  ])('%s -> %s', (author, key) => {
    expect(wosSurnameKey(author)).toBe(key);
  });

  it('returns undefined when there is nothing to key on', () => {
    expect(wosSurnameKey('')).toBeUndefined();
    expect(wosSurnameKey('., -')).toBeUndefined();
  });
});

describe('fast paths agree with the general readers', () => {
  it('reads a plain DOI in place exactly as doisOf reads it', () => {
    const unit = fc.constantFrom('1', '0', '.', '/', '9', 'a', 'B', 'é', '-', '(', ')', ']', '[', ',', ';', ':', ' ', '\t', '\u00a0', 'DOI ');
    const tail = fc.oneof(
      fc.string({ unit, maxLength: 30 }),
      fc.tuple(fc.constantFrom('10.', ' 10.', '10.1'), fc.string({ unit: fc.constantFrom('1', '2', '0'), maxLength: 11 }), fc.constantFrom('/', '', '.'), fc.string({ unit, maxLength: 20 })).map((xs) => xs.join('')),
    );
    fc.assert(
      fc.property(tail, (t) => {
        expect(parseWosReference(`Smith J, 2020, J TEST, V1, P2, DOI ${t}`).dois).toEqual(doisOf(t));
      }),
      { numRuns: 5000 },
    );
    expect(parseWosReference('Smith J, 2020, J TEST, DOI 10.1016/J.JOI.2017.08.007 ').dois).toEqual(['10.1016/j.joi.2017.08.007']);
    expect(parseWosReference('Smith J, 2020, LANCET, V395, P497, DOI 10.1016/S0140-6736(20)30183-5').dois).toEqual(['10.1016/s0140-6736(20)30183-5']);
  });

  it('keys quick-shape names (initials or given names after the surname) exactly as the general reader does, particles in any case included', () => {
    const surname = fc.oneof(fc.constantFrom('van', 'VAN', 'Van', 'de', 'DE', 'della', 'Della', 'al', 'st', 'ten', 'vanx', 'dell', 'O\'Brien', 'Al-Amin', 'Li', 'Wang', 'A'), fc.string({ unit: fc.constantFrom('a', 'B', '-', "'", 'z'), minLength: 1, maxLength: 7 }));
    const initials = fc.array(fc.constantFrom('A', 'JP', 'J.', 'J.-P.', 'ABCDEF', 'Eck', 'X.Y.', 'Paul', 'mark', 'De', 'van', 'DELLA', 'Ann-Marie', "O'Neil", '.', 'J.P', 'Zoe2', ''), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(surname, initials, (s, xs) => {
        const name = `${s} ${xs.join(' ')}`;
        expect(wosSurnameKey(name)).toBe(surnameKey(name));
      }),
      { numRuns: 20000 },
    );
  });

  it('reads a reference in place within a larger text exactly as the trimmed text alone', () => {
    const parts = fc.constantFrom('Smith J', '2020', ' J TEST', ', ', ',', ' V3', 'P12', ', DOI ', 'DOI', '10.1000/AbC', '[Anonymous]', ' ', '\t', 'doi', ', DOI [10.1/a, 10.2/b]');
    const piece = fc.array(parts, { maxLength: 12 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(piece, piece, piece, (before, ref, after) => {
        const text = before + ref + after;
        const read = readWosReference(text, before.length, before.length + ref.length);
        const trimmed = ref.trim();
        expect(read).toEqual(trimmed ? parseWosReference(trimmed) : undefined);
      }),
      { numRuns: 5000 },
    );
    // A ", DOI " that starts inside the reference but ends after it is not its DOI.
    expect(readWosReference('Smith J, 2020, J TEST, DOI 10.1/x', 0, 25)).toEqual(parseWosReference('Smith J, 2020, J TEST, DO'));
    expect(readWosReference('Smith J, 2020, J TEST, DOI 10.1000/x, more', 0, 36)?.dois).toEqual(['10.1000/x']);
  });
});

describe('WosReferenceReader (compact reference blocks)', () => {
  const parts = fc.constantFrom('Smith J', 'van Eck NJ', '2020', ' J TEST', ', ', ',', ' V3', 'P12', 'pS98', ', DOI ', '10.1000/AbC', '10.1/x', '[Anonymous]', ' ', '\t', ', DOI [10.1/a, DOI 10.2/b]', 'ARTN e12', 'Müller K', '  ');
  const reference = fc.array(parts, { maxLength: 10 }).map((xs) => xs.join(''));

  it('gives, reference by reference, what readWosReference reads, however the lines fall into pieces', () => {
    fc.assert(
      fc.property(fc.array(reference, { maxLength: 12 }), fc.array(fc.boolean(), { maxLength: 12 }), fc.array(fc.nat({ max: 3 }), { maxLength: 12 }), (refs, pieceEnds, gaps) => {
        // Lines as in a record: `CR ` then three-space continuations, sometimes a long run of
        // other fields between two (a repeated CR tag), the record cut into pieces at line ends.
        const lines: string[] = [];
        const pieceAfter: boolean[] = [];
        refs.forEach((ref, i) => {
          lines.push(`${i === 0 || gaps[i - 1] === 3 ? 'CR ' : '   '}${ref}`);
          pieceAfter.push(pieceEnds[i] ?? false);
          if (gaps[i] === 3) {
            lines.push(`AB ${'an abstract '.repeat(20)}`);
            pieceAfter.push(false);
          }
        });
        // The pieces: the lines joined, cut after the chosen lines; each CR line read where it stands.
        const pieces: string[] = [];
        const at: [number, number, number][] = [];
        let piece = 'PT J\n';
        lines.forEach((line, k) => {
          if (!line.startsWith('AB')) at.push([pieces.length, piece.length + 3, piece.length + line.length]);
          piece += `${line}\n`;
          if (pieceAfter[k]) {
            pieces.push(piece);
            piece = '';
          }
        });
        pieces.push(piece);
        const reader = new WosReferenceReader();
        const expected: CitedReference[] = [];
        for (const [p, from, to] of at) {
          reader.add(pieces[p], from, to);
          const read = readWosReference(pieces[p], from, to);
          if (read) expected.push(read);
        }
        const block = reader.take();
        const got = referencesOf(block);
        expect(got).toEqual(expected);
        expect(referenceCount(block)).toBe(expected.length);
        if (!Array.isArray(block)) expect(block.text).not.toContain('an abstract');
        // The reader starts again empty.
        expect(reader.take()).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps one string and one int array per record, and the work ids matching writes into it', () => {
    const reader = new WosReferenceReader();
    const body = 'CR Aria M, 2017, J INFORMETR, V11, P959, DOI 10.1016/J.JOI.2017.08.007\n   [Anonymous], 2019, WORLD HLTH STAT\n';
    reader.add(body, 3, body.indexOf('\n'));
    reader.add(body, body.indexOf('\n') + 4, body.length - 1);
    const block = reader.take();
    if (Array.isArray(block)) throw new Error('expected a compact block');
    expect(block).toMatchObject({ kind: 'wos-references', count: 2, text: 'Aria M, 2017, J INFORMETR, V11, P959, DOI 10.1016/J.JOI.2017.08.007\n   [Anonymous], 2019, WORLD HLTH STAT' });
    expect(block.spans).toBeInstanceOf(Int32Array);
    expect(referencesOf(block)).toEqual([
      parseWosReference('Aria M, 2017, J INFORMETR, V11, P959, DOI 10.1016/J.JOI.2017.08.007'),
      parseWosReference('[Anonymous], 2019, WORLD HLTH STAT'),
    ]);
    expect(referencesOf(block)[0]).toMatchObject({ authorKey: 'ARIA', year: 2017, source: 'J INFORMETR', volume: '11', page: '959', dois: ['10.1016/j.joi.2017.08.007'] });
    block.workIds = [asCitedWorkId('doi:10.1016/j.joi.2017.08.007'), undefined];
    expect(referencesOf(block).map((r) => r.workId)).toEqual(['doi:10.1016/j.joi.2017.08.007', undefined]);
    // A clone (worker message, IndexedDB) reads the same.
    expect(referencesOf(structuredClone(block))).toEqual(referencesOf(block));
  });
});
