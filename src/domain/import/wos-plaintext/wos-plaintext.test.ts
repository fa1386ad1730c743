import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Publication } from '../../model';
import { importFile } from '../import-file';
import { hasSampleData, sampleBytes, sampleText } from '../test-support';
import type { ImportResult } from '../types';
import { detectWosPlaintext, parseWosPlaintext, wosPlaintextImporter } from '.';
import { parseWosPlaintextPieces } from './parse';
import { referencesOf } from '../../references/list';

const FILE = 'savedrecs.txt';
const parse = (text: string): ImportResult => parseWosPlaintext(text, FILE);
const codes = (result: ImportResult): string[] => result.issues.map((i) => i.code);
const withReferenceObjects = (result: ImportResult): ImportResult => ({ ...result, publications: result.publications.map((p) => ({ ...p, references: referencesOf(p.references) })) });
/** A snapshot-friendly view: the first five references stand for the rest. */
const view = (pub: Publication) => ({ ...pub, references: referencesOf(pub.references).slice(0, 5), referenceCount: referencesOf(pub.references).length });

const importSample = (name: string): ImportResult => {
  const outcome = importFile(sampleBytes(name), name);
  if (!outcome.ok) throw new Error(`test: ${name} was rejected: ${JSON.stringify(outcome.issues)}`);
  expect(outcome.result.format).toBe('wos-plaintext');
  return outcome.result;
};
const byUt = (result: ImportResult, ut: string): Publication => {
  const pub = result.publications.find((p) => p.ids.wos === ut);
  if (!pub) throw new Error(`test: no record ${ut}`);
  return pub;
};

const RECORD = ['PT J', 'AU Smith, J', '   Doe, A', 'AF Smith, John', '   Doe, Anna', 'TI A study of', '   things', 'PY 2020', 'UT WOS:000000000000001', 'ER', ''];
const file = (...records: string[][]): string => ['FN Clarivate Analytics Web of Science', 'VR 1.0', ...records.flat(), 'EF'].join('\n');

describe.skipIf(!hasSampleData)('golden: real WoS plain-text exports', () => {
  it('sisonke systematic review (500 records, Clarivate, BOM)', () => {
    const result = importSample('wos-plaintext-sisonke-systematic-review-500rec.txt');
    expect(result.stats).toEqual({ rows: 500, records: 500, skipped: 0 });
    expect(codes(result)).toEqual([]);
    expect(view(result.publications[0])).toMatchSnapshot();
    // Early access with an empty PY: the year comes from EA.
    const early = byUt(result, '000669270700001');
    expect(early).toMatchObject({ year: 2021, documentType: 'article', documentTypeRaw: 'Article; Early Access', ids: { doi: '10.1007/s12652-021-03351-1' } });
    expect(early.authors[0].affiliationIndices).toEqual([0]);
    // A cited reference with a bracketed DOI list.
    const zemmal = referencesOf(result.publications[0].references).find((r) => r.raw.startsWith('Zemmal N, 2015'));
    expect(zemmal).toMatchObject({ authorKey: 'ZEMMAL', year: 2015, page: '1', dois: ['10.1109/isps.2015.7244993'] });
    expect(result.publications.filter((p) => p.documentType === 'conference-paper')).toHaveLength(126);
    expect(result.publications.every((p) => p.year !== undefined && p.ids.wos && p.title)).toBe(true);
    expect(result.publications.reduce((n, p) => n + referencesOf(p.references).length, 0)).toBe(23442);
  });

  it('umbrella review (29 records, incl. two MEDLINE records from the WoS platform)', () => {
    const result = importSample('wos-plaintext-umbrella-review-29rec.txt');
    expect(result.stats).toEqual({ rows: 29, records: 29, skipped: 0 });
    expect(codes(result)).toEqual([]);
    expect(view(result.publications[0])).toMatchSnapshot();
    const medline = byUt(result, 'MEDLINE:33520598');
    expect(medline).toMatchObject({
      ids: { pmid: '33520598', doi: '10.1007/s10669-020-09795-8' },
      pageStart: '341',
      pageEnd: '376',
      institutions: ['Sapienza University of Rome', 'Ministry of Defence'],
      countries: ['Italy'],
    });
    expect(medline.affiliations).toHaveLength(2);
    expect(medline.authors.map((a) => a.fullName)).toEqual(['Cantelmi, R', 'Di Gravio, G', 'Patriarca, R']);
  });

  it('metaknowledge example (32 records, Thomson Reuters era, upper-case names)', () => {
    const result = importSample('wos-plaintext-metaknowledge-docs-thomsonreuters-32rec.txt');
    expect(result.stats).toEqual({ rows: 32, records: 32, skipped: 0 });
    expect(codes(result)).toEqual([]);
    expect(view(result.publications[0])).toMatchSnapshot();
    const first = result.publications[0];
    expect(first.authors.map((a) => [a.fullName, a.shortName])).toEqual([['Brevik, I', 'Brevik, I']]);
    expect(first.countries).toEqual(['Norway']);
    // No C1: the address comes from RP and is linked to the reprint author.
    const nasalski = result.publications.find((p) => p.authors[0]?.surname === 'Nasalski');
    expect(nasalski?.origins[0].line).toBe(206);
    if (!nasalski) return;
    expect(nasalski.authors[0]).toMatchObject({ fullName: 'Nasalski, W', affiliationIndices: [0] });
    expect(nasalski).toMatchObject({ institutions: ['POLISH ACAD SCI'], countries: ['Poland'] });
    expect(referencesOf(first.references).find((r) => r.raw.startsWith('CAVALLER.G'))).toMatchObject({ authorKey: 'CAVALLER', year: 1973 });
  });
});

