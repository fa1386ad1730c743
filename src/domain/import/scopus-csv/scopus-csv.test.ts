import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Publication } from '../../model';
import { importFile } from '../import-file';
import { hasSampleData, sampleBytes, sampleText } from '../test-support';
import type { ImportResult } from '../types';
import { scopusCsvImporter } from './index';
import { referencesOf } from '../../references/list';

const UMBRELLA = 'scopus-csv-umbrella-review-29rec.csv';
const POULTRY = 'scopus-csv-poultry-bibliometric-69rec.csv';

function load(name: string): ImportResult {
  const imported = importFile(sampleBytes(name), name);
  if (!imported.ok) throw new Error(`${name} was rejected: ${JSON.stringify(imported.issues)}`);
  expect(imported.result.format).toBe('scopus-csv');
  return imported.result;
}

/** The record as snapshotted: the first references only (the cells run to hundreds of entries). */
const forSnapshot = (pub: Publication) => ({ ...pub, references: referencesOf(pub.references).slice(0, 4), referenceCount: referencesOf(pub.references).length });

const byEid = (result: ImportResult, eid: string): Publication => {
  const pub = result.publications.find((p) => p.ids.eid === eid);
  if (!pub) throw new Error(`no record ${eid}`);
  return pub;
};

describe.skipIf(!hasSampleData)('Scopus CSV golden: umbrella review (43 columns, older layout)', () => {
  const result = load(UMBRELLA);

  it('reads all 29 records and reports nothing', () => {
    expect(result.stats).toEqual({ rows: 29, records: 29, skipped: 0 });
    expect(result.issues.map((i) => i.code)).toEqual([]);
  });

  it('first record', () => {
    expect(forSnapshot(result.publications[0])).toMatchSnapshot();
  });

  it('records carry only the fields the file filled (no key left undefined)', () => {
    for (const pub of result.publications) expect(Object.keys(pub).filter((key) => pub[key as keyof Publication] === undefined)).toEqual([]);
  });

  it('links every author to an affiliation and reads ", "-separated authors with ids', () => {
    for (const pub of result.publications) {
      for (const author of pub.authors) expect(author.affiliationIndices.length).toBeGreaterThan(0);
      for (const author of pub.authors) expect(author.sourceId).toMatch(/^\d+$/);
    }
    const multi = byEid(result, '2-s2.0-84948698875');
    expect(multi.countries).toEqual(['Iran', 'USA', 'Australia', 'Sweden']);
    expect(multi.authors).toHaveLength(5);
  });

  it('spot checks: PubMed id, ISSN with X, classic references with DOIs and books', () => {
    expect(byEid(result, '2-s2.0-85021780769').ids.pmid).toBe('28682497');
    expect(byEid(result, '2-s2.0-84971317688').issn).toEqual(['1470-160X']);
    const refs = result.publications.flatMap((p) => referencesOf(p.references));
    expect(refs.length).toBe(3193);
    expect(refs.filter((r) => r.dois.length > 0).length).toBeGreaterThan(0);
    const bollen = refs.find((r) => r.raw.startsWith('Bollen, K.A., (1989)'));
    expect(bollen).toMatchObject({ authorKey: 'BOLLEN', year: 1989, source: 'Structural Equations with Latent Variables' });
    expect(refs.filter((r) => r.year !== undefined).length / refs.length).toBeGreaterThan(0.95);
  });
});

describe.skipIf(!hasSampleData)('Scopus CSV golden: poultry (46 columns, 2023-24 layout)', () => {
  const result = load(POULTRY);

  it('reads all 69 records and reports nothing', () => {
    expect(result.stats).toEqual({ rows: 69, records: 69, skipped: 0 });
    expect(result.issues.map((i) => i.code)).toEqual([]);
  });

  it('first record', () => {
    expect(forSnapshot(result.publications[0])).toMatchSnapshot();
  });

  it('keeps an author whose entry has no affiliation, and single-name authors', () => {
    const caution = byEid(result, '2-s2.0-84941996118');
    expect(caution.authors.map((a) => a.affiliationIndices.length)).toEqual([1, 1, 1, 1, 0]);
    expect(caution.authors[4]).toMatchObject({ fullName: 'Henry, Xavier Shastri Domnique', sourceId: '34871945400' });
    const coconut = byEid(result, '2-s2.0-85087635590');
    expect(coconut.authors.map((a) => a.fullName)).toContain('Hafsah');
    expect(coconut.authors.every((a) => a.affiliationIndices.length === 1)).toBe(true);
  });

  it('spot checks: document types, ISSN with X, funding, open access, year-last references', () => {
    expect(byEid(result, '2-s2.0-85117714245')).toMatchObject({ documentType: 'book-chapter', documentTypeRaw: 'Book chapter' });
    expect(byEid(result, '2-s2.0-85028819479').issn).toEqual(['2191-530X']);
    expect(byEid(result, '2-s2.0-85092681491').funding).toHaveLength(8);
    expect(byEid(result, '2-s2.0-85087617760').countries).toEqual(['Brunei']);
    expect(result.publications.filter((p) => p.openAccess).length).toBe(34);
    const refs = result.publications.flatMap((p) => referencesOf(p.references));
    expect(refs.length).toBe(2131);
    const akkamis = refs.find((r) => r.raw.startsWith('Akkamis M.'));
    expect(akkamis).toMatchObject({ authorKey: 'AKKAMIS', year: 2021, source: 'AgriEngineering', volume: '3', issue: '2', page: '423' });
  });
});

describe.skipIf(!hasSampleData)('Scopus CSV: damaged real files never make the parser throw', () => {
  const text = sampleText(POULTRY).slice(0, 120_000);

  it('truncated anywhere', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length }), (cut) => {
        const result = scopusCsvImporter.parse(text.slice(0, cut), 'cut.csv');
        expect(result.stats.records + result.stats.skipped).toBeLessThanOrEqual(result.stats.rows);
      }),
      { numRuns: 60 },
    );
  });

  it('random edits (delete, insert quotes, commas, line breaks)', () => {
    const edit = fc.record({ at: fc.integer({ min: 0, max: text.length }), remove: fc.integer({ min: 0, max: 40 }), insert: fc.constantFrom('"', ',', '\n', '\r', ';', '""', ',,,', '2-s2.0-1', '') });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        let damaged = text;
        for (const e of edits) damaged = damaged.slice(0, e.at) + e.insert + damaged.slice(e.at + e.remove);
        const result = scopusCsvImporter.parse(damaged, 'damaged.csv');
        for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(20);
      }),
      { numRuns: 60 },
    );
  });
});

describe('Scopus CSV: arbitrary text never makes the parser throw', () => {
  it('property', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expect(() => scopusCsvImporter.parse(text, 'x.csv')).not.toThrow();
        expect(() => scopusCsvImporter.parse(`Authors,Title,Source title,EID\n${text}`, 'x.csv')).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