describe('detection', () => {
  it.each([
    ['FN Clarivate Analytics Web of Science\nVR 1.0\nPT J', true],
    ['FN Thomson Reuters Web of Science\u2122\nVR 1.0\n', true],
    ['FN Thomson Reuters Web of Knowledge\r\nVR 1.0\r\n', true],
    ['FN ISI Export Format\nVR 1.0\n', true],
    ['PT J\nAU Smith, J\n', true],
    ['PT J\r\nAU Smith, J\r\n', true],
    ['PT\tAU\tTI\tUT\n', false],
    ['PMID- 123\n', false],
    ['PT J\nhello\n', false],
    ['TY  - JOUR\n', false],
  ])('%j -> %s', (head, expected) => {
    expect(detectWosPlaintext(head)).toBe(expected);
    expect(wosPlaintextImporter.detect(head)).toBe(expected);
  });
});

describe('framing variants', () => {
  const expectOne = (result: ImportResult) => {
    expect(result.stats).toEqual({ rows: 1, records: 1, skipped: 0 });
    expect(result.publications[0]).toMatchObject({ title: 'A study of things', year: 2020, ids: { wos: '000000000000001' } });
    expect(result.publications[0].authors.map((a) => a.shortName)).toEqual(['Smith, J', 'Doe, A']);
  };

  it('reads LF, CRLF and CR-only line endings, with or without a BOM', () => {
    const lf = file(RECORD);
    for (const text of [lf, lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r'), `\uFEFF${lf}`]) {
      const result = parse(text);
      expectOne(result);
      expect(codes(result)).toEqual([]);
    }
  });

  it('reads a file without the FN/VR header', () => {
    const result = parse([...RECORD, 'EF'].join('\n'));
    expectOne(result);
    expect(codes(result)).toEqual([]);
  });

  it('warns when EF is missing', () => {
    const result = parse(['FN Clarivate Analytics Web of Science', 'VR 1.0', ...RECORD].join('\n'));
    expectOne(result);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'missing-ef', severity: 'warning', file: FILE })]);
    expect(result.issues[0].message).toContain('cut short');
  });

  it('keeps a record cut off at the end of the file when it has a title', () => {
    const result = parse(['FN Clarivate Analytics Web of Science', 'VR 1.0', ...RECORD.slice(0, 7)].join('\n'));
    expect(result.stats).toEqual({ rows: 1, records: 1, skipped: 0 });
    expect(result.publications[0].title).toBe('A study of things');
    expect(codes(result)).toEqual(['truncated-record', 'missing-ef']);
    expect(result.issues[0]).toMatchObject({ severity: 'warning', line: 3 });
  });

  it('drops (and counts) a record cut off before its title', () => {
    const result = parse(file(RECORD).split('\n').concat(['PT J', 'AU Cut, X']).join('\n').replace('\nEF\n', '\n'));
    expect(result.stats).toEqual({ rows: 2, records: 1, skipped: 1 });
    expect(codes(result)).toEqual(['truncated-record', 'missing-ef']);
    expect(result.issues[0].message).toContain('left out');
  });

  it('closes a record without ER when the next PT begins', () => {
    const result = parse(file(RECORD.filter((l) => l !== 'ER'), RECORD));
    expect(result.stats).toEqual({ rows: 2, records: 2, skipped: 0 });
    expect(result.issues).toEqual([expect.objectContaining({ code: 'missing-er', line: 3 })]);
  });

  it('counts and reports junk lines outside records', () => {
    const result = parse(file(['random junk', 'more junk'], RECORD, ['   stray continuation', 'ER']));
    expectOne(result);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'junk-line', line: 3, count: 4 })]);
    expect(result.issues[0].message).toContain('seen on 4 rows');
  });

  it('starts a record at a tag line without PT', () => {
    const result = parse(file(RECORD.slice(1)));
    expectOne(result);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'missing-pt', line: 3 })]);
  });

  it('appends a repeated tag and reports it as info', () => {
    const result = parse(file([...RECORD.slice(0, 8), 'DE alpha; beta', 'CR Aria M, 2017, J INFORMETR, V11, P959', 'DE gamma', 'CR Smith J, 2015, NATURE, V1, P2', ...RECORD.slice(8)]));
    expect(result.publications[0].authorKeywords).toEqual(['alpha', 'beta', 'gamma']);
    expect(referencesOf(result.publications[0].references).map((r) => r.authorKey)).toEqual(['ARIA', 'SMITH']);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'repeated-tag', severity: 'info', field: 'DE', line: 13 }),
      expect.objectContaining({ code: 'repeated-tag', severity: 'info', field: 'CR', line: 14 }),
    ]);
  });

  it('reads a line without tag or indentation inside a record as a continuation, with a warning', () => {
    const result = parse(file([...RECORD.slice(0, 7), 'broken line', ...RECORD.slice(7)]));
    expect(result.publications[0].title).toBe('A study of things broken line');
    expect(result.issues).toEqual([expect.objectContaining({ code: 'odd-line', line: 10 })]);
  });

  it('reads exports concatenated into one file (EF then FN again)', () => {
    const result = parse(`${file(RECORD)}\n${file(RECORD)}\n`);
    expect(result.stats.records).toBe(2);
    expect(codes(result)).toEqual([]);
    expect(result.publications.map((p) => p.origins[0].line)).toEqual([3, 17]);
  });

  it('gives each record only its own values (the field table is reused from record to record)', () => {
    const long = ['PT J', 'AU A, X', '   B, Y', '   C, Z', 'TI First', '   title', 'DE one; two', 'CR A X, 2001, J ONE, V1, P1', '   B Y, 2002, J TWO, V2, P2', '   C Z, 2003, J THREE, V3, P3', 'UT WOS:1', 'ER', ''];
    const short = ['PT J', 'AU D, W', 'TI Second', 'CR D W, 2004, J FOUR, V4, P4', 'UT WOS:2', 'ER', ''];
    const bare = ['PT J', 'TI Third', 'CR', 'CR E V, 2005, J FIVE', 'UT WOS:3', 'ER', ''];
    const result = parse(file(long, short, bare, long));
    const [first, second, third, fourth] = result.publications;
    expect(first.authors.map((a) => a.fullName)).toEqual(['A, X', 'B, Y', 'C, Z']);
    expect(first.title).toBe('First title');
    expect(referencesOf(first.references).map((r) => r.year)).toEqual([2001, 2002, 2003]);
    expect(second.authors.map((a) => a.fullName)).toEqual(['D, W']);
    expect(second.title).toBe('Second');
    expect(second.authorKeywords).toEqual([]);
    expect(referencesOf(second.references).map((r) => r.year)).toEqual([2004]);
    expect(third.authors).toEqual([]);
    expect(referencesOf(third.references).map((r) => r.source)).toEqual(['J FIVE']);
    expect(codes(result)).toEqual(['repeated-tag']);
    expect({ ...fourth, id: first.id, origins: first.origins }).toEqual(first);
  });

  it('reads very long CR fields', () => {
    const refs = Array.from({ length: 5000 }, (_, i) => `${i ? '  ' : 'CR'} Author${i} A, ${1950 + (i % 70)}, J TEST, V${i}, P${i}, DOI 10.1000/ref.${i}`);
    const longTitle = `TI ${'word '.repeat(20_000)}`;
    const result = parse(file([...RECORD.slice(0, 5), longTitle, ...refs, ...RECORD.slice(7)]));
    expect(referencesOf(result.publications[0].references)).toHaveLength(5000);
    expect(referencesOf(result.publications[0].references)[4999]).toMatchObject({ authorKey: 'AUTHOR4999', year: 1950 + (4999 % 70), dois: ['10.1000/ref.4999'] });
    expect(result.publications[0].title.length).toBe(20_000 * 5 - 1);
  });

  it('reports progress every thousand records', () => {
    const progress: number[] = [];
    const text = file(...Array.from({ length: 2500 }, () => RECORD));
    const result = parseWosPlaintext(text, FILE, { onProgress: (p) => progress.push(p.done / p.total) });
    expect(result.stats.records).toBe(2500);
    expect(progress).toHaveLength(2);
    expect(progress[0]).toBeGreaterThan(0.3);
    expect(progress[1]).toBeLessThanOrEqual(1);
    // The same from bytes, read in pieces: the position runs across pieces, not within one.
    const fromBytes: number[] = [];
    const outcome = importFile(new TextEncoder().encode(text), FILE, { onProgress: (p) => fromBytes.push(p.done / p.total) });
    expect(outcome.ok && outcome.result.stats.records).toBe(2500);
    expect(fromBytes).toHaveLength(2);
    expect(fromBytes[0]).toBeCloseTo(progress[0], 2);
    expect(fromBytes[1]).toBeCloseTo(progress[1], 2);
  });

  it('handles header-only, empty and wrong-format input without throwing', () => {
    expect(parse('')).toMatchObject({ publications: [], issues: [], stats: { rows: 0, records: 0, skipped: 0 } });
    expect(parse('FN Clarivate Analytics Web of Science\nVR 1.0\nEF\n')).toMatchObject({ publications: [], issues: [] });
    expect(codes(parse('FN Clarivate Analytics Web of Science\nVR 1.0\n'))).toEqual(['missing-ef']);
    const csv = parse('Authors,Title,Year\n"Smith, J",A title,2020\n');
    expect(csv.publications).toEqual([]);
    expect(codes(csv)).toEqual(['junk-line']);
  });
});

describe('field variants', () => {
  it('links authors to bracketed addresses, falls back on RP, reads OA and DT', () => {
    const result = parse(
      file([
        'PT C',
        'AU Smith, J',
        '   Doe, A',
        'AF Smith, John',
        '   Doe, Anna',
        'TI Title',
        'DT Proceedings Paper',
        'C1 [Smith, John] Univ Oxford, Oxford, England.',
        '   [Doe, Anna; Smith, John] MIT, Cambridge, MA 02139 USA.',
        'RP Smith, J (corresponding author), Univ Oxford, Oxford, England.',
        'OA Green Published',
        'TC 12',
        'ER',
      ]),
    );
    const pub = result.publications[0];
    expect(pub.authors.map((a) => a.affiliationIndices)).toEqual([[0, 1], [1]]);
    expect(pub).toMatchObject({ institutions: ['Univ Oxford', 'MIT'], countries: ['United Kingdom', 'USA'], openAccess: true, documentType: 'conference-paper', timesCited: 12, citationsBySource: { 'wos-plaintext': 12 } });
  });

  it('title-cases old upper-case author names', () => {
    const pub = parse(file(['PT J', 'AU HUGONIN, JP', '   PETIT, R', 'AF HUGONIN, JP', '   PETIT, R', 'TI OLD TITLE', 'ER'])).publications[0];
    expect(pub.authors.map((a) => a.shortName)).toEqual(['Hugonin, JP', 'Petit, R']);
    expect(pub.title).toBe('OLD TITLE');
  });
});

describe('robustness', () => {
  it('never throws on arbitrary text', () => {
    const lines = fc.constantFrom('PT J', 'ER', 'EF', 'FN x', 'AU Smith, J', '   cont', 'TI t', 'CR a, 2020, B, V1', 'C1 [A] B, C.', 'RP A (corresponding author), B', '', 'junk', 'UT WOS:1', 'PY', 'XX');
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 500 }), fc.array(lines, { maxLength: 60 }).map((l) => l.join('\n'))), (text) => {
        const result = parse(text);
        expect(result.stats.records).toBe(result.publications.length);
        expect(result.stats.rows).toBe(result.stats.records + result.stats.skipped);
      }),
      { numRuns: 1000 },
    );
  });

  it.skipIf(!hasSampleData)('never throws on truncations and mutations of a real export', () => {
    const text = sampleText('wos-plaintext-metaknowledge-docs-thomsonreuters-32rec.txt');
    fc.assert(
      fc.property(fc.nat({ max: text.length }), fc.nat({ max: text.length }), fc.string({ maxLength: 20 }), fc.nat({ max: 200 }), (cut, at, insert, remove) => {
        const truncated = parse(text.slice(0, cut));
        expect(truncated.stats.records).toBeLessThanOrEqual(32);
        const mutated = parse(text.slice(0, at) + insert + text.slice(at + remove));
        expect(mutated.stats.rows).toBe(mutated.stats.records + mutated.stats.skipped);
      }),
      { numRuns: 300 },
    );
  });

  it('reads the text in pieces exactly as in one string, wherever the pieces end (at line breaks)', () => {
    const record = (i: number) => ['PT J', `AU Author${i}, A`, '   Other, B', `TI Title ${i}`, '   continued', 'CR Smith J, 2001, J TEST, V1, P1', '   Doe A, 2002, J TEST, V2, P2', i % 3 === 0 ? 'junk line' : `PY ${2000 + i}`, 'ER', ''];
    const records = fc.array(fc.nat({ max: 20 }), { minLength: 0, maxLength: 6 }).map((ids) => ['FN Clarivate Analytics Web of Science', 'VR 1.0', ...ids.flatMap(record), 'EF']);
    fc.assert(
      fc.property(records, fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.array(fc.nat(), { maxLength: 8 }), (lines, newline, bom, cuts) => {
        const text = (bom ? '\uFEFF' : '') + lines.join(newline);
        // Piece ends: just after line breaks chosen at random.
        const breaks = [...text.matchAll(/\n/g)].map((m) => m.index + 1);
        const ends = [...new Set(cuts.filter(() => breaks.length > 0).map((c) => breaks[c % breaks.length]))].sort((a, b) => a - b);
        const pieces = [0, ...ends].map((start, i) => text.slice(start, ends[i] ?? text.length));
        expect(pieces.join('')).toBe(text);
        // (Compact reference blocks may cut their text differently at piece ends: compared as objects.)
        expect(withReferenceObjects(parseWosPlaintextPieces(pieces, FILE))).toEqual(withReferenceObjects(parse(text)));
      }),
      { numRuns: 500 },
    );
  });
});
